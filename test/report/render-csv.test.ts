import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildAllTimelines, buildCompareReport } from '../../src/report/index.ts'
import { COMPARE_CSV_HEADER } from '../../src/report/render/compare-csv.ts'
import { renderCompareReport, renderTimelines } from '../../src/report/render/index.ts'
import { TIMELINE_CSV_HEADER } from '../../src/report/render/timeline-csv.ts'
import type { CompareReport } from '../../src/types.ts'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { importCorpus, unwrap } from './corpus-store.ts'
import { HOSTILE, hostileReport, hostileTimelines } from './fixtures.ts'

const OPTIONS = { ignoreCase: false, ignorePunctuation: false }
let corpus: ReturnType<typeof importCorpus>
beforeAll(() => { corpus = importCorpus(DOCUMENTS_DIR) })
afterAll(() => corpus?.close())

type Row = Record<(typeof COMPARE_CSV_HEADER)[number], string>

/** Parses as a spreadsheet or pandas would: a real CSV parser, BOM dropped, header as keys. */
async function compareRows(report: CompareReport): Promise<{ raw: string; rows: Row[] }> {
  const raw = (await renderCompareReport(report, 'csv')).body as string
  return { raw, rows: parse(raw, { bom: true, columns: true, relax_column_count: false }) as Row[] }
}

/** What the CSV must carry of a report: every pair under its position, every unpaired statement. */
function expectedRows(report: CompareReport) {
  const pairs = report.positions.flatMap((position) => position.pairs.map((pair) =>
    [String(position.id), 'persistent', String(pair.from.id), pair.from.text, String(pair.to.id), pair.to.text, String(pair.similarity)]))
  const unpaired = (status: string, list: CompareReport['added']) => list.flatMap((statement) =>
    (statement.positions.length ? statement.positions : [{ id: '' }]).map((position) => [String(position.id), status, statement.id, statement.text]))
  return {
    pairs,
    dropped: unpaired('dropped', report.removed).map(([id, status, statementId, text]) => [id, status, String(statementId), text, '', '', '']),
    added: unpaired('new', report.added).map(([id, status, statementId, text]) => [id, status, '', '', String(statementId), text, '']),
  }
}

const key = (row: Row) => [row.position_id, row.status, row.from_statement_id, row.from_text, row.to_statement_id, row.to_text, row.similarity]

describe('CSV export', () => {
  test('the seed report parses back to the same pairs, statements and texts', async () => {
    const report = unwrap(buildCompareReport(corpus.store, { kind: 'years', from: 2023, to: 2025 }, OPTIONS))
    const { raw, rows } = await compareRows(report)
    expect(raw.startsWith('\uFEFFposition_id,position_label,')).toBe(true)
    expect(raw.endsWith('\r\n')).toBe(true)
    const expected = expectedRows(report)
    expect(rows.map(key)).toEqual([...expected.pairs, ...expected.dropped, ...expected.added])
    expect(rows.filter((row) => row.status === 'persistent')).toHaveLength(expected.pairs.length)
    for (const row of rows) expect(row.from_year || row.to_year).toMatch(/^(2023|2025)$/)
    expect(rows.some((row) => row.status === 'new')).toBe(true)
  })

  test('texts with commas, quotes, CR/LF and markup come back byte for byte', async () => {
    const report = hostileReport()
    const { rows } = await compareRows(report)
    const first = rows[0]!
    expect(first.from_text).toBe(report.positions[0]!.pairs[0]!.from.text)
    expect(first.from_text).toContain(HOSTILE.csv)
    expect(first.to_text).toBe(report.positions[0]!.pairs[0]!.to.text)
    expect(first.position_label).toBe(`label ${HOSTILE.script}`)
    expect(first.to_document).toBe(report.to.documents[0]!.title)
    expect(first.to_document).toContain('"quoted"\nsecond')
    expect(first.speaker).toBe(HOSTILE.attribute)
    expect(rows[1]!.to_text).toBe(HOSTILE.unicode)
    expect(rows.map((row) => row.status)).toEqual(['persistent', 'persistent', 'dropped', 'new'])
    expect(Object.keys(first)).toEqual([...COMPARE_CSV_HEADER])
  })

  test('a text a spreadsheet would run as a formula is kept as text with a leading apostrophe', async () => {
    const { rows } = await compareRows(hostileReport())
    expect(rows.find((row) => row.status === 'dropped')!.from_text).toBe(`'${HOSTILE.formula}`)
  })

  test('timeline --all gives one row per position and year of the series, gaps included', async () => {
    const timelines = unwrap(buildAllTimelines(corpus.store, undefined, OPTIONS))
    const raw = (await renderTimelines(timelines, 'csv')).body as string
    const rows = parse(raw, { bom: true, columns: true }) as Array<Record<(typeof TIMELINE_CSV_HEADER)[number], string>>
    const years = [...new Set(timelines.flatMap((timeline) => timeline.steps.map((step) => step.year)))]
    expect(years).toEqual([2023, 2025])
    expect(rows.map((row) => [row.position_id, row.year])).toEqual(
      timelines.flatMap((timeline) => years.map((year) => [String(timeline.position.id), String(year)])))
    for (const row of rows) {
      const step = timelines.find((t) => String(t.position.id) === row.position_id)!.steps.find((s) => String(s.year) === row.year)!
      expect(row.present).toBe(step.statements.length ? '1' : '0')
      expect(row.text).toBe(step.statements[0]?.text ?? '')
      expect(row.change).toBe(step.change ?? '')
    }
  })

  test('timeline rows carry the gap, the diff against the previous present year and the changed words', async () => {
    const raw = (await renderTimelines(hostileTimelines(), 'csv')).body as string
    const rows = parse(raw, { bom: true, columns: true }) as Array<Record<string, string>>
    expect(rows.map((row) => [row.year, row.present, row.previous_year, row.change])).toEqual([
      ['2023', '1', '', ''], ['2024', '0', '', ''], ['2025', '1', '2023', 'substantive'],
    ])
    expect(rows[2]!.statement_ids).toBe('201 299')
    expect(rows[2]!.inserted).toBe(`${HOSTILE.script} … , and ${HOSTILE.link}.`)
    expect(rows[2]!.deleted).toBe(`${HOSTILE.csv} … .`)
    expect(Number(rows[2]!.words_inserted)).toBeGreaterThan(0)
  })
})
