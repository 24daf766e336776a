import type { Postings } from './candidates.ts'
import type { PreparedStatement } from './corpus-model.ts'

/**
 * Bounds are summed in another order than scores; a statement is ruled out only when its bound
 * falls short of the threshold by more than that rounding could explain.
 */
const ROUNDING_SLACK = 1 - 1e-9

/**
 * The best `limit` statements by weighted Dice, exactly as reading every posting of the query's
 * terms would rank them, reading fewer (MaxScore pruning). Terms are read weightiest first; once
 * what the unread terms could add cannot lift a statement none of them reached into the best
 * `limit`, reading stops. The unread terms are the common ones, whose postings are the long ones:
 * the statements met so far are bounded through the terms' membership bits instead, and the few
 * still in the running are scored in full from their own terms.
 */
export function createPrunedSearch(statements: PreparedStatement[], postings: Postings) {
  const { starts, owners, weights, totals, heaviest, memberRows, members, memberWords, maxPostings } = postings
  const vocabularySize = heaviest.length
  const shared = new Float64Array(statements.length)
  const touched = new Int32Array(statements.length)
  const scores = new Float64Array(statements.length)
  const firstShared = new Int32Array(statements.length)
  // Per vocabulary id, 1 + the query position of a term searched for, while that query runs.
  const queryAt = new Int32Array(vocabularySize)
  let bounds = new Float64Array(64)
  let theirWeights = new Float64Array(64)
  let hit = new Uint8Array(64)
  let topIndexes = new Int32Array(8)
  let topScores = new Float64Array(8)
  const searched: number[] = []
  const unread: number[] = []
  const running: number[] = []

  /**
   * A statement's score summed in the query's term order, as reading every posting would, so
   * that equal scores stay equal; notes its first shared term in the query (`firstShared`).
   */
  function exactScore(index: number, query: PreparedStatement, total: number): number {
    const theirs = statements[index]!
    const theirIds = theirs.features.ids
    for (let k = 0; k < theirIds.length; k++) {
      const at = theirIds[k]! < vocabularySize ? queryAt[theirIds[k]!]! - 1 : -1
      if (at < 0) continue
      hit[at] = 1
      theirWeights[at] = theirs.termWeights[k]!
    }
    let sum = 0
    let first = -1
    for (let k = 0; k < searched.length; k++) {
      const at = searched[k]!
      if (hit[at] === 0) continue
      hit[at] = 0
      if (first < 0) first = at
      sum += query.termWeights[at]! + theirWeights[at]! + Number.EPSILON
    }
    firstShared[index] = first
    return sum / (total + totals[index]! + Number.EPSILON)
  }

  return function candidatesFor(statement: PreparedStatement, limit: number): number[] {
    const { ids } = statement.features
    const queryWeights = statement.termWeights
    if (ids.length > bounds.length) {
      bounds = new Float64Array(ids.length * 2)
      theirWeights = new Float64Array(ids.length * 2)
      hit = new Uint8Array(ids.length * 2)
    }
    if (limit > topIndexes.length) {
      topIndexes = new Int32Array(limit)
      topScores = new Float64Array(limit)
    }
    let total = 0
    searched.length = 0
    for (let at = 0; at < ids.length; at++) {
      total += queryWeights[at]!
      const id = ids[at]!
      if (id >= vocabularySize || starts[id + 1]! - starts[id]! > maxPostings) continue
      queryAt[id] = at + 1
      bounds[at] = queryWeights[at]! + heaviest[id]! + Number.EPSILON
      searched.push(at)
    }
    const order = searched.slice().sort((left, right) => bounds[right]! - bounds[left]!)
    // What the unread terms could add: to a statement's shared weight (both sides), and to the
    // denominator of one that none of the read terms reached (its own side).
    let remaining = 0
    let remainingOwn = 0
    for (const at of order) {
      remaining += bounds[at]!
      remainingOwn += heaviest[ids[at]!]!
    }
    let count = 0
    // The best `limit` met so far by shared weight yet: scores only grow, so the worst of them
    // is a floor under the final `limit`-th best.
    let kept = 0
    let worst = 0
    let threshold = 0
    let next = 0
    for (; next < order.length; next++) {
      if (kept === limit && remaining / (total + remainingOwn) < threshold * ROUNDING_SLACK) break
      const at = order[next]!
      const id = ids[at]!
      const weight = queryWeights[at]!
      for (let slot = starts[id]!; slot < starts[id + 1]!; slot++) {
        const index = owners[slot]!
        if (shared[index] === 0) touched[count++] = index
        const sum = (shared[index]! += weight + weights[slot]! + Number.EPSILON)
        if (sum <= threshold * (total + totals[index]! + Number.EPSILON)) continue
        let place = kept - 1
        while (place >= 0 && topIndexes[place] !== index) place--
        if (place < 0) place = kept < limit ? kept++ : worst
        topIndexes[place] = index
        topScores[place] = sum / (total + totals[index]! + Number.EPSILON)
        if (kept < limit) continue
        worst = 0
        for (let k = 1; k < limit; k++) if (topScores[k]! < topScores[worst]!) worst = k
        threshold = topScores[worst]!
      }
      remaining -= bounds[at]!
      remainingOwn -= heaviest[id]!
    }
    // Unread terms with short postings are read for the statements already met; the long ones
    // are left to membership bits.
    unread.length = 0
    for (let k = next; k < order.length; k++) {
      const at = order[k]!
      const id = ids[at]!
      if (memberRows[id]! >= 0) {
        unread.push(at)
        continue
      }
      const weight = queryWeights[at]!
      for (let slot = starts[id]!; slot < starts[id + 1]!; slot++) {
        const index = owners[slot]!
        if (shared[index] !== 0) shared[index]! += weight + weights[slot]! + Number.EPSILON
      }
      remaining -= bounds[at]!
    }
    // The best met so far, scored in full, usually hold the final `limit`-th score already.
    if (kept === limit) {
      for (let k = 0; k < limit; k++) threshold = Math.min(k === 0 ? Infinity : threshold, exactScore(topIndexes[k]!, statement, total))
    }
    running.length = 0
    for (let at = 0; at < count; at++) {
      const index = touched[at]!
      const floor = threshold * ROUNDING_SLACK * (total + totals[index]! + Number.EPSILON)
      let bound = shared[index]!
      shared[index] = 0
      if (bound + remaining < floor) continue
      for (const term of unread) {
        const row = memberRows[ids[term]!]!
        if ((members[row * memberWords + (index >>> 5)]! >>> (index & 31)) & 1) bound += bounds[term]!
      }
      if (bound >= floor) running.push(index)
    }
    for (const index of running) scores[index] = exactScore(index, statement, total)
    for (const at of searched) queryAt[ids[at]!] = 0
    // Reading every posting in query order meets statements by their first shared term, then in
    // index order; ties go to the one met first.
    running.sort((left, right) => firstShared[left]! - firstShared[right]! || left - right)
    return topByScore(running, scores, limit)
  }
}

/** The `limit` best of `indexes`, best first, without sorting them all; ties to the earlier. */
function topByScore(indexes: number[], scores: Float64Array, limit: number): number[] {
  const best: number[] = []
  for (const index of indexes) {
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
