import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { countChangedWords, diffWords } from '../../src/align/index.ts'
import type { DiffOp, DiffOptions } from '../../src/types.ts'

const PLAIN: DiffOptions = { ignoreCase: false, ignorePunctuation: false }
const IGNORING: DiffOptions = { ignoreCase: true, ignorePunctuation: true }
const ALL_OPTIONS: DiffOptions[] = [PLAIN, { ignoreCase: true, ignorePunctuation: false }, { ignoreCase: false, ignorePunctuation: true }, IGNORING]
const side = (ops: DiffOp[], keep: DiffOp['op']) => ops.filter((op) => op.op === 'equal' || op.op === keep).map((op) => op.text).join('')

describe('diffWords', () => {
  const rows: Array<{ a: string; b: string; options?: DiffOptions; out: DiffOp[] }> = [
    {
      a: 'the just and lasting resolution of Kashmir dispute.',
      b: 'a just and lasting solution to the Kashmir conflict.',
      out: [
        { op: 'delete', text: 'the' }, { op: 'insert', text: 'a' }, { op: 'equal', text: ' just and lasting' },
        { op: 'delete', text: ' resolution of' }, { op: 'insert', text: ' solution to the' }, { op: 'equal', text: ' Kashmir' },
        { op: 'delete', text: ' dispute' }, { op: 'insert', text: ' conflict' }, { op: 'equal', text: '.' },
      ],
    },
    {
      // A change of quote style changes the marks, not the quoted words.
      a: 'the “densest occupation”.',
      b: 'the "densest occupation".',
      out: [
        { op: 'equal', text: 'the ' }, { op: 'delete', text: '“' }, { op: 'insert', text: '"' }, { op: 'equal', text: 'densest occupation' },
        { op: 'delete', text: '”' }, { op: 'insert', text: '"' }, { op: 'equal', text: '.' },
      ],
    },
    {
      // Punctuation sticks to no word: only the comma is new.
      a: 'end the dispute and talk',
      b: 'end the dispute, and talk',
      out: [{ op: 'equal', text: 'end the dispute' }, { op: 'insert', text: ',' }, { op: 'equal', text: ' and talk' }],
    },
    {
      a: 'IIOJ&K remains occupied',
      b: 'IIOJK remains occupied',
      out: [{ op: 'delete', text: 'IIOJ&K' }, { op: 'insert', text: 'IIOJK' }, { op: 'equal', text: ' remains occupied' }],
    },
    {
      // Ignoring case pairs "The"/"the" up; the ops still carry each side's own text.
      a: 'The Committee decided, firmly.',
      b: 'the Committee decided firmly!',
      options: IGNORING,
      out: [
        { op: 'delete', text: 'The' }, { op: 'insert', text: 'the' }, { op: 'equal', text: ' Committee decided' },
        { op: 'delete', text: ',' }, { op: 'equal', text: ' firmly' }, { op: 'delete', text: '.' }, { op: 'insert', text: '!' },
      ],
    },
    { a: '', b: 'new text', out: [{ op: 'insert', text: 'new text' }] },
    { a: 'same  text ', b: 'same  text ', out: [{ op: 'equal', text: 'same  text ' }] },
  ]
  for (const row of rows) test(`${row.a} → ${row.b}`, () => expect(diffWords(row.a, row.b, row.options ?? PLAIN)).toEqual(row.out))

  test.each(ALL_OPTIONS)('equal+delete is exactly the old text and equal+insert the new, for any text (%o)', (options) => {
    const text = fc.stringMatching(/^[A-Za-z’'“”",.;&\- \n]{0,40}$/)
    fc.assert(fc.property(text, text, (a, b) => {
      const ops = diffWords(a, b, options)
      expect(side(ops, 'delete')).toBe(a)
      expect(side(ops, 'insert')).toBe(b)
      expect(ops.every((op) => op.text !== '')).toBe(true)
    }), { numRuns: 300 })
  })
})

describe('countChangedWords', () => {
  test.each([
    { ops: diffWords('the just and lasting resolution of Kashmir dispute', 'a just and lasting solution to the Kashmir conflict', PLAIN), out: { inserted: 5, deleted: 4 } },
    { ops: diffWords('India’s view', "India's view", PLAIN), out: { inserted: 0, deleted: 0 } },
    { ops: [{ op: 'insert' as const, text: 'steadfast and unwavering ' }], out: { inserted: 3, deleted: 0 } },
  ])('$out', ({ ops, out }) => expect(countChangedWords(ops)).toEqual(out))
})
