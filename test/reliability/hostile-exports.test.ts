import { parse as parseCsv } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildAllTimelines, buildCompareReport } from '../../src/report/index.ts'
import { renderCompareReport, renderTimelines, REPORT_FORMATS, TIMELINE_FORMATS } from '../../src/report/render/index.ts'
import type { CompareReport, PositionTimeline } from '../../src/types.ts'
import { makeTempDir } from '../helpers/temp-db.ts'
import { buildHostileSite, HOSTILE_SERIES, type HostileSite } from './helpers/hostile-db.ts'
import { collapseSpace, inspectHtml, NO_FINDINGS, withoutSpace } from './helpers/html-safety.ts'
import { findLiveMarkdown, unescapeMarkdown } from './helpers/markdown-safety.ts'
import { ACTIVE_PDF_NAMES_RE, extractPdfText } from './helpers/pdf-text.ts'

let temp: ReturnType<typeof makeTempDir>
let site: HostileSite
let reports: CompareReport[]
let timelines: PositionTimeline[]
beforeAll(async () => {
  temp = makeTempDir()
  site = await buildHostileSite(temp.dbPath, temp.dir)
  const options = { ignoreCase: false, ignorePunctuation: false }
  reports = [[2023, 2025], [2023, 2024], [2025, 2026]].map(([from, to]) => {
    const report = buildCompareReport(site.store, { kind: 'years', from: from!, to: to! }, options)
    if (!report.ok) throw new Error(report.error.message)
    return report.value
  })
  const all = buildAllTimelines(site.store, HOSTILE_SERIES, options)
  if (!all.ok) throw new Error(all.error.message)
  timelines = all.value
}, 60_000)
afterAll(() => {
  site.store.close()
  temp.cleanup()
})

/** What a report must carry through every format: the statements whole, labels, titles. */
function reportStrings(report: CompareReport) {
  const unchanged = report.positions.flatMap((p) => p.pairs.filter((pair) => pair.diff.every((op) => op.op === 'equal')).map((pair) => pair.from.text))
  return {
    labels: report.positions.map((p) => p.label),
    titles: [...report.from.documents, ...report.to.documents].map((d) => d.title),
    whole: [...unchanged, ...report.added.map((s) => s.text), ...report.removed.map((s) => s.text)],
    every: [...report.positions.flatMap((p) => p.pairs.flatMap((pair) => [pair.from.text, pair.to.text])), ...report.added.map((s) => s.text), ...report.removed.map((s) => s.text)],
  }
}

// ignoreBOM: keep the CSV's byte order mark, so a body compares equal to the renderer's string.
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
const asText = (body: string | Uint8Array) => (typeof body === 'string' ? body : decode(body))
/** CSV cells starting with = + - @ are prefixed with ' so spreadsheets read them as text (OWASP CSV injection). */
const asCell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)

describe('compare report exports of the hostile corpus', () => {
  test('json parses back to the report, every string exact', async () => {
    for (const report of reports) expect(JSON.parse(asText((await renderCompareReport(report, 'json')).body))).toEqual(report)
  })

  test('html: a self-contained page with no script, no handler, no external load; texts shown as text', async () => {
    for (const report of reports) {
      const inspected = inspectHtml(asText((await renderCompareReport(report, 'html')).body))
      expect(inspected.findings).toEqual(NO_FINDINGS)
      expect(inspected.elements.filter((e) => e.tagName === 'script' || e.tagName === 'link' || e.tagName === 'iframe')).toEqual([])
      const strings = reportStrings(report)
      for (const value of [...strings.labels, ...strings.titles, ...strings.every]) expect(inspected.visibleText).toContain(collapseSpace(value))
    }
  })

  test('md: no raw HTML or script link from the corpus reaches a Markdown renderer; texts readable', async () => {
    for (const report of reports) {
      const markdown = asText((await renderCompareReport(report, 'md')).body)
      expect(findLiveMarkdown(markdown)).toEqual([])
      const readable = collapseSpace(unescapeMarkdown(markdown))
      const strings = reportStrings(report)
      for (const value of [...strings.labels, ...strings.titles, ...strings.whole]) expect(readable).toContain(collapseSpace(value))
    }
  })

  test('csv: parses back (RFC 4180) to rectangular rows holding every statement exactly', async () => {
    for (const report of reports) {
      const rows = parseCsv(asText((await renderCompareReport(report, 'csv')).body), { bom: true, relax_column_count: false }) as string[][]
      expect(rows.length).toBeGreaterThan(1)
      const cells = new Set(rows.flat())
      const strings = reportStrings(report)
      for (const value of [...strings.every, ...strings.labels]) expect(cells.has(asCell(value)), value.slice(0, 80)).toBe(true)
    }
  })

  test('pdf: a real PDF with no active content; hostile text printed as text', async () => {
    for (const report of reports) {
      const rendered = await renderCompareReport(report, 'pdf')
      const bytes = rendered.body as Uint8Array
      expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
      expect(Buffer.from(bytes).toString('latin1')).not.toMatch(ACTIVE_PDF_NAMES_RE)
      // The PDF's fonts cover Latin text (marks, emoji and bidi controls are not checked here), and a
      // string long enough to cross a page break has the page footer inside it.
      const text = await extractPdfText(bytes)
      const printable = (value: string) => value.length < 300 && /^[\x20-\x7E\u00A0-\u00FF“”‘’]*$/.test(value)
      const strings = reportStrings(report)
      for (const value of [...strings.labels, ...strings.whole].filter(printable)) expect(withoutSpace(text)).toContain(withoutSpace(value))
    }
  }, 60_000)
})

describe('timeline exports of the hostile corpus', () => {
  test.each(TIMELINE_FORMATS)('%s', async (format) => {
    const body = asText((await renderTimelines(timelines, format)).body)
    const statements = timelines.flatMap((t) => t.steps.flatMap((step) => step.statements.map((s) => s.text)))
    const labels = timelines.map((t) => t.position.label)
    if (format === 'json') expect(JSON.parse(body)).toEqual(timelines)
    if (format === 'html') {
      const inspected = inspectHtml(body)
      expect(inspected.findings).toEqual(NO_FINDINGS)
      expect(inspected.elements.filter((e) => e.tagName === 'script')).toEqual([])
      for (const value of labels) expect(inspected.visibleText).toContain(collapseSpace(value))
      // Each year is an inline redline against the previous one: without deletions it reads as that year's wording.
      for (const value of statements) expect(inspected.textWithout(['del'])).toContain(withoutSpace(value))
    }
    if (format === 'md') {
      expect(findLiveMarkdown(body)).toEqual([])
      for (const value of labels) expect(collapseSpace(unescapeMarkdown(body))).toContain(collapseSpace(value))
    }
    if (format === 'csv') {
      // One row per position and year, carrying the year's first statement.
      const cells = new Set((parseCsv(body, { bom: true }) as string[][]).flat())
      const firsts = timelines.flatMap((t) => t.steps.flatMap((step) => step.statements.slice(0, 1).map((s) => s.text)))
      for (const value of [...labels, ...firsts]) expect(cells.has(asCell(value)), value.slice(0, 80)).toBe(true)
    }
  })
})

describe('downloads from the browser', () => {
  test.each(REPORT_FORMATS)('/compare/export as %s: the renderer\'s bytes, as an attachment', async (format) => {
    const response = await site.app.request(`http://localhost/compare/export?from=2023&to=2025&format=${format}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w.-]+"$/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    const body = new Uint8Array(await response.arrayBuffer())
    const expected = (await renderCompareReport(reports[0]!, format)).body
    if (format !== 'pdf') expect(decode(body)).toBe(expected)
    else expect(Buffer.from(body.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
  })

  test.each(TIMELINE_FORMATS)('/positions/:id/export and /timeline/export as %s', async (format) => {
    for (const path of [`/positions/${timelines[0]!.position.id}/export?format=${format}`, `/timeline/export?format=${format}&series=${encodeURIComponent(HOSTILE_SERIES)}`]) {
      const response = await site.app.request(`http://localhost${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w.-]+"$/)
    }
  })
})
