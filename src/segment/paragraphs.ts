import { type Span, trimSpan } from './span.ts'

/** A line that ends a sentence: final punctuation (maybe inside a closing quote), or a closing quote. */
const SENTENCE_END_RE = /(?:[.!?…]["'”’»)\]]*|["”’»])$/u
const LOWERCASE_START_RE = /^\p{Ll}/u

/**
 * Paragraphs of normalised text. A blank line always separates paragraphs. A single newline does
 * too, because some sources (the 2025 seed) put one paragraph per line with no blank lines between.
 * The exception is a soft hard-wrap, recognised when the earlier line does NOT end a sentence
 * (final punctuation or a closing quote) AND the next line starts with a lowercase letter: only
 * then is the newline read as a space inside one paragraph. Headings and date lines end without
 * punctuation but are followed by capitalised lines, so they stay paragraphs of their own.
 */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = []
  let current: Span | null = null
  let previousLine = ''
  let offset = 0
  const close = (): void => {
    const trimmed = current && trimSpan(text, current)
    if (trimmed) paragraphs.push(trimmed)
    current = null
  }
  for (const line of text.split('\n')) {
    const start = offset
    offset += line.length + 1
    const content = line.trim()
    if (content === '') {
      close()
      continue
    }
    if (current && isSoftWrap(previousLine, content)) current.end = start + line.length
    else {
      close()
      current = { start, end: start + line.length }
    }
    previousLine = content
  }
  close()
  return paragraphs
}

function isSoftWrap(previousLine: string, line: string): boolean {
  return !SENTENCE_END_RE.test(previousLine) && LOWERCASE_START_RE.test(line)
}
