import type { WordToken } from './tokenize.ts'

/** Share of a word's mid-sentence uses that must be capitalised for it to be a name. */
const NAME_SHARE = 0.8

/**
 * Keys of the words the corpus writes as names (Kashmir, Committee, Azerbaijan). A series is about
 * the same few actors and places, so names recur in statements of every position; they weigh less
 * than the words that say what the position is (see features.ts). Words opening a sentence or quotation are
 * capitalised anyway and say nothing.
 */
export function findProperNouns(statements: WordToken[][]): Set<string> {
  const capitalised = new Map<string, number>()
  const total = new Map<string, number>()
  for (const tokens of statements) {
    tokens.forEach((token) => {
      if (token.stop || token.acronym || token.initial) return
      total.set(token.key, (total.get(token.key) ?? 0) + 1)
      if (token.capitalised) capitalised.set(token.key, (capitalised.get(token.key) ?? 0) + 1)
    })
  }
  const names = new Set<string>()
  for (const [key, count] of capitalised) if (count / total.get(key)! >= NAME_SHARE) names.add(key)
  return names
}

/**
 * Names used by at least this share of the statements are the series' framing (Kashmir, the OIC,
 * the Committee): rarer ones say which place or actor a position is about, and count in full. A
 * name used by one statement only identifies nothing the series returns to ("the Pakistan
 * Mission" is no evidence for "a fact-finding mission"), and stays weighed down too.
 */
const FRAMING_SHARE = 0.03

/** Keys of the names (and acronyms) that frame the corpus or occur once, rather than identify a position. */
export function findFramingNames(statements: WordToken[][], names: Set<string>): Set<string> {
  const used = new Map<string, number>()
  for (const tokens of statements) {
    const keys = new Set<string>()
    for (const token of tokens) if (!token.stop && (token.acronym || names.has(token.key) || (token.capitalised && !token.initial))) keys.add(token.key)
    for (const key of keys) used.set(key, (used.get(key) ?? 0) + 1)
  }
  const framing = new Set<string>()
  for (const [key, count] of used) if (count === 1 || count >= FRAMING_SHARE * statements.length) framing.add(key)
  return framing
}
