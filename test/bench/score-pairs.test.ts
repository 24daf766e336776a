import { describe, expect, test } from 'vitest'
import { scorePairs, type Pair } from '../../bench/align/score-pairs.ts'

const p = (fromId: number, toId: number): Pair => ({ fromId, toId })
const TRUTH = [p(1, 11), p(2, 12), p(3, 13), p(4, 14)]

describe('scorePairs', () => {
  const rows: Array<{ name: string; found: Pair[]; truth: Pair[]; precision: number; recall: number; tp: number; fp: number; fn: number }> = [
    { name: 'all found, nothing else', found: TRUTH, truth: TRUTH, precision: 1, recall: 1, tp: 4, fp: 0, fn: 0 },
    { name: 'half found', found: [p(1, 11), p(2, 12)], truth: TRUTH, precision: 1, recall: 0.5, tp: 2, fp: 0, fn: 2 },
    { name: 'one wrong among four', found: [p(1, 11), p(2, 12), p(3, 13), p(4, 13)], truth: TRUTH, precision: 0.75, recall: 0.75, tp: 3, fp: 1, fn: 1 },
    { name: 'direction matters', found: [p(11, 1)], truth: TRUTH, precision: 0, recall: 0, tp: 0, fp: 1, fn: 4 },
    { name: 'duplicates count once', found: [p(1, 11), p(1, 11), p(5, 15), p(5, 15)], truth: TRUTH, precision: 0.5, recall: 0.25, tp: 1, fp: 1, fn: 3 },
    { name: 'nothing found', found: [], truth: TRUTH, precision: 0, recall: 0, tp: 0, fp: 0, fn: 4 },
    { name: 'nothing to find, nothing found', found: [], truth: [], precision: 1, recall: 1, tp: 0, fp: 0, fn: 0 },
    { name: 'nothing to find, something found', found: [p(1, 2)], truth: [], precision: 0, recall: 1, tp: 0, fp: 1, fn: 0 },
  ]
  for (const row of rows) {
    test(row.name, () => {
      const score = scorePairs(row.found, row.truth)
      expect(score).toMatchObject({ precision: row.precision, recall: row.recall, truePositives: row.tp, falsePositives: row.fp, falseNegatives: row.fn })
    })
  }

  test('f1 is the harmonic mean', () => {
    const score = scorePairs([p(1, 11), p(9, 19)], TRUTH)
    expect(score.f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75)
    expect(scorePairs([], TRUTH).f1).toBe(0)
  })
})
