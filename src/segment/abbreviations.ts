/**
 * Abbreviations that are followed by a name or a word, never by the end of a sentence: titles
 * (`Mr. Akram`, `Amb. Akram`, `Gen. Munir`), `St. Petersburg`, `e.g. Pakistan`, `vs. India`.
 * Keys are lowercase and lack the final full stop.
 */
const NON_FINAL = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt',
  'cmdr', 'adm', 'sgt', 'amb', 'sen', 'rep', 'gov', 'pres', 'hon', 'rev', 'fr', 'sr', 'jr',
  'e.g', 'i.e', 'cf', 'vs', 'viz', 'approx', 'dept', 'govt', 'intl',
])

/**
 * Abbreviations that precede a number (`No. 5`, `Art. 370`, `Jan. 5`, `p. 12`). Before anything
 * else they may end a sentence: "the answer was no." and "talks resume in Jan." are real endings.
 */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'art', 'arts', 'para', 'paras', 'p', 'pp', 'vol', 'vols', 'fig', 'ch', 'sec', 'op',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])

/**
 * Capitalised words that usually open a sentence and seldom follow an initial or an acronym
 * inside one. After `U.S.` or `M.` a new sentence is assumed only when one of these follows:
 * "the U.S. Congress" and "Yousef M. Al-Dobeay" stay whole, "in the U.S. The talks…" splits.
 */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'but', 'and',
  'or', 'however', 'meanwhile', 'moreover', 'furthermore', 'also', 'there', 'here', 'as', 'if',
  'when', 'while', 'after', 'before', 'since', 'although', 'though', 'yet', 'so', 'thus',
  'therefore', 'such', 'both', 'all', 'some', 'many', 'most', 'earlier', 'later', 'today',
])

/** A single letter or a dotted acronym without its final stop: `M`, `U.S`, `a.m`. */
const INITIALS_RE = /^(?:\p{L}\.)*\p{L}$/u
const CLOSER_END_RE = /["'”’»)\]]$/u
const DIGIT_START_RE = /^\p{Nd}/u
const FIRST_WORD_RE = /^(\p{L}+)(\.?)/u

/**
 * Whether a full stop after `token` (the word before it, without the stop) is part of an
 * abbreviation rather than the end of a sentence, given the `next` text after the whitespace.
 */
export function isAbbreviationStop(token: string, next: string): boolean {
  if (CLOSER_END_RE.test(token)) return false
  const key = token.toLowerCase()
  if (NON_FINAL.has(key)) return true
  if (BEFORE_NUMBER.has(key) && DIGIT_START_RE.test(next)) return true
  if (INITIALS_RE.test(token)) return !startsSentence(next)
  return false
}

/** Whether `word` (any case) is a word that usually opens a sentence. */
export function isSentenceStarter(word: string): boolean {
  return SENTENCE_STARTERS.has(word.toLowerCase())
}

function startsSentence(next: string): boolean {
  const word = FIRST_WORD_RE.exec(next)
  // `J. A. Smith`: a one-letter word with a stop is another initial, even if it is `A` or `I`.
  if (!word || (word[1]!.length === 1 && word[2] === '.')) return false
  return isSentenceStarter(word[1]!)
}
