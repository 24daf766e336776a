import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCompareReport } from '../../src/report/index.ts'
import { renderCompareReport } from '../../src/report/render/index.ts'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { importCorpus, unwrap } from './corpus-store.ts'
import { HOSTILE, hostileReport } from './fixtures.ts'
import { pdfPages, squash } from './pdf-text.ts'

const OPTIONS = { ignoreCase: false, ignorePunctuation: false }
let corpus: ReturnType<typeof importCorpus>
beforeAll(() => { corpus = importCorpus(DOCUMENTS_DIR) })
afterAll(() => corpus?.close())

const header = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1')

describe('PDF export', () => {
  test('the seed report: a PDF of several numbered pages with the summary and every position label', async () => {
    const report = unwrap(buildCompareReport(corpus.store, { kind: 'years', from: 2023, to: 2025 }, OPTIONS))
    const rendered = await renderCompareReport(report, 'pdf')
    expect(rendered.contentType).toBe('application/pdf')
    const bytes = rendered.body as Uint8Array
    expect(header(bytes)).toBe('%PDF-')
    const pages = await pdfPages(bytes)
    expect(pages.length).toBeGreaterThanOrEqual(2)
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`))
    expect(squash(pages[0]!)).toContain('REDLINECHANGEREPORT')
    expect(squash(pages[0]!)).toContain(squash(`Positions restated${report.summary.persistent}`))
    const body = squash(pages.slice(1).join(' '))
    for (const position of report.positions) expect(body).toContain(squash(position.label))
    // The seed texts' typography survives: the font covers ’ “ ” – and ğ ü.
    const all = pages.join(' ')
    for (const character of ['’', '“', '”']) expect(all).toContain(character)
  })

  test('hostile text prints as text, wrapped, and the file stays a valid PDF', async () => {
    const pages = await pdfPages((await renderCompareReport(hostileReport(), 'pdf')).body as Uint8Array)
    const all = squash(pages.join(' '))
    for (const value of [HOSTILE.script, HOSTILE.formula, 'Türkiye’nin']) expect(all).toContain(squash(value))
    expect(all).toContain(squash('one, "two", three four five'))
  })
})
