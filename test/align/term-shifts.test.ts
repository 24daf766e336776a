import { describe, expect, test } from 'vitest'
import { createAligner, detectTermShifts, diffWords } from '../../src/align/index.ts'
import type { DiffedPair } from '../../src/align/index.ts'
import { loadSeedDocuments } from './seed-statements.ts'

const PLAIN = { ignoreCase: false, ignorePunctuation: false }
let nextId = 1
const pair = (fromText: string, toText: string): DiffedPair => ({ fromId: nextId++, toId: nextId++, fromText, toText, diff: diffWords(fromText, toText, PLAIN) })
const summary = (shifts: ReturnType<typeof detectTermShifts>) => shifts.map((shift) => [shift.from, shift.to, shift.count])

describe('detectTermShifts', () => {
  test('a renamed acronym counts from one pair', () => {
    expect(summary(detectTermShifts([pair('repression in IIOJ&K continues', 'repression in IIOJK continues')]))).toEqual([['IIOJ&K', 'IIOJK', 1]])
  })

  test('a plain substitution must recur to be a shift', () => {
    const once = [pair('resolve the dispute now', 'resolve the conflict now')]
    expect(detectTermShifts(once)).toEqual([])
    const twice = [...once, pair('the dispute remains unresolved', 'the conflict remains unresolved')]
    const shifts = detectTermShifts(twice)
    expect(summary(shifts)).toEqual([['dispute', 'conflict', 2]])
    expect(shifts[0]!.examples).toHaveLength(2)
  })

  test('intensifiers added or dropped', () => {
    const shifts = detectTermShifts([
      pair('thanked them for their support', 'thanked them for their steadfast support'),
      pair('grateful for the support of members', 'grateful for the steadfast support of members'),
      pair('it is committed to peace', 'it is strongly committed to peace'),
    ])
    expect(summary(shifts)).toContainEqual(['support', 'steadfast support', 2])
  })

  test('finds IIOJ&K → IIOJK between the seeds when given both sides, though no aligned pair shows it', () => {
    const { from, to } = loadSeedDocuments()
    const text = new Map([...from.statements, ...to.statements].map((statement) => [statement.id, statement.text]))
    const links = createAligner([...from.statements, ...to.statements]).alignDocuments(from.statements, to.statements)
    const pairs = links.map((link) => ({ ...link, fromText: text.get(link.fromId)!, toText: text.get(link.toId)!, diff: diffWords(text.get(link.fromId)!, text.get(link.toId)!, PLAIN) }))
    const shifts = detectTermShifts(pairs, { from: from.statements, to: to.statements })
    const renamed = shifts.find((shift) => shift.from === 'IIOJ&K')
    expect(renamed).toMatchObject({ to: 'IIOJK' })
    expect(renamed!.count).toBeGreaterThanOrEqual(1)
    expect(renamed!.examples[0]!.fromText).toContain('IIOJ&K')
    expect(renamed!.examples[0]!.toText).toContain('IIOJK')
  })
})
