import { describe, expect, test } from 'vitest'
import { stemWord } from '../../src/align/stem.ts'
import { termRelatedness } from '../../src/align/term-match.ts'

const related = (a: string, b: string) => termRelatedness(stemWord(a), stemWord(b))

describe('termRelatedness (WordNet and derived forms)', () => {
  test.each([
    ['resolution', 'solution'],
    ['dispute', 'conflict'],
    ['resolve', 'resolution'],
    ['oppression', 'repression'],
    ['thank', 'gratitude'],
    ['goal', 'objective'],
    ['lasting', 'durable'],
    ['kashmir', 'kashmiri'],
  ])('%s ~ %s', (a, b) => {
    expect(related(a, b)).toBeGreaterThan(0)
    expect(related(a, b)).toBeLessThan(1)
    expect(related(b, a)).toBe(related(a, b))
  })

  test.each([
    ['peace', 'inflation'],
    ['meeting', 'repression'],
    ['plan', 'plane'],
  ])('%s and %s are unrelated', (a, b) => expect(related(a, b)).toBe(0))

  test('acronyms only equal themselves', () => {
    expect(termRelatedness('UN', 'UN')).toBe(1)
    expect(termRelatedness('UN', 'unit')).toBe(0)
  })
})
