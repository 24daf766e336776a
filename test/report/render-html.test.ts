import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildAllTimelines, buildCompareReport } from '../../src/report/index.ts'
import { renderCompareReport, renderTimelines } from '../../src/report/render/index.ts'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { importCorpus, unwrap } from './corpus-store.ts'
import { HOSTILE, hostileReport, hostileTimelines } from './fixtures.ts'
import { attr, descendants, elements, externalLoads, textOf } from './html-tree.ts'

const OPTIONS = { ignoreCase: false, ignorePunctuation: false }
let corpus: ReturnType<typeof importCorpus>
beforeAll(() => { corpus = importCorpus(DOCUMENTS_DIR) })
afterAll(() => corpus?.close())

describe('HTML export', () => {
  test('the seed report is one self-contained page, side by side with <ins>/<del>', async () => {
    const report = unwrap(buildCompareReport(corpus.store, { kind: 'years', from: 2023, to: 2025 }, OPTIONS))
    const html = (await renderCompareReport(report, 'html')).body as string
    expect(html.startsWith('<!doctype html>')).toBe(true)
    const all = elements(html)
    expect(externalLoads(html)).toEqual([])
    expect(all.filter((e) => e.tagName === 'style')).toHaveLength(1)
    expect(textOf(all.find((e) => e.tagName === 'style')!)).toContain('@media print')
    const csp = all.find((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy')
    expect(attr(csp!, 'content')).toContain("default-src 'none'")

    const pairs = report.positions.reduce((sum, position) => sum + position.pairs.length, 0)
    const tables = all.filter((e) => e.tagName === 'table' && attr(e, 'class') === 'pair')
    expect(tables).toHaveLength(pairs)
    // Deletions only on the left, insertions only on the right.
    for (const table of tables) {
      const [left, right] = descendants(table).filter((e) => e.tagName === 'td').map(descendants)
      expect(left!.some((e) => e.tagName === 'ins') || right!.some((e) => e.tagName === 'del')).toBe(false)
    }
    expect(all.filter((e) => e.tagName === 'ins').length).toBeGreaterThan(2)
    expect(all.filter((e) => e.tagName === 'del').length).toBeGreaterThan(2)

    const text = textOf(all.find((e) => e.tagName === 'body')!)
    for (const position of report.positions) expect(text).toContain(position.label)
    for (const id of ['summary', 'positions', 'dropped', 'new', 'term-shifts']) expect(all.some((e) => attr(e, 'id') === id)).toBe(true)
  })

  test('hostile text is text: parsed back it reads as written, and creates no element or attribute', async () => {
    const html = (await renderCompareReport(hostileReport(), 'html')).body as string
    expect(externalLoads(html)).toEqual([])
    const all = elements(html)
    expect(new Set(all.map((e) => e.tagName))).toEqual(new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'p', 'h1', 'dl',
      'dt', 'dd', 'del', 'ins', 'section', 'h2', 'table', 'tbody', 'tr', 'td', 'article', 'h3', 'span', 'thead', 'th', 'ul', 'li', 'strong', 'bdi']))
    const body = textOf(all.find((e) => e.tagName === 'body')!)
    for (const value of [HOSTILE.script, HOSTILE.attribute, HOSTILE.link, HOSTILE.formula, HOSTILE.unicode]) expect(body).toContain(value)
    expect(textOf(all.find((e) => e.tagName === 'title')!)).toBe(`Redline: series ${HOSTILE.script}: 2023 → 2025`)
    // A right-to-left override in a title stays inside its <bdi> and cannot reverse the date after it.
    const titles = all.filter((e) => e.tagName === 'dd').map((dd) => descendants(dd).find((e) => e.tagName === 'bdi'))
    expect(titles.map((bdi) => textOf(bdi!))).toEqual(hostileReport().from.documents.concat(hostileReport().to.documents).map((d) => d.title))
    const sides = all.filter((e) => e.tagName === 'td' && attr(e, 'data-side'))
    expect(sides.map((e) => attr(e, 'data-side'))).toEqual(['2023', '2025', '2023', '2025'])
  })

  test('timelines: every position and year, gaps marked, diffs as <ins>/<del>', async () => {
    const timelines = unwrap(buildAllTimelines(corpus.store, undefined, OPTIONS))
    const html = (await renderTimelines(timelines, 'html')).body as string
    expect(externalLoads(html)).toEqual([])
    const items = elements(html).filter((e) => e.tagName === 'li')
    expect(items).toHaveLength(timelines.reduce((sum, timeline) => sum + timeline.steps.length, 0))
    const hostile = (await renderTimelines(hostileTimelines(), 'html')).body as string
    const hostileElements = elements(hostile)
    expect(externalLoads(hostile)).toEqual([])
    expect(hostileElements.filter((e) => e.tagName === 'li' && attr(e, 'class') === 'gap').map(textOf)).toEqual(['2024 absent'])
    expect(hostileElements.filter((e) => e.tagName === 'ins').map(textOf)).toContain(HOSTILE.script)
  })
})
