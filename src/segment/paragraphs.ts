import { isSentenceMark, matchesAt, skipClosersBack, skipSpace, skipSpaceBack } from './characters.ts'
import { type Span, trimSpan } from './span.ts'

const LOWERCASE_RE = /\p{Ll}/uy

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
  // The trimmed content of the last non-blank line.
  let previousStart = 0
  let previousEnd = 0
  const close = (): void => {
    const trimmed = current && trimSpan(text, current)
    if (trimmed) paragraphs.push(trimmed)
    current = null
  }
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    const contentStart = skipSpace(text, start, end)
    if (contentStart === end) close()
    else {
      const contentEnd = skipSpaceBack(text, end, contentStart)
      if (current && isSoftWrap(text, previousStart, previousEnd, contentStart)) current.end = end
      else {
        close()
        current = { start, end }
      }
      previousStart = contentStart
      previousEnd = contentEnd
    }
    start = end + 1
  }
  close()
  return paragraphs
}

/** The previous line `[previousStart, previousEnd)` runs on into the line starting at `lineStart`. */
function isSoftWrap(text: string, previousStart: number, previousEnd: number, lineStart: number): boolean {
  return !endsSentence(text, previousStart, previousEnd) && startsLowercase(text, lineStart)
}

/** `(?:[.!?…]["'”’»)\]]*|["”’»])$`: final punctuation, maybe inside closers, or a closing quote. */
function endsSentence(text: string, start: number, end: number): boolean {
  const index = skipClosersBack(text, end, start)
  if (index > start && isSentenceMark(text.charCodeAt(index - 1))) return true
  const last = text.charCodeAt(end - 1)
  return last === 0x22 || last === 0x201d || last === 0x2019 || last === 0xbb
}

function startsLowercase(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code >= 0x61 && code <= 0x7a
  return matchesAt(LOWERCASE_RE, text, index)
}
