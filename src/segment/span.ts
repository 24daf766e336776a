import { skipSpace, skipSpaceBack } from './characters.ts'

/** A half-open range `[start, end)` of offsets into the text being segmented. */
export interface Span {
  start: number
  end: number
}

/** The span shrunk to exclude whitespace at either end, or null when only whitespace is left. */
export function trimSpan(text: string, span: Span): Span | null {
  const start = skipSpace(text, span.start, span.end)
  const end = skipSpaceBack(text, span.end, start)
  return start < end ? { start, end } : null
}

/** Cuts `span` at each offset in `cuts` (ascending, inside the span) and trims the pieces. */
export function cutSpan(text: string, span: Span, cuts: number[]): Span[] {
  const pieces: Span[] = []
  let start = span.start
  for (let index = 0; index <= cuts.length; index++) {
    const end = index < cuts.length ? cuts[index]! : span.end
    const piece = trimSpan(text, { start, end })
    if (piece) pieces.push(piece)
    start = end
  }
  return pieces
}
