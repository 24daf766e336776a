import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { diffWordsWithDmp } from '../../bench/align/dmp-word-diff.ts'
import type { DiffOp } from '../../src/types.ts'

const side = (ops: DiffOp[], skip: DiffOp['op']) => ops.filter((op) => op.op !== skip).map((op) => op.text).join('')

describe('diffWordsWithDmp', () => {
  test('works on whole words, not letters', () => {
    expect(diffWordsWithDmp('a just solution', 'a just settlement')).toEqual([
      { op: 'equal', text: 'a just ' },
      { op: 'delete', text: 'solution' },
      { op: 'insert', text: 'settlement' },
    ])
  })

  test('an unchanged text is one equal run', () => {
    expect(diffWordsWithDmp('The Council met.', 'The Council met.')).toEqual([{ op: 'equal', text: 'The Council met.' }])
  })

  test('gives back both texts for any input', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (before, after) => {
      const ops = diffWordsWithDmp(before, after)
      return side(ops, 'insert') === before && side(ops, 'delete') === after
    }))
  })
})
