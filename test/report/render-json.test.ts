import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildAllTimelines, buildCompareReport } from '../../src/report/index.ts'
import { renderCompareReport, renderTimelines } from '../../src/report/render/index.ts'
import type { CompareReport } from '../../src/types.ts'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { importCorpus, unwrap } from './corpus-store.ts'
import { hostileReport, hostileTimelines } from './fixtures.ts'
import { schemaErrors, validateCompareReport, validateTimelines } from './schema.ts'

const OPTIONS = { ignoreCase: false, ignorePunctuation: false }
let corpus: ReturnType<typeof importCorpus>
beforeAll(() => { corpus = importCorpus(DOCUMENTS_DIR) })
afterAll(() => corpus?.close())

describe('JSON export against src/report/schema', () => {
  test('the seed 2023 → 2025 report validates and round-trips unchanged', async () => {
    const report = unwrap(buildCompareReport(corpus.store, { kind: 'years', from: 2023, to: 2025 }, OPTIONS))
    const parsed = JSON.parse((await renderCompareReport(report, 'json')).body as string)
    expect(validateCompareReport(parsed), schemaErrors(validateCompareReport)).toBe(true)
    expect(parsed).toEqual(report)
    expect(parsed.positions.length).toBeGreaterThan(0)
  })

  test('reports with view options and backwards validate', () => {
    for (const [from, to, options] of [[2025, 2023, OPTIONS], [2023, 2025, { ignoreCase: true, ignorePunctuation: true }]] as const) {
      const report = unwrap(buildCompareReport(corpus.store, { kind: 'years', from, to }, options))
      expect(validateCompareReport(report), schemaErrors(validateCompareReport)).toBe(true)
    }
  })

  test('every seed timeline validates, as one object and as the --all array', async () => {
    const timelines = unwrap(buildAllTimelines(corpus.store, undefined, OPTIONS))
    expect(timelines.length).toBeGreaterThan(0)
    const all = JSON.parse((await renderTimelines(timelines, 'json')).body as string)
    const one = JSON.parse((await renderTimelines(timelines.slice(0, 1), 'json')).body as string)
    expect(Array.isArray(all) && !Array.isArray(one)).toBe(true)
    expect(validateTimelines(all), schemaErrors(validateTimelines)).toBe(true)
    expect(validateTimelines(one), schemaErrors(validateTimelines)).toBe(true)
  })

  test('the hand-built hostile fixtures match the schema (so the other format tests use real shapes)', () => {
    expect(validateCompareReport(hostileReport()), schemaErrors(validateCompareReport)).toBe(true)
    expect(validateTimelines(hostileTimelines()), schemaErrors(validateTimelines)).toBe(true)
  })

  const broken: Array<{ name: string; change: (report: CompareReport) => unknown }> = [
    { name: 'another schemaVersion', change: (report) => ({ ...report, schemaVersion: 2 }) },
    { name: 'a missing summary', change: ({ summary: _summary, ...rest }) => rest },
    { name: 'an unknown field', change: (report) => ({ ...report, extra: true }) },
    { name: 'an unknown diff op', change: (report) => ({ ...report, positions: [{ ...report.positions[0]!, pairs: [{ ...report.positions[0]!.pairs[0]!, diff: [{ op: 'move', text: 'x' }] }] }] }) },
    { name: 'a share above 1', change: (report) => ({ ...report, summary: { ...report.summary, wordsChangedShare: 1.5 } }) },
  ]
  test.each(broken)('the schema rejects $name', ({ change }) => {
    expect(validateCompareReport(change(hostileReport()))).toBe(false)
  })

  test('renderers refuse a report of another schemaVersion instead of printing it wrong', async () => {
    const report = { ...hostileReport(), schemaVersion: 2 } as unknown as CompareReport
    await expect(renderCompareReport(report, 'md')).rejects.toThrow(/schemaVersion 2, expected 1/)
  })
})
