/** How much sharing a term says about two statements: rare terms say more. */
export interface TermWeights {
  weight(term: string): number
  /** Statements of the corpus that use the term. */
  documentFrequency(term: string): number
  /** Statements in the corpus. */
  size: number
  /** Mean weight of a term occurrence in the corpus: the unit for "how much is shared". */
  typical: number
}

/**
 * Inverse document frequency over the statements of a series, with the +0.5 smoothing of BM25 so
 * that a term absent from the corpus weighs the most and one in every statement weighs almost
 * nothing ("Committee" in every FOMC sentence, "Kashmir" in most OIC ones).
 */
export function buildTermWeights(statementTerms: string[][]): TermWeights {
  const frequency = new Map<string, number>()
  for (const terms of statementTerms) {
    for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1)
  }
  const size = statementTerms.length
  const cache = new Map<string, number>()
  const idf = (term: string) => Math.log((size + 1) / ((frequency.get(term) ?? 0) + 0.5))
  let occurrences = 0
  let sum = 0
  for (const [term, count] of frequency) { occurrences += count; sum += count * idf(term) }
  return {
    size,
    typical: occurrences === 0 ? 1 : sum / occurrences,
    documentFrequency: (term) => frequency.get(term) ?? 0,
    weight(term) {
      let weight = cache.get(term)
      if (weight === undefined) {
        weight = idf(term)
        cache.set(term, weight)
      }
      return weight
    },
  }
}
