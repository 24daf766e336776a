import type { PairScore } from './similarity.ts'

/**
 * The similarity from which a pair restates a position. Chosen on the seeds and checked on the
 * FOMC statements (bench/eval-align.ts): results hold from 0.27 to 0.33; below, pairs share names
 * and framing rather than a position.
 */
export const LINK_THRESHOLD = 0.3
/** A further counterpart must restate this many typical terms' weight that no accepted one covers, … */
const NOVEL_EVIDENCE = 1.5
/** … and that must be at least this share of all it has in common with the statement. */
const NOVEL_SHARE = 0.5

export interface ScoredCandidate {
  toId: number
  score: PairScore
  /** Weights of the later statement's terms. */
  targetWeights: Float64Array
  /**
   * How the later statement's terms are covered by its best earlier counterpart, when that is
   * another statement; null when this statement is its best counterpart.
   */
  rivalCoverage: Float64Array | null
}

/**
 * The counterparts of one statement. The best candidate above the threshold is linked. Another is
 * linked only when the statement carries several positions restated apart ("self-determination"
 * and "UN Security Council resolutions"): it must cover content of the statement that the linked
 * ones do not. If the later statement has a better earlier counterpart, it must moreover restate
 * another clause of this statement and share with the later one something that its better
 * counterpart does not; otherwise it merely restates that other statement, and is its counterpart.
 */
export function selectCounterparts(candidates: ScoredCandidate[], termWeights: Float64Array, typicalWeight: number): ScoredCandidate[] {
  const eligible = candidates.filter((candidate) => candidate.score.similarity >= LINK_THRESHOLD)
  eligible.sort((left, right) => right.score.similarity - left.score.similarity)
  const enough = NOVEL_EVIDENCE * typicalWeight
  const chosen: ScoredCandidate[] = []
  const covered = new Float64Array(termWeights.length)
  for (const candidate of eligible) {
    if (chosen.length > 0) {
      let shared = 0
      let novel = 0
      candidate.score.coverage.forEach((value, index) => {
        shared += termWeights[index]! * value
        novel += termWeights[index]! * Math.max(0, value - covered[index]!)
      })
      if (novel < enough || novel < NOVEL_SHARE * shared) continue
      if (candidate.rivalCoverage) {
        const sameClause = chosen.some((link) => link.score.clauseA === candidate.score.clauseA)
        if (sameClause || novelForTarget(candidate, candidate.rivalCoverage) < enough) continue
      }
    }
    chosen.push(candidate)
    candidate.score.coverage.forEach((value, index) => {
      covered[index] = Math.max(covered[index]!, value)
    })
  }
  return chosen
}

/** Weight of the later statement's terms this pair covers better than the later one's best counterpart. */
function novelForTarget(candidate: ScoredCandidate, rival: Float64Array): number {
  let novel = 0
  candidate.score.coverageOther.forEach((value, index) => {
    novel += candidate.targetWeights[index]! * Math.max(0, value - rival[index]!)
  })
  return novel
}
