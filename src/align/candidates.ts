import type { PreparedStatement } from './corpus-model.ts'
import { createPrunedSearch } from './candidate-search.ts'

/**
 * Terms used by more than this share of the later document's statements are not looked up: they
 * weigh next to nothing and would make every pair a candidate ("Committee" in every FOMC sentence).
 */
const MAX_POSTING_SHARE = 0.2
/** Postings are always searched for documents this small, where every pair is cheap anyway. */
const SMALL_DOCUMENT = 50
/**
 * Terms used by more than this share of the statements also get a bit per statement: whether a
 * statement uses one is then one lookup, which spares reading their long postings.
 */
const MEMBERSHIP_SHARE = 1 / 64

/** Finds, for a statement, the statements of a document that share its weightiest terms. */
export interface CandidateIndex {
  /** Indexes (into the indexed list) of at most `limit` statements, best first. */
  candidatesFor(statement: PreparedStatement, limit: number): number[]
}

/** The index's arrays; term `id`'s postings run from starts[id] to starts[id + 1]. */
export interface Postings {
  starts: Int32Array
  /** Per posting, the statement using the term. */
  owners: Int32Array
  /** Per posting, the term's weight in that statement. */
  weights: Float64Array
  /** Per statement, the weight of all its terms. */
  totals: Float64Array
  /** Per term, its largest weight in any statement. */
  heaviest: Float64Array
  /** Per term, its row in `members` (a bit per statement), or -1 when its postings are short. */
  memberRows: Int32Array
  members: Int32Array
  /** Words per row of `members`. */
  memberWords: number
  /** Terms with longer postings are not searched. */
  maxPostings: number
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
  const starts = new Int32Array(vocabularySize + 1)
  for (const statement of statements) for (const id of statement.features.ids) starts[id + 1]!++
  for (let id = 0; id < vocabularySize; id++) starts[id + 1]! += starts[id]!
  const fill = starts.slice(0, vocabularySize)
  const owners = new Int32Array(starts[vocabularySize]!)
  const weights = new Float64Array(owners.length)
  const totals = new Float64Array(statements.length)
  const heaviest = new Float64Array(vocabularySize)
  statements.forEach((statement, index) => {
    statement.features.ids.forEach((id, at) => {
      const slot = fill[id]!++
      const weight = statement.termWeights[at]!
      owners[slot] = index
      weights[slot] = weight
      totals[index]! += weight
      heaviest[id] = Math.max(heaviest[id]!, weight)
    })
  })
  const maxPostings = Math.max(SMALL_DOCUMENT, Math.floor(statements.length * MAX_POSTING_SHARE))
  const memberRows = new Int32Array(vocabularySize).fill(-1)
  const memberWords = (statements.length + 31) >>> 5
  let rows = 0
  for (let id = 0; id < vocabularySize; id++) {
    const length = starts[id + 1]! - starts[id]!
    if (length <= maxPostings && length > statements.length * MEMBERSHIP_SHARE) memberRows[id] = rows++
  }
  const members = new Int32Array(rows * memberWords)
  for (let id = 0; id < vocabularySize; id++) {
    const row = memberRows[id]!
    if (row < 0) continue
    for (let slot = starts[id]!; slot < starts[id + 1]!; slot++) members[row * memberWords + (owners[slot]! >>> 5)]! |= 1 << (owners[slot]! & 31)
  }
  const postings: Postings = { starts, owners, weights, totals, heaviest, memberRows, members, memberWords, maxPostings }
  return { candidatesFor: createPrunedSearch(statements, postings) }
}
