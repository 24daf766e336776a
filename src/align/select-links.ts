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
/**
 * A statement left without counterpart may still share one already taken, when the statements
 * linked to it leave at least this share of its weight unrestated: several earlier sentences
 * then feed one later one. A later statement they restate almost whole is theirs alone.
 */
const UNEXPLAINED_SHARE = 0.3

/** One scored pair of an earlier statement (`from`) and a later one (`to`), both as indexes. */
export interface ScoredPair {
  from: number
  to: number
  score: PairScore
}

/** What selection needs to know of the statements on each side. */
export interface LinkSides {
  /** Per earlier statement, the weights of its terms. */
  fromWeights: Float64Array[]
  /** Per later statement, the weights of its terms. */
  toWeights: Float64Array[]
  /** The weight of a typical term occurrence: the unit of "how much is restated". */
  typicalWeight: number
}

/** What one side's accepted links restate of a statement so far. */
interface Side {
  covered: Float64Array
  /** Clauses of the earlier statement restated by its accepted links (earlier side only). */
  clauses: number[]
}

/**
 * Competitive linking (Melamed 2000): pairs are taken best first, so a statement is linked to its
 * restatement rather than to a near-copy about another place or actor that scores a little higher
 * for it but is itself the better restatement of another statement. A statement takes a
 * counterpart already taken only when it restates content of it that the statements linked to it
 * do not (a merge: two positions restated in one sentence), and takes a further counterpart only
 * when it carries several positions restated apart (a split); otherwise it falls back to its next
 * candidate, or stays unlinked.
 */
export function selectLinks(pairs: ScoredPair[], sides: LinkSides): ScoredPair[] {
  const eligible = pairs.filter((pair) => pair.score.similarity >= LINK_THRESHOLD)
  eligible.sort((left, right) => right.score.similarity - left.score.similarity)
  const enough = NOVEL_EVIDENCE * sides.typicalWeight
  const fromSides = new Map<number, Side>()
  const toSides = new Map<number, Side>()
  const chosen: ScoredPair[] = []
  for (const pair of eligible) {
    const source = fromSides.get(pair.from)
    const target = toSides.get(pair.to)
    if (source) {
      const { novel, shared } = novelty(pair.score.coverage, sides.fromWeights[pair.from]!, source.covered)
      if (novel < enough || novel < NOVEL_SHARE * shared) continue
      if (target && (source.clauses.includes(pair.score.clauseA) || novelty(pair.score.coverageOther, sides.toWeights[pair.to]!, target.covered).novel < enough)) continue
    } else if (target) {
      const { novel, shared } = novelty(pair.score.coverageOther, sides.toWeights[pair.to]!, target.covered)
      if (novel < enough || novel < NOVEL_SHARE * shared) continue
    }
    chosen.push(pair)
    cover(fromSides, pair.from, pair.score.coverage, pair.score.clauseA)
    cover(toSides, pair.to, pair.score.coverageOther, -1)
  }
  // Second pass, on the first pass's coverage: statements still alone join a later one left part unrestated.
  for (const pair of eligible) {
    if (fromSides.has(pair.from)) continue
    const target = toSides.get(pair.to)
    if (!target) continue
    const weights = sides.toWeights[pair.to]!
    const total = weights.reduce((sum, weight) => sum + weight, 0)
    const restated = novelty(target.covered, weights, new Float64Array(weights.length)).shared
    if (total === 0 || 1 - restated / total < UNEXPLAINED_SHARE) continue
    chosen.push(pair)
    cover(fromSides, pair.from, pair.score.coverage, pair.score.clauseA)
  }
  return chosen
}

/** Weight of the terms a pair covers better than accepted links do, and all the weight it covers. */
function novelty(coverage: Float64Array, weights: Float64Array, covered: Float64Array): { novel: number; shared: number } {
  let novel = 0
  let shared = 0
  for (let index = 0; index < coverage.length; index++) {
    shared += weights[index]! * coverage[index]!
    novel += weights[index]! * Math.max(0, coverage[index]! - covered[index]!)
  }
  return { novel, shared }
}

function cover(sides: Map<number, Side>, at: number, coverage: Float64Array, clause: number): void {
  let side = sides.get(at)
  if (!side) {
    side = { covered: new Float64Array(coverage.length), clauses: [] }
    sides.set(at, side)
  }
  for (let index = 0; index < coverage.length; index++) side.covered[index] = Math.max(side.covered[index]!, coverage[index]!)
  side.clauses.push(clause)
}
