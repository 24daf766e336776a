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
 * An inverted index from terms to the statements using them: aligning two documents costs their
 * postings, not the product of their sizes. Candidates rank by the share of both statements'
 * weight that their exactly shared terms make up (a weighted Dice): the sum of shared idf alone
 * favours long sentences that share a template with many others over the restatement itself.
 */
export function createCandidateIndex(statements: PreparedStatement[]): CandidateIndex {
  let vocabularySize = 0
  for (const statement of statements) for (const id of statement.features.ids) vocabularySize = Math.max(vocabularySize, id + 1)
  // Postings as one flat list per kind, term `id`'s from starts[id] to starts[id + 1].
  const starts = new Int32Array(vocabularySize + 1)
  for (const statement of statements) for (const id of statement.features.ids) starts[id + 1]!++
  for (let id = 0; id < vocabularySize; id++) starts[id + 1]! += starts[id]!
  const fill = starts.slice(0, vocabularySize)
  const owners = new Int32Array(starts[vocabularySize]!)
  const weights = new Float64Array(owners.length)
  const totals = new Float64Array(statements.length)
  statements.forEach((statement, index) => {
    statement.features.ids.forEach((id, at) => {
      const slot = fill[id]!++
      owners[slot] = index
      weights[slot] = statement.termWeights[at]!
      totals[index]! += statement.termWeights[at]!
    })
  })
  const maxPostings = Math.max(SMALL_DOCUMENT, Math.floor(statements.length * MAX_POSTING_SHARE))
  const shared = new Float64Array(statements.length)
  const scores = new Float64Array(statements.length)
  const touched = new Int32Array(statements.length)
  return {
    candidatesFor(statement, limit) {
      const { ids } = statement.features
      let count = 0
      let total = 0
      for (let at = 0; at < ids.length; at++) {
        const weight = statement.termWeights[at]!
        total += weight
        const id = ids[at]!
        if (id >= vocabularySize || starts[id + 1]! - starts[id]! > maxPostings) continue
        for (let slot = starts[id]!; slot < starts[id + 1]!; slot++) {
          const index = owners[slot]!
          if (shared[index] === 0) touched[count++] = index
          shared[index]! += weight + weights[slot]! + Number.EPSILON
        }
      }
      for (let at = 0; at < count; at++) {
        const index = touched[at]!
        scores[index] = shared[index]! / (total + totals[index]! + Number.EPSILON)
        shared[index] = 0
      }
      const best = topByScore(touched, count, scores, limit)
      for (let at = 0; at < count; at++) scores[touched[at]!] = 0
      return best
    },
  }
}

/** The `limit` best of the first `count` `indexes`, best first, without sorting them all. */
function topByScore(indexes: Int32Array, count: number, scores: Float64Array, limit: number): number[] {
  const best: number[] = []
  for (let at = 0; at < count; at++) {
    const index = indexes[at]!
    const score = scores[index]!
    if (best.length === limit && score <= scores[best[limit - 1]!]!) continue
    let slot = best.length === limit ? limit - 1 : best.length
    while (slot > 0 && scores[best[slot - 1]!]! < score) {
      best[slot] = best[slot - 1]!
      slot--
    }
    best[slot] = index
  }
  return best
}
