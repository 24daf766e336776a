import { describe, expect, test } from 'vitest'
import { createCandidateIndex } from '../../src/align/candidates.ts'
import { buildCorpusModel, type PreparedStatement } from '../../src/align/corpus-model.ts'
import type { AlignInput } from '../../src/types.ts'

// Words drawn with a skew, so that some are in most statements, many in a few percent (the
// postings the pruned search skips) and the rest rare; repeated sentences make exact ties.
const WORDS = Array.from({ length: 400 }, (_, at) => `word${String.fromCharCode(97 + (at % 26))}${String.fromCharCode(97 + Math.floor(at / 26))}`)

function sentences(count: number, seed: number): string[] {
  let state = seed
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  const out: string[] = []
  for (let at = 0; at < count; at++) {
    if (at > 0 && next() < 0.1) {
      out.push(out[Math.floor(next() * out.length)]!)
      continue
    }
    const length = 4 + Math.floor(next() * 14)
    out.push(`${Array.from({ length }, () => WORDS[Math.floor(next() ** 3 * WORDS.length)]).join(' ')}.`)
  }
  return out
}

/** Weighted Dice over every posting of every looked-up term, read in the query's order: what pruning must reproduce. */
function plainCandidates(query: PreparedStatement, statements: PreparedStatement[], limit: number): number[] {
  const frequency = new Map<number, number>()
  for (const statement of statements) for (const id of statement.features.ids) frequency.set(id, (frequency.get(id) ?? 0) + 1)
  const maxPostings = Math.max(50, Math.floor(statements.length * 0.2))
  const totals = statements.map((statement) => statement.termWeights.reduce((sum, weight) => sum + weight, 0))
  const total = query.termWeights.reduce((sum, weight) => sum + weight, 0)
  const shared = new Map<number, number>()
  query.features.ids.forEach((id, at) => {
    if ((frequency.get(id) ?? 0) > maxPostings) return
    statements.forEach((statement, index) => {
      const theirs = statement.features.ids.indexOf(id)
      if (theirs >= 0) shared.set(index, (shared.get(index) ?? 0) + query.termWeights[at]! + statement.termWeights[theirs]! + Number.EPSILON)
    })
  })
  const scored = [...shared].map(([index, sum]) => ({ index, score: sum / (total + totals[index]! + Number.EPSILON) }))
  // Stable: ties keep the order in which the postings met them.
  return scored.sort((left, right) => right.score - left.score).slice(0, limit).map((entry) => entry.index)
}

describe('pruned candidate search', () => {
  test('ranks exactly as reading every posting, ties included', () => {
    let id = 1
    const inputs = (documentId: number, texts: string[]): AlignInput[] => texts.map((text) => ({ id: id++, documentId, year: 2000 + documentId, text, kind: 'sentence', speaker: null }))
    const earlier = inputs(1, sentences(300, 7))
    const later = inputs(2, sentences(1200, 11))
    const model = buildCorpusModel([...earlier, ...later])
    const prepared = later.map((statement) => model.prepare(statement))
    const index = createCandidateIndex(prepared)
    for (const limit of [1, 5, 10]) {
      for (const statement of earlier) {
        const query = model.prepare(statement)
        expect(index.candidatesFor(query, limit)).toEqual(plainCandidates(query, prepared, limit))
      }
    }
  })
})
