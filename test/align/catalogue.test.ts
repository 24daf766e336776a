import { describe, expect, test } from 'vitest'
import { parseCatalogue } from '../../src/align/index.ts'

describe('parseCatalogue', () => {
  test('accepts labels with cue phrases', () => {
    const json = [{ label: 'Self-determination', cues: ['right to self-determination'] }]
    expect(parseCatalogue(json)).toEqual({ ok: true, value: json })
  })

  test.each([
    { input: {}, message: /^catalogue: .*expected an array/ },
    { input: [{ label: 'x', cues: [] }], message: /^\[0\]\.cues: / },
    { input: [{ label: '', cues: ['a'] }], message: /^\[0\]\.label: / },
    { input: [{ label: 'ok', cues: ['a'] }, { cues: ['b'] }], message: /^\[1\]\.label: / },
  ])('rejects $input with a message naming the place', ({ input, message }) => {
    const result = parseCatalogue(input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.kind).toBe('invalid-input')
      expect(result.error.message).toMatch(message)
    }
  })
})
