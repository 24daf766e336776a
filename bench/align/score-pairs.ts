/** A link between an earlier and a later statement, as found by a method or as the truth says. */
export interface Pair {
  fromId: number
  toId: number
}

export interface PairScore {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  /** Share of the pairs found that are true; 1 when nothing was to be found and nothing was. */
  precision: number
  /** Share of the true pairs that were found; 1 when there was nothing to find. */
  recall: number
  f1: number
}

const key = (pair: Pair): string => `${pair.fromId}>${pair.toId}`

/**
 * Precision and recall of found pairs against the truth. Pairs are directed (from the earlier
 * year to the later) and counted once however often a method repeats them.
 */
export function scorePairs(found: readonly Pair[], truth: readonly Pair[]): PairScore {
  const expected = new Set(truth.map(key))
  const seen = new Set(found.map(key))
  let truePositives = 0
  for (const pair of seen) if (expected.has(pair)) truePositives++
  const falsePositives = seen.size - truePositives
  const falseNegatives = expected.size - truePositives
  const precision = seen.size === 0 ? (expected.size === 0 ? 1 : 0) : truePositives / seen.size
  const recall = expected.size === 0 ? 1 : truePositives / expected.size
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 }
}
