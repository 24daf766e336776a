/** A half-open range `[start, end)` of offsets into the text being segmented. */
export interface Span {
  start: number
  end: number
}

const LEADING_SPACE_RE = /^\s*/
const TRAILING_SPACE_RE = /\s*$/

/** The span shrunk to exclude whitespace at either end, or null when only whitespace is left. */
export function trimSpan(text: string, span: Span): Span | null {
  const slice = text.slice(span.start, span.end)
  const start = span.start + LEADING_SPACE_RE.exec(slice)![0].length
  const end = span.end - TRAILING_SPACE_RE.exec(slice)![0].length
  return start < end ? { start, end } : null
}

/** Cuts `span` at each offset in `cuts` (ascending, inside the span) and trims the pieces. */
export function cutSpan(text: string, span: Span, cuts: number[]): Span[] {
  const pieces: Span[] = []
  let start = span.start
  for (const end of [...cuts, span.end]) {
    const piece = trimSpan(text, { start, end })
    if (piece) pieces.push(piece)
    start = end
  }
  return pieces
}
