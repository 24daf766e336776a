import { tokenizeWords } from '../../src/align/tokenize.ts'
import type { Pair } from './score-pairs.ts'

export interface NaiveStatement {
  id: number
  text: string
}

export interface ScoredPair extends Pair {
  similarity: number
}

/** A statement as an L2-normalised TF-IDF vector, terms sorted so that two vectors merge in one pass. */
interface SparseVector {
  terms: Int32Array
  weights: Float64Array
}

/**
 * The reference method the benchmark compares Redline with: every earlier statement scored against
 * every later one (all pairs, n × m) by TF-IDF cosine over Redline's own word keys (Porter stems,
 * stop words out), each statement paired with its best match when the choice is mutual. Returns
 * every mutual best pair with its cosine; `applyThreshold` then keeps the ones above a cut-off.
 */
export function alignNaive(from: readonly NaiveStatement[], to: readonly NaiveStatement[]): ScoredPair[] {
  const vocabulary = new Map<string, number>()
  const fromTerms = from.map((statement) => termIds(statement.text, vocabulary))
  const toTerms = to.map((statement) => termIds(statement.text, vocabulary))
  const documentFrequency = new Int32Array(vocabulary.size)
  for (const terms of [...fromTerms, ...toTerms]) for (const term of new Set(terms)) documentFrequency[term]!++
  const total = from.length + to.length
  const idf = Float64Array.from(documentFrequency, (df) => Math.log((1 + total) / (1 + df)) + 1)
  const fromVectors = fromTerms.map((terms) => toVector(terms, idf))
  const toVectors = toTerms.map((terms) => toVector(terms, idf))

  const bestForFrom = new Int32Array(from.length).fill(-1)
  const bestFromScore = new Float64Array(from.length)
  const bestForTo = new Int32Array(to.length).fill(-1)
  const bestToScore = new Float64Array(to.length)
  for (let i = 0; i < fromVectors.length; i++) {
    const a = fromVectors[i]!
    for (let j = 0; j < toVectors.length; j++) {
      const score = cosine(a, toVectors[j]!)
      if (score > bestFromScore[i]!) {
        bestFromScore[i] = score
        bestForFrom[i] = j
      }
      if (score > bestToScore[j]!) {
        bestToScore[j] = score
        bestForTo[j] = i
      }
    }
  }
  const pairs: ScoredPair[] = []
  bestForFrom.forEach((j, i) => {
    if (j >= 0 && bestForTo[j] === i) pairs.push({ fromId: from[i]!.id, toId: to[j]!.id, similarity: bestFromScore[i]! })
  })
  return pairs
}

export function applyThreshold(pairs: readonly ScoredPair[], threshold: number): ScoredPair[] {
  return pairs.filter((pair) => pair.similarity >= threshold)
}

function termIds(text: string, vocabulary: Map<string, number>): number[] {
  const ids: number[] = []
  for (const token of tokenizeWords(text)) {
    if (token.stop) continue
    let id = vocabulary.get(token.key)
    if (id === undefined) {
      id = vocabulary.size
      vocabulary.set(token.key, id)
    }
    ids.push(id)
  }
  return ids
}

function toVector(terms: number[], idf: Float64Array): SparseVector {
  const counts = new Map<number, number>()
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1)
  const sorted = [...counts.keys()].sort((a, b) => a - b)
  const weights = Float64Array.from(sorted, (term) => counts.get(term)! * idf[term]!)
  const norm = Math.hypot(...weights) || 1
  for (let k = 0; k < weights.length; k++) weights[k]! /= norm
  return { terms: Int32Array.from(sorted), weights }
}

function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0
  let j = 0
  let dot = 0
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i]!
    const tb = b.terms[j]!
    if (ta === tb) dot += a.weights[i++]! * b.weights[j++]!
    else if (ta < tb) i++
    else j++
  }
  return dot
}
