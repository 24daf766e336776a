import type { Statement } from '../types.ts'

/** A run of a document's text: a statement, or text between statements. */
export interface TextRun {
  text: string
  statement?: Statement
}

/**
 * The document text cut at statement offsets into paragraphs of runs, so the page shows the text
 * exactly as stored with each statement highlighted in place. Paragraph breaks come from the
 * statements' paragraph ordinals; text no statement covers is kept, not lost.
 */
export function layoutDocument(text: string, statements: Statement[]): TextRun[][] {
  const sorted = [...statements].sort((a, b) => a.start - b.start || a.end - b.end)
  const paragraphs: TextRun[][] = []
  let current: TextRun[] = []
  let currentParagraph: number | null = null
  let offset = 0
  // Whitespace between statements is one space (HTML would collapse it anyway); other text stays as is.
  const pushGap = (gap: string) => {
    if (gap === '') return
    if (gap.trim() !== '') current.push({ text: gap })
    else if (current.length > 0) current.push({ text: ' ' })
  }
  for (const statement of sorted) {
    if (statement.start < offset) continue // overlapping offsets would repeat text; keep the first
    const gap = text.slice(offset, statement.start)
    if (currentParagraph !== null && statement.paragraph !== currentParagraph) {
      if (gap.trim() !== '') pushGap(gap)
      paragraphs.push(current)
      current = []
    } else pushGap(gap)
    current.push({ text: text.slice(statement.start, statement.end), statement })
    currentParagraph = statement.paragraph
    offset = statement.end
  }
  const tail = text.slice(offset)
  if (tail.trim() !== '') pushGap(tail)
  if (current.length > 0) paragraphs.push(current)
  return paragraphs
}
