import { foldWord, type WordToken } from './tokenize.ts'

/** A quotation of at least this many words is the statement's content; shorter ones are scare quotes. */
const SPEECH_MIN_WORDS = 6
/**
 * When a statement quotes someone, the words around the quotation mostly say who spoke ("Ambassador
 * X, Permanent Representative of Y, who said that"): they count, but less than the quoted words.
 */
const ATTRIBUTION_EMPHASIS = 0.4
/**
 * Names that recur across a series ("Kashmir", "the Committee") frame every position of it; the
 * words around them say what the position is. A rarer name identifies the place or actor of one.
 */
const NAME_EMPHASIS = 0.5
const QUOTE_RE = /[“"]([^“”"]+)[”"]/gu
const SPACE_RE = /\s+/u

/** Which words of one statement speak for its content, 0..1 each. */
export type EmphasisOf = (token: WordToken) => number

/**
 * Emphasis for the words of `text`: the speaker's own name counts for nothing (it says who restates
 * a position, not which one), recurring names count half, and words outside a quotation count less.
 */
export function createEmphasis(text: string, speaker: string | null, names: Set<string>, framing: Set<string>): EmphasisOf {
  const speech: Array<[number, number]> = []
  for (const match of text.matchAll(QUOTE_RE)) {
    if (match[1]!.trim().split(SPACE_RE).length >= SPEECH_MIN_WORDS) speech.push([match.index, match.index + match[0].length])
  }
  const speakerWords = new Set((speaker ?? '').split(SPACE_RE).filter(Boolean).map(foldWord))
  return function emphasisOf(token) {
    if (speakerWords.size > 0 && !token.acronym && speakerWords.has(foldWord(token.surface))) return 0
    const name = isNameLike(token, names) && framing.has(token.key) ? NAME_EMPHASIS : 1
    if (speech.length === 0) return name
    const quoted = speech.some(([start, end]) => token.start >= start && token.start < end)
    return quoted ? name : name * ATTRIBUTION_EMPHASIS
  }
}

/** Whether a token names someone or something: an acronym, a corpus name, a capitalised word mid-sentence. */
export function isNameLike(token: WordToken, names: Set<string>): boolean {
  return token.acronym || names.has(token.key) || (token.capitalised && !token.initial)
}
