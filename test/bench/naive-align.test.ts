import { describe, expect, test } from 'vitest'
import { alignNaive, applyThreshold, type ScoredPair } from '../../bench/align/naive-align.ts'
import { bestThreshold } from '../../bench/align/tune-threshold.ts'

const FROM = [
  { id: 1, text: 'The Ministers called for a just and lasting solution to the dispute over Kashmir.' },
  { id: 2, text: 'The Council condemned the extrajudicial killings reported in Darfur.' },
  { id: 3, text: 'The Committee welcomed debt relief for Malawi, without further delay.' },
]
const TO = [
  { id: 11, text: 'The Council strongly condemned the extrajudicial killings documented in Darfur.' },
  { id: 12, text: 'The Ministers urged a just and lasting settlement of the Kashmir dispute.' },
  { id: 13, text: 'The Summit praised the energy transition and access to electricity in Fiji.' },
]

describe('alignNaive', () => {
  test('pairs each restatement with its original, whatever the order', () => {
    const pairs = applyThreshold(alignNaive(FROM, TO), 0.3)
    expect(pairs.map(({ fromId, toId }) => [fromId, toId]).sort()).toEqual([[1, 12], [2, 11]])
  })

  test('similarity is a cosine: 1 for identical text, below 1 for a paraphrase', () => {
    const identical = alignNaive([FROM[0]!], [{ id: 9, text: FROM[0]!.text }])
    expect(identical[0]!.similarity).toBeCloseTo(1)
    const paraphrase = alignNaive(FROM, TO).find((pair) => pair.fromId === 2)!
    expect(paraphrase.similarity).toBeGreaterThan(0.3)
    expect(paraphrase.similarity).toBeLessThan(1)
  })

  test('keeps a pair only when the choice is mutual', () => {
    const from = [
      { id: 1, text: 'The Council condemned the extrajudicial killings reported in Darfur.' },
      { id: 2, text: 'The Council condemned the killings in Darfur.' },
    ]
    const to = [{ id: 11, text: 'The Council condemned the extrajudicial killings reported in Darfur.' }]
    expect(alignNaive(from, to).map((pair) => pair.fromId)).toEqual([1])
  })

  test('statements with no shared content word get no pair', () => {
    const pairs = alignNaive([{ id: 1, text: 'Debt relief for Malawi.' }], [{ id: 2, text: 'Ceasefire in Yemen.' }])
    expect(pairs).toEqual([])
  })
})

describe('bestThreshold', () => {
  const scored = (fromId: number, toId: number, similarity: number): ScoredPair => ({ fromId, toId, similarity })

  test('cuts where F1 against the truth is highest', () => {
    const pairs = [scored(1, 11, 0.9), scored(2, 12, 0.8), scored(3, 99, 0.6), scored(4, 14, 0.5), scored(5, 98, 0.2)]
    const truth = [{ fromId: 1, toId: 11 }, { fromId: 2, toId: 12 }, { fromId: 4, toId: 14 }]
    // 0.5 keeps 3 of 4 right (F1 6/7) and beats 0.8 (2 of 2, F1 0.8) and 0.2 (F1 0.75).
    expect(bestThreshold(pairs, truth)).toBe(0.5)
  })

  test('never cuts between equal scores', () => {
    const pairs = [scored(1, 11, 0.7), scored(2, 99, 0.7)]
    expect(bestThreshold(pairs, [{ fromId: 1, toId: 11 }])).toBe(0.7)
  })
})
