import { describe, expect, test } from 'vitest'
import { createAligner } from '../../src/align/index.ts'
import type { AlignInput } from '../../src/types.ts'

let nextId = 1
const statement = (text: string, speaker: string | null = null): AlignInput => ({ id: nextId++, documentId: 1, year: 2023, text, kind: 'sentence', speaker })

const CORPUS = [
  statement('The group discussed efforts to promote the just and lasting resolution of Kashmir dispute.'),
  statement('It called for international efforts to secure a just and lasting solution to the Kashmir conflict.'),
  statement('Ambassador Akram thanked the members of the group for their support for the Kashmir cause.'),
  statement('He expressed gratitude to the members for their steadfast support of the Kashmiri people.'),
  statement('The ceasefire announced in May was welcomed by the group.'),
  statement('Delegates condemned the arrests of activists after the attack in April.'),
  statement('A fact-finding mission should visit the territory.'),
  statement('The meeting was held in New York.'),
]
const [resolution, solution, thanked, gratitude, ceasefire, arrests] = CORPUS as [AlignInput, AlignInput, AlignInput, AlignInput, AlignInput, AlignInput]
const aligner = createAligner(CORPUS)

describe('similarity', () => {
  test('a paraphrase scores above statements sharing only the subject', () => {
    expect(aligner.similarity(resolution, solution)).toBeGreaterThan(aligner.similarity(resolution, ceasefire))
    expect(aligner.similarity(resolution, solution)).toBeGreaterThan(aligner.similarity(resolution, gratitude))
    expect(aligner.similarity(thanked, gratitude)).toBeGreaterThan(aligner.similarity(thanked, arrests))
    expect(aligner.similarity(thanked, gratitude)).toBeGreaterThan(aligner.similarity(thanked, solution))
  })

  test('is symmetric, 1 for a statement and its copy, 0 for headings', () => {
    expect(aligner.similarity(resolution, solution)).toBe(aligner.similarity(solution, resolution))
    expect(aligner.similarity(resolution, { ...resolution, id: 999 })).toBe(1)
    expect(aligner.similarity({ ...resolution, kind: 'heading' }, resolution)).toBe(0)
  })

  test('stays in 0..1 for statements outside the corpus', () => {
    const outside = statement('An unheard-of sentence about zebras and quasars.')
    const value = aligner.similarity(outside, solution)
    expect(value).toBeGreaterThanOrEqual(0)
    expect(value).toBeLessThanOrEqual(1)
  })

  test('the speaker’s own name is not shared content', () => {
    const a = statement('Ambassador Akram said the talks were useful.', 'Akram')
    const b = statement('Ambassador Akram said inflation was high.', 'Akram')
    const c = statement('Ambassador Akram said the talks were useful.', null)
    expect(aligner.similarity(a, b)).toBeLessThan(aligner.similarity(a, c))
  })
})
