import { isAbbreviationStop } from './abbreviations.ts'
import { type Span, cutSpan } from './span.ts'

/** A run of sentence-final marks: `.`, `?!`, `...`, `…`. */
const TERMINAL_RUN_RE = /[.!?…]+/gu
/** Closing quotes and brackets that belong to the sentence they follow: `history.”`, `(sic.)`. */
const CLOSERS_RE = /^["'”’»)\]]+/u
const SPACE_RE = /^\s*/
/** What may open a sentence after whitespace: a capital, a digit, an opening quote or bracket. */
const SENTENCE_OPENING_RE = /^[\p{Lu}\p{Nd}“‘"'(\[«]/u
/** A capitalised word glued to the stop, as in `”.On` or `end.The`. */
const GLUED_WORD_RE = /^\p{Lu}\p{Ll}/u
/** What ends the token before a stop, scanning back from it. */
const TOKEN_START_RE = /[\s“‘"'(\[«]/u
/** A lowercase word of two or more letters: a stop glued after it cannot be an initial or acronym. */
const PLAIN_WORD_RE = /^[\p{L}\p{M}]*\p{Ll}{2}$/u
const WEB_ADDRESS_RE = /^(?:www|https?:)/iu

/**
 * Sentences of one paragraph, trimmed. The last sentence of a paragraph needs no punctuation:
 * the paragraph end closes it.
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const body = text.slice(paragraph.start, paragraph.end)
  const cuts: number[] = []
  for (const match of body.matchAll(TERMINAL_RUN_RE)) {
    const cut = boundaryAfter(body, match.index, match[0])
    if (cut !== null) cuts.push(paragraph.start + cut)
  }
  return cutSpan(text, paragraph, cuts)
}

/** Where the sentence ends if the marks at `index` end it (after any closing quotes), else null. */
function boundaryAfter(body: string, index: number, marks: string): number | null {
  let end = index + marks.length
  end += CLOSERS_RE.exec(body.slice(end))?.[0].length ?? 0
  if (end >= body.length) return null
  const gap = SPACE_RE.exec(body.slice(end))![0].length
  const next = body.slice(end + gap)
  const token = tokenBefore(body, index)
  if (gap === 0) return isGluedBoundary(body, index, token, next) ? end : null
  if (!SENTENCE_OPENING_RE.test(next)) return null
  if (marks === '.' && isAbbreviationStop(token, next)) return null
  return end
}

/**
 * A missing space (`”.On`, `end.The`) is read as a boundary only where nothing else fits: the
 * stop follows a closing quote or a lowercase word of two letters or more, and a capitalised
 * word follows. That keeps `U.N.`, `4.5`, `e.g.The` and `www.Example.org` whole.
 */
function isGluedBoundary(body: string, index: number, token: string, next: string): boolean {
  if (!GLUED_WORD_RE.test(next)) return false
  if (CLOSERS_RE.test(body.charAt(index - 1))) return true
  return PLAIN_WORD_RE.test(token) && !WEB_ADDRESS_RE.test(token)
}

/**
 * The token a stop ends, found by scanning back from the stop: a `$`-anchored regex over
 * `body.slice(0, index)` rescans the paragraph from its start at every full stop.
 */
function tokenBefore(body: string, index: number): string {
  let start = index
  while (start > 0 && !TOKEN_START_RE.test(body[start - 1]!)) start--
  return body.slice(start, index)
}
