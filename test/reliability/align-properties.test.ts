import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createAligner, diffWords } from '../../src/align/index.ts'
import type { AlignInput, DiffOp, DiffOptions } from '../../src/types.ts'
import { sentenceArbitrary } from './helpers/arbitraries.ts'
import { FILLER, POSITIONS } from './helpers/generate-corpus.ts'

const OPTIONS: DiffOptions[] = [
  { ignoreCase: false, ignorePunctuation: false },
  { ignoreCase: true, ignorePunctuation: false },
  { ignoreCase: false, ignorePunctuation: true },
  { ignoreCase: true, ignorePunctuation: true },
]

const join = (diff: DiffOp[], keep: DiffOp['op']) => diff.filter((op) => op.op === 'equal' || op.op === keep).map((op) => op.text).join('')

/** Realistic statements (restated positions, filler) mixed with generated noise. */
const statementText = fc.oneof(fc.constantFrom(...POSITIONS.flat(), ...FILLER), sentenceArbitrary)
const pairArbitrary = fc.oneof(
  fc.tuple(statementText, statementText),
  // One wording against another of the same position: the diffs that matter in practice.
  fc.constantFrom(...POSITIONS).chain((wordings) => fc.tuple(fc.constantFrom(...wordings), fc.constantFrom(...wordings))),
)

describe('diffWords (property)', () => {
  test.each(OPTIONS)('equal+delete gives the old text, equal+insert the new (%o)', (options) => {
    fc.assert(fc.property(pairArbitrary, ([a, b]) => {
      const diff = diffWords(a, b, options)
      expect(join(diff, 'delete')).toBe(a)
      expect(join(diff, 'insert')).toBe(b)
      expect(diff.every((op) => op.text !== '')).toBe(true)
    }), { numRuns: 400 })
  })

  test.each(OPTIONS)('a text against itself is all equal (%o)', (options) => {
    fc.assert(fc.property(statementText, (a) => {
      expect(diffWords(a, a, options).every((op) => op.op === 'equal')).toBe(true)
    }), { numRuns: 200 })
  })
})

const toInputs = (texts: string[], documentId: number, year: number, firstId: number): AlignInput[] =>
  texts.map((text, index) => ({ id: firstId + index, documentId, year, text, kind: 'sentence', speaker: null }))

const documentsArbitrary = fc.tuple(fc.array(statementText, { minLength: 1, maxLength: 8 }), fc.array(statementText, { minLength: 1, maxLength: 8 }))
  .map(([from, to]) => ({ from: toInputs(from, 1, 2023, 1), to: toInputs(to, 2, 2025, 100) }))

describe('alignment (property)', () => {
  test('the same input gives the same links, from a fresh aligner or the same one', () => {
    fc.assert(fc.property(documentsArbitrary, ({ from, to }) => {
      const corpus = [...from, ...to]
      const aligner = createAligner(corpus)
      const first = aligner.alignDocuments(from, to)
      expect(aligner.alignDocuments(from, to)).toEqual(first)
      expect(createAligner(structuredClone(corpus)).alignDocuments(structuredClone(from), structuredClone(to))).toEqual(first)
      for (const link of first) {
        expect(link.similarity).toBeGreaterThanOrEqual(0)
        expect(link.similarity).toBeLessThanOrEqual(1)
      }
    }), { numRuns: 60 })
  })

  test('similarity is symmetric: sim(a, b) === sim(b, a)', () => {
    fc.assert(fc.property(documentsArbitrary, ({ from, to }) => {
      const aligner = createAligner([...from, ...to])
      for (const a of from) {
        for (const b of to) expect(aligner.similarity(a, b)).toBe(aligner.similarity(b, a))
      }
    }), { numRuns: 60 })
  })

  test('a statement is most similar to itself', () => {
    fc.assert(fc.property(documentsArbitrary, ({ from, to }) => {
      const aligner = createAligner([...from, ...to])
      for (const a of from) {
        if (!/[\p{L}\p{N}]/u.test(a.text)) continue
        const self = aligner.similarity(a, { ...a, id: 999 })
        for (const b of to) expect(aligner.similarity(a, b)).toBeLessThanOrEqual(self + 1e-9)
      }
    }), { numRuns: 40 })
  })
})
