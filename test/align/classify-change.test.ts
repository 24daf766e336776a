import { describe, expect, test } from 'vitest'
import { classifyChange, diffWords } from '../../src/align/index.ts'

const PLAIN = { ignoreCase: false, ignorePunctuation: false }

describe('classifyChange', () => {
  const rows = [
    { a: 'The Committee decided.', b: 'The Committee decided.', out: 'unchanged' },
    { a: 'The Committee  decided.', b: 'The Committee decided.', out: 'unchanged' },
    { a: 'The Committee decided.', b: 'the Committee decided', out: 'minor' },
    { a: 'the “densest occupation”', b: 'the "densest occupation"', out: 'minor' },
    { a: 'situation in IIOJ&K', b: 'situation in IIOJK', out: 'minor' },
    { a: 'the labour market', b: 'the labor market', out: 'minor' },
    { a: 'the right to self-determination', b: 'the right of self determination', out: 'minor' },
    { a: 'it supports the resolutions', b: 'it supports those resolutions', out: 'minor' },
    { a: 'a fair judgement', b: 'a fair judgment', out: 'minor' },
    { a: 'a just and lasting resolution', b: 'a just and lasting solution', out: 'substantive' },
    { a: 'peace in the region', b: 'place in the region', out: 'substantive' },
    { a: 'the group supports the plan', b: 'the group does not support the plan', out: 'substantive' },
    { a: 'support for the cause', b: 'steadfast support for the cause', out: 'substantive' },
  ] as const
  for (const row of rows) test(`${row.a} → ${row.b}: ${row.out}`, () => expect(classifyChange(diffWords(row.a, row.b, PLAIN))).toBe(row.out))
})
