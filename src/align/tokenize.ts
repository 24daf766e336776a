import { canonicalSpelling } from './spelling.ts'
import { isStopWord, stemWord } from './stem.ts'

/** One word of a statement as alignment sees it. */
export interface WordToken {
  /** The word as written, possessive and inner punctuation kept. */
  surface: string
  /**
   * What the word is compared by: the Porter stem of the lower-cased word, or for an acronym its
   * upper-case letters with `&`, `.` and `-` removed, so IIOJ&K, IIOJK and U.S. meet their variants
   * and never a lower-case word ("US" is not "us").
   */
  key: string
  /** Articles, pronouns, auxiliaries, prepositions: skipped when weighing shared content. */
  stop: boolean
  /** Starts with a capital letter (acronyms included): expansions are runs of these. */
  capitalised: boolean
  acronym: boolean
  /** Opens the statement, a quotation or a clause after a colon, where any word is capitalised. */
  initial: boolean
  /** Offset of the word in the text. */
  start: number
}

/** Letters and digits joined by the marks that occur inside words and acronyms (IIOJ&K, U.S., India’s, self-determination). */
const WORD_RE = /[\p{L}\p{N}]+(?:[&.'’\-\u2010\u2011][\p{L}\p{N}]+)*/gu
const POSSESSIVE_RE = /['’]s$/u
const APOSTROPHE_RE = /['’]/gu
const ACRONYM_MARKS_RE = /[&.\-\u2010\u2011]/gu
const HYPHEN_RE = /[-\u2010\u2011]/u
/** Two or more capitals and no lower-case letter (an "s" plural aside: "NGOs"). */
const ACRONYM_RE = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\p{N}&.\-\u2010\u2011]+s?$/u
const NUMBER_RE = /^\p{N}/u
const CAPITAL_RE = /^\p{Lu}/u
const SHOUTED_SHARE = 0.9
/** What may stand before a word that opens a sentence or a quotation. */
const OPENING_RE = /(?:^|[.!?:;“"‘(\[—–]\s*|[.!?]["”’]?\s+)$/u
const DIACRITICS_RE = /\p{M}/gu

/** Lower-case without diacritics, so that Türkiye and Turkiye are one word. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(DIACRITICS_RE, '').toLowerCase()
}

/** IIOJ&K → IIOJK, U.S → US, NGOs → NGO. */
export function acronymKey(word: string): string {
  return word.replace(ACRONYM_MARKS_RE, '').replace(/s$/, '').normalize('NFKD').replace(DIACRITICS_RE, '')
}

/**
 * A text in capitals throughout (a shouted heading) has words, not acronyms. Latin letters suffice;
 * a sentence with many acronyms still has its lower-case words ("IIOJ&K and IIOJK").
 */
function isShouted(text: string): boolean {
  let letters = 0
  let upper = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 65 && code <= 90) upper++
    else if (!(code >= 97 && code <= 122)) continue
    letters++
  }
  return letters > 12 && upper / letters > SHOUTED_SHARE
}

const wordKeys = new Map<string, { key: string; stop: boolean }>()

/** A word's comparison key, memoised: a corpus repeats a few thousand words millions of times. */
function keyOfWord(part: string): { key: string; stop: boolean } {
  let entry = wordKeys.get(part)
  if (!entry) {
    const word = foldWord(part)
    const stop = isStopWord(word)
    entry = { key: stop ? word : stemWord(canonicalSpelling(word)), stop }
    wordKeys.set(part, entry)
  }
  return entry
}

/** What a written word always yields, wherever it stands: its tokens, offsets relative to the word. */
interface WordParts {
  acronym: boolean
  parts: Array<{ surface: string; key: string; stop: boolean; capitalised: boolean; offset: number }>
}

/** By surface, for ordinary text and for shouted text (which has no acronyms). */
const wordParts = [new Map<string, WordParts>(), new Map<string, WordParts>()] as const

function partsOfWord(surface: string, shouted: boolean): WordParts {
  const cache = wordParts[shouted ? 1 : 0]
  let entry = cache.get(surface)
  if (entry) return entry
  if (!shouted && ACRONYM_RE.test(surface)) {
    entry = { acronym: true, parts: [{ surface, key: acronymKey(surface), stop: false, capitalised: true, offset: 0 }] }
  } else {
    entry = { acronym: false, parts: [] }
    let offset = 0
    for (const part of surface.replace(POSSESSIVE_RE, '').replace(APOSTROPHE_RE, '').split(HYPHEN_RE)) {
      const start = offset
      offset += part.length + 1
      if (part === '' || NUMBER_RE.test(part)) continue
      // Each part of a compound for itself: "Guinea-Bissau" is two names, "Near-term" none.
      entry.parts.push({ surface: part, ...keyOfWord(part), capitalised: CAPITAL_RE.test(part), offset: start })
    }
  }
  cache.set(surface, entry)
  return entry
}

/**
 * The words of a statement with their comparison keys. Numbers are left out: dates, counts and
 * rates change from year to year by design and say nothing about which position a sentence restates.
 * Hyphenated compounds give one token per part, so "self-determination" meets "determine".
 */
export function tokenizeWords(text: string): WordToken[] {
  const shouted = isShouted(text)
  const tokens: WordToken[] = []
  for (const match of text.matchAll(WORD_RE)) {
    const { acronym, parts } = partsOfWord(match[0], shouted)
    const initial = OPENING_RE.test(text.slice(Math.max(0, match.index - 4), match.index))
    for (const part of parts) {
      const start = match.index + part.offset
      tokens.push({ surface: part.surface, key: part.key, stop: part.stop, capitalised: part.capitalised, acronym, initial: initial && part.offset === 0, start })
    }
  }
  return tokens
}
