import { isAbbreviationStop } from './abbreviations.ts'
import {
  isCloser, matchesAt, skipClosers, skipSentenceMarks, skipSpace, tokenStartBefore,
} from './characters.ts'
import { type Span, cutSpan } from './span.ts'

/** What may open a sentence after whitespace: a capital, a digit, an opening quote or bracket. */
const SENTENCE_OPENING_RE = /[\p{Lu}\p{Nd}“‘"'(\[«]/uy
/** A capitalised word glued to the stop, as in `”.On` or `end.The`. */
const GLUED_WORD_RE = /\p{Lu}\p{Ll}/uy
/** A lowercase word of two or more letters: a stop glued after it cannot be an initial or acronym. */
const PLAIN_WORD_RE = /^[\p{L}\p{M}]*\p{Ll}{2}$/u
const WEB_ADDRESS_RE = /^(?:www|https?:)/iu

/**
 * Sentences of one paragraph, trimmed. The last sentence of a paragraph needs no punctuation:
 * the paragraph end closes it. `nextMark` finds the runs of `.`, `?!`, `...`, `…` to look at
 * (`createMarkFinder`, shared by the paragraphs of one text, which come in order).
 */
export function splitSentences(text: string, paragraph: Span, nextMark: (from: number) => number): Span[] {
  const cuts: number[] = []
  // Where the token before the current stop starts. Looking back goes no further than the last
  // stop: past it the answer is known, and rescanning is quadratic on `1.2.3.4…` without spaces.
  let tokenStart = paragraph.start
  let scanned = paragraph.start
  for (let index = nextMark(paragraph.start); index < paragraph.end;) {
    const marksEnd = skipSentenceMarks(text, index, paragraph.end)
    tokenStart = tokenStartBefore(text, index, scanned, tokenStart)
    scanned = index
    const cut = boundaryAfter(text, paragraph, text.slice(tokenStart, index), index, marksEnd)
    if (cut !== null) cuts.push(cut)
    index = nextMark(marksEnd)
  }
  return cutSpan(text, paragraph, cuts)
}

/**
 * Where the sentence ends if the marks `[index, marksEnd)` end it (after any closing quotes),
 * else null. `token` is the word the stop ends. Nothing outside the paragraph is looked at.
 */
function boundaryAfter(text: string, paragraph: Span, token: string, index: number, marksEnd: number): number | null {
  const limit = paragraph.end
  const end = skipClosers(text, marksEnd, limit)
  if (end >= limit) return null
  const next = skipSpace(text, end, limit)
  if (next === end) return isGluedBoundary(text, paragraph.start, index, token, next) ? end : null
  if (!matchesAt(SENTENCE_OPENING_RE, text, next)) return null
  if (marksEnd - index === 1 && text.charCodeAt(index) === 0x2e
    && isAbbreviationStop(token, text.slice(next, limit))) return null
  return end
}

/**
 * A missing space (`”.On`, `end.The`) is read as a boundary only where nothing else fits: the
 * stop follows a closing quote or a lowercase word of two letters or more, and a capitalised
 * word follows. That keeps `U.N.`, `4.5`, `e.g.The` and `www.Example.org` whole.
 */
function isGluedBoundary(text: string, from: number, index: number, token: string, next: number): boolean {
  if (!matchesAt(GLUED_WORD_RE, text, next)) return false
  if (index > from && isCloser(text.charCodeAt(index - 1))) return true
  return PLAIN_WORD_RE.test(token) && !WEB_ADDRESS_RE.test(token)
}
