import type { ScoredPair } from './naive-align.ts'
import type { Pair } from './score-pairs.ts'

/**
 * The cut-off that gives the naive method its best F1 against the truth. Tuning the reference on
 * the answers flatters it: Redline, which gets no such help, must still do at least as well.
 */
export function bestThreshold(pairs: readonly ScoredPair[], truth: readonly Pair[]): number {
  const expected = new Set(truth.map((pair) => `${pair.fromId}>${pair.toId}`))
  const sorted = [...pairs].sort((a, b) => b.similarity - a.similarity)
  let truePositives = 0
  let best = { f1: -1, threshold: 1 }
  sorted.forEach((pair, index) => {
    if (expected.has(`${pair.fromId}>${pair.toId}`)) truePositives++
    const next = sorted[index + 1]
    // Only cut between distinct scores: a threshold keeps every pair with an equal score.
    if (next && next.similarity === pair.similarity) return
    const precision = truePositives / (index + 1)
    const recall = expected.size === 0 ? 1 : truePositives / expected.size
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    if (f1 > best.f1) best = { f1, threshold: pair.similarity }
  })
  return best.threshold
}
