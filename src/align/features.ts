import { collapseExpansions, type AcronymTable } from './acronyms.ts'
import { splitClauses } from './clauses.ts'
import { createEmphasis, isNameLike } from './emphasis.ts'
import type { WordToken } from './tokenize.ts'
import type { PhraseIds } from './phrase-ids.ts'
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
   * swapped ("just and lasting solution" / "just, comprehensive and lasting solution"). As pairs of
   * indexes into `terms`, flattened: [first0, second0, first1, second1, …].
   */
  bigramIndexes: number[]
  /** Per phrase, its id (phrase-ids.ts): the key of its idf. */
  bigramKeys: number[]
  /** Positions of each term among the content words, for telling a phrase from scattered words. */
  positions: number[][]
  /** Clauses as lists of indexes into `terms`. */
  units: number[][]
  /** Indexes into `terms` of the names that identify what the statement is about (not framing ones). */
  identifying: number[]
  /** Indexes into `terms` of the framing names (framing in FeatureContext). */
  framingNames: number[]
}

/** What the corpus taught: acronyms and their expansions, words written as names. */
export interface FeatureContext {
  acronyms: AcronymTable
  names: Set<string>
  /** Names recurring across the corpus: framing, weighed down (emphasis.ts). */
  framing: Set<string>
  vocabulary: Vocabulary
  phrases: PhraseIds
}

/** Vocabulary id → index among the current statement's terms, -1 elsewhere; reset after each statement. */
let termOfId = new Int32Array(1024).fill(-1)

/** Content terms, phrases and clauses of a tokenised statement, expansions collapsed to acronyms. */
export function extractFeatures(text: string, words: WordToken[], speaker: string | null, context: FeatureContext): StatementFeatures {
  const tokens = collapseExpansions(words, context.acronyms)
  const emphasisOf = createEmphasis(text, speaker, context.names, context.framing)
  const terms: string[] = []
  const ids: number[] = []
  const emphasis: number[] = []
  const positions: number[][] = []
  const identifying: number[] = []
  const framingNames: number[] = []
  const tokenTerms = new Array<number>(tokens.length)
  tokens.forEach((token, position) => {
    const id = context.vocabulary.idOf(token.key)
    if (id >= termOfId.length) termOfId = Int32Array.from({ length: Math.max(id + 1, termOfId.length * 2) }, (_, at) => termOfId[at] ?? -1)
    let index = termOfId[id]!
    if (index < 0) {
      index = terms.length
      termOfId[id] = index
      terms.push(token.key)
      ids.push(id)
      emphasis.push(0)
      positions.push([])
    }
    tokenTerms[position] = index
    emphasis[index] = Math.max(emphasis[index]!, emphasisOf(token))
    positions[index]!.push(position)
    if (isNameLike(token, context.names)) {
      const list = context.framing.has(token.key) ? framingNames : identifying
      if (!list.includes(index)) list.push(index)
    }
  })
  for (const id of ids) termOfId[id] = -1
  const bigramIndexes = distinctBigrams(tokenTerms, terms.length)
  return {
    terms,
    ids,
    emphasis,
    bigramIndexes,
    bigramKeys: phraseKeys(bigramIndexes, ids, context.phrases),
    positions,
    units: splitClauses(text, tokens, tokenTerms),
    identifying,
    framingNames,
  }
}

const PAIR_WINDOW = 2

/** Distinct unordered pairs of term indexes within PAIR_WINDOW tokens, flattened, each as (smaller, larger). */
function distinctBigrams(tokenTerms: number[], termCount: number): number[] {
  const seen = new Set<number>()
  const out: number[] = []
  for (let index = 1; index < tokenTerms.length; index++) {
    for (let back = 1; back <= PAIR_WINDOW && index - back >= 0; back++) {
      const [left, right] = [tokenTerms[index - back]!, tokenTerms[index]!]
      if (left === right) continue
      const [first, second] = left < right ? [left, right] : [right, left]
      const key = first * termCount + second
      if (seen.has(key)) continue
      seen.add(key)
      out.push(first, second)
    }
  }
  return out
}

function phraseKeys(bigramIndexes: number[], ids: number[], phrases: PhraseIds): number[] {
  const keys: number[] = []
  for (let at = 0; at < bigramIndexes.length; at += 2) keys.push(phrases.idOf(ids[bigramIndexes[at]!]!, ids[bigramIndexes[at + 1]!]!))
  return keys
}
