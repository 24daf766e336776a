import { describe, expect, test } from 'vitest'
import { countTerms, lifecycleOf, parseTerms, termPattern } from '../../src/web/term-trends.ts'

describe('parseTerms', () => {
  test.each([
    { input: 'self-determination, dialogue ,ceasefire', out: ['self-determination', 'dialogue', 'ceasefire'] },
    { input: 'Dialogue, dialogue', out: ['Dialogue'] },
    { input: ' , ;', out: [] },
    { input: undefined, out: [] },
    { input: 'a,b,c,d,e,f,g,h,i,j', out: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] },
  ])('$input', ({ input, out }) => {
    expect(parseTerms(input)).toEqual(out)
  })
})

describe('termPattern', () => {
  test.each([
    { term: 'self-determination', text: 'Self-determination and self determination, not selfdetermination', count: 2 },
    { term: 'dialogue', text: 'dialogue, dialogues and Dialogue.', count: 2 },
    { term: 'UN', text: 'the UN and UNGA and un', count: 2 },
    { term: 'a.b', text: 'a.b axb', count: 1 },
  ])('$term in "$text"', ({ term, text, count }) => {
    expect(text.match(termPattern(term))?.length ?? 0).toBe(count)
  })
})

describe('lifecycleOf', () => {
  test.each([
    { counts: [0, 0, 0], out: { first: null, last: null, absences: [] } },
    { counts: [1, 2, 3], out: { first: 2019, last: 2021, absences: [] } },
    { counts: [0, 1, 0, 0, 2, 0], out: { first: 2020, last: 2023, absences: [{ from: 2021, to: 2022, back: 2023 }, { from: 2024, to: 2024, back: null }] } },
  ])('$counts', ({ counts, out }) => {
    expect(lifecycleOf(counts.map((count, index) => ({ year: 2019 + index, count })))).toEqual(out)
  })
})

describe('countTerms', () => {
  test('counts per 1,000 words and per document, by year', () => {
    const report = countTerms([
      { id: 1, year: 2023, text: 'dialogue and peace' },
      { id: 2, year: 2023, text: 'peace only here now' },
      { id: 3, year: 2025, text: 'dialogue dialogue' },
    ], ['dialogue'])
    expect(report.years).toEqual([{ year: 2023, documents: 2, words: 7 }, { year: 2025, documents: 1, words: 2 }])
    const [trend] = report.terms
    expect(trend!.years.map((year) => [year.count, year.documents])).toEqual([[1, 1], [2, 1]])
    expect(trend!.years[0]!.perThousand).toBeCloseTo(1000 / 7)
    expect(trend!.years[1]!.perThousand).toBe(1000)
  })
})
