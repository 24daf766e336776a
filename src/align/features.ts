import { collapseExpansions, type AcronymTable } from './acronyms.ts'
import { splitClauses } from './clauses.ts'
import { createEmphasis, isNameLike } from './emphasis.ts'
import type { WordToken } from './tokenize.ts'
import type { Vocabulary } from './vocabulary.ts'

/** What similarity compares: the content terms of a statement, its phrases and clauses. */
export interface StatementFeatures {
  /** Distinct content-word keys (stems, acronyms), in order of first use. */
  terms: string[]
  /** `terms` as vocabulary ids. */
  ids: number[]
  /** Per term, 0..1: how much it speaks for the statement's content (emphasis.ts). */
  emphasis: number[]
  /**
   * Distinct unordered pairs of content terms at most PAIR_WINDOW words apart, function words
   * skipped ("right self", "determin self", "right determin"): phrases, allowing a word inserted or
   * swapped ("just and lasting solution" / "just, comprehensive and lasting solution").
   */
  bigrams: Array<[string, string]>
  /** `bigrams` as "first second" strings, the keys of their idf. */
  bigramKeys: string[]
  /** `bigrams` as pairs of indexes into `terms`, flattened: [first0, second0, first1, second1, …]. */
  bigramIndexes: number[]
  /** Positions of each term among the content words, for telling a phrase from scattered words. */
  positions: number[][]
  /** Clauses as lists of indexes into `terms`. */
  units: number[][]
  /** Indexes into `terms` of the names that identify what the statement is about (not framing ones). */
  identifying: number[]
}

/** What the corpus taught: acronyms and their expansions, words written as names. */
export interface FeatureContext {
  acronyms: AcronymTable
  names: Set<string>
  /** Names recurring across the corpus: framing, weighed down (emphasis.ts). */
  framing: Set<string>
  vocabulary: Vocabulary
}

/** Content terms, phrases and clauses of a tokenised statement, expansions collapsed to acronyms. */
export function extractFeatures(text: string, words: WordToken[], speaker: string | null, context: FeatureContext): StatementFeatures {
  const tokens = collapseExpansions(words, context.acronyms)
  const emphasisOf = createEmphasis(text, speaker, context.names, context.framing)
  const emphasisByTerm = new Map<string, number>()
  for (const token of tokens) {
    emphasisByTerm.set(token.key, Math.max(emphasisByTerm.get(token.key) ?? 0, emphasisOf(token)))
  }
  const terms = [...emphasisByTerm.keys()]
  const termIndex = new Map(terms.map((term, index) => [term, index]))
  const identifying = new Set<number>()
  for (const token of tokens) if (isNameLike(token, context.names) && !context.framing.has(token.key)) identifying.add(termIndex.get(token.key)!)
  const positions: number[][] = terms.map(() => [])
  tokens.forEach((token, position) => positions[termIndex.get(token.key)!]!.push(position))
  const { bigrams, bigramKeys } = distinctBigrams(tokens.map((token) => token.key))
  return {
    terms,
    ids: terms.map((term) => context.vocabulary.idOf(term)),
    emphasis: [...emphasisByTerm.values()],
    bigrams,
    bigramKeys,
    bigramIndexes: bigrams.flatMap(([first, second]) => [termIndex.get(first)!, termIndex.get(second)!]),
    positions,
    units: splitClauses(text, tokens, terms),
    identifying: [...identifying],
  }
}

const PAIR_WINDOW = 2

function distinctBigrams(keys: string[]): { bigrams: Array<[string, string]>; bigramKeys: string[] } {
  const seen = new Set<string>()
  const bigrams: Array<[string, string]> = []
  for (let index = 1; index < keys.length; index++) {
    for (let back = 1; back <= PAIR_WINDOW && index - back >= 0; back++) {
      const [left, right] = [keys[index - back]!, keys[index]!]
      if (left === right) continue
      const pair: [string, string] = left < right ? [left, right] : [right, left]
      const id = `${pair[0]} ${pair[1]}`
      if (seen.has(id)) continue
      seen.add(id)
      bigrams.push(pair)
    }
  }
  return { bigrams, bigramKeys: [...seen] }
}
