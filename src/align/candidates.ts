import type { PreparedStatement } from './corpus-model.ts'

/**
 * Terms used by more than this share of the later document's statements are not looked up: they
 * weigh next to nothing and would make every pair a candidate ("Committee" in every FOMC sentence).
 */
const MAX_POSTING_SHARE = 0.2
/** Postings are always searched for documents this small, where every pair is cheap anyway. */
const SMALL_DOCUMENT = 50

/** Finds, for a statement, the statements of a document that share its weightiest terms. */
export interface CandidateIndex {
  /** Indexes (into the indexed list) of at most `limit` statements, best first. */
  candidatesFor(statement: PreparedStatement, limit: number): number[]
}

/**
 * An inverted index from terms to the statements using them, scored by summed idf of shared terms:
 * aligning two documents costs their postings, not the product of their sizes.
 */
export function createCandidateIndex(statements: PreparedStatement[]): CandidateIndex {
  const postings = new Map<number, number[]>()
  statements.forEach((statement, index) => {
    for (const id of statement.features.ids) {
      const list = postings.get(id)
      if (list) list.push(index)
      else postings.set(id, [index])
    }
  })
  const maxPostings = Math.max(SMALL_DOCUMENT, Math.floor(statements.length * MAX_POSTING_SHARE))
  const scores = new Float64Array(statements.length)
  return {
    candidatesFor(statement, limit) {
      const touched: number[] = []
      statement.features.ids.forEach((id, at) => {
        const list = postings.get(id)
        if (!list || list.length > maxPostings) return
        const weight = statement.termWeights[at]!
        for (const index of list) {
          if (scores[index] === 0) touched.push(index)
          scores[index] = scores[index]! + weight + Number.EPSILON
        }
      })
      const best = topByScore(touched, scores, limit)
      for (const index of touched) scores[index] = 0
      return best
    },
  }
}

/** The `limit` best of `indexes`, best first, without sorting them all. */
function topByScore(indexes: number[], scores: Float64Array, limit: number): number[] {
  const best: number[] = []
  for (const index of indexes) {
    const score = scores[index]!
    if (best.length === limit && score <= scores[best[limit - 1]!]!) continue
    let at = best.length === limit ? limit - 1 : best.length
    while (at > 0 && scores[best[at - 1]!]! < score) {
      best[at] = best[at - 1]!
      at--
    }
    best[at] = index
  }
  return best
}
