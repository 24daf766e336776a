/** How much sharing a term says about two statements: rare terms say more. */
export interface TermWeights {
  /** The weight of a term by id; an id the corpus never used (or -1) weighs the most. */
  weight(id: number): number
  /** Statements in the corpus. */
  size: number
  /** Mean weight of a term occurrence in the corpus: the unit for "how much is shared". */
  typical: number
}

/**
 * Inverse document frequency over the statements of a series, with the +0.5 smoothing of BM25 so
 * that a term absent from the corpus weighs the most and one in every statement weighs almost
 * nothing ("Committee" in every FOMC sentence, "Kashmir" in most OIC ones). Each statement lists
 * its distinct term ids.
 */
export function buildTermWeights(statementIds: number[][]): TermWeights {
  const frequency: number[] = []
  for (const ids of statementIds) for (const id of ids) frequency[id] = (frequency[id] ?? 0) + 1
  const size = statementIds.length
  const idf = (count: number) => Math.log((size + 1) / (count + 0.5))
  const weights = Float64Array.from(frequency, (count) => idf(count ?? 0))
  let occurrences = 0
  let sum = 0
  frequency.forEach((count, id) => {
    occurrences += count
    sum += count * weights[id]!
  })
  const unseen = idf(0)
  return {
    size,
    typical: occurrences === 0 ? 1 : sum / occurrences,
    weight: (id) => (id >= 0 && id < weights.length ? weights[id]! : unseen),
  }
}
