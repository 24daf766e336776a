import { Hono } from 'hono'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { exportRoutes } from '../../src/web/routes/export.ts'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { HOSTILE_DIR, importCorpus } from './corpus-store.ts'
import type { CompareReport } from '../../src/types.ts'
import { externalLoads } from './html-tree.ts'
import { pdfPages, squash } from './pdf-text.ts'
import { schemaErrors, validateCompareReport, validateTimelines } from './schema.ts'

let seeds: ReturnType<typeof importCorpus>
let app: Hono
beforeAll(() => {
  seeds = importCorpus(DOCUMENTS_DIR)
  app = new Hono().route('/', exportRoutes(seeds.store))
})
afterAll(() => seeds?.close())

const downloads = [
  { url: '/compare/export?from=2023&to=2025&format=json', type: 'application/json; charset=utf-8', name: 'redline-2023-vs-2025.json' },
  { url: '/compare/export?from=2023&to=2025&format=md', type: 'text/markdown; charset=utf-8', name: 'redline-2023-vs-2025.md' },
  { url: '/compare/export?from=2023&to=2025&format=html', type: 'text/html; charset=utf-8', name: 'redline-2023-vs-2025.html' },
  { url: '/compare/export?from=2023&to=2025&format=csv', type: 'text/csv; charset=utf-8; header=present', name: 'redline-2023-vs-2025.csv' },
  { url: '/compare/export?from=2023&to=2025&format=pdf', type: 'application/pdf', name: 'redline-2023-vs-2025.pdf' },
  { url: '/compare/export?from=2025&to=2023&format=md&view=inline&hideUnchanged=1&page=2', type: 'text/markdown; charset=utf-8', name: 'redline-2025-vs-2023.md' },
  { url: '/compare/export?fromDoc=1&toDoc=2&format=csv', type: 'text/csv; charset=utf-8; header=present', name: 'redline-document-1-vs-document-2.csv' },
  { url: '/compare/export?from=2023&to=2025&series=oic-contact-group-kashmir&format=json', type: 'application/json; charset=utf-8', name: 'redline-oic-contact-group-kashmir-2023-vs-2025.json' },
  { url: '/positions/1/export?format=csv', type: 'text/csv; charset=utf-8; header=present', name: 'redline-position-1-timeline.csv' },
  { url: '/positions/1/export?format=html&ignoreCase=1', type: 'text/html; charset=utf-8', name: 'redline-position-1-timeline.html' },
  { url: '/timeline/export?format=csv', type: 'text/csv; charset=utf-8; header=present', name: 'redline-oic-contact-group-kashmir-timelines.csv' },
  { url: '/timeline/export?format=json&series=oic-contact-group-kashmir', type: 'application/json; charset=utf-8', name: 'redline-oic-contact-group-kashmir-timelines.json' },
]

describe('export downloads', () => {
  test.each(downloads)('$url', async ({ url, type, name }) => {
    const res = await app.request(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe(type)
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="${name}"`)
    const body = new Uint8Array(await res.arrayBuffer())
    expect(body.length).toBeGreaterThan(200)
  })

  test('the bodies are the formats they claim', async () => {
    const json = await (await app.request('/compare/export?from=2023&to=2025&format=json')).json()
    expect(validateCompareReport(json), schemaErrors(validateCompareReport)).toBe(true)
    expect(json.from.year).toBe(2023)
    const pdf = new Uint8Array(await (await app.request('/compare/export?from=2023&to=2025&format=pdf')).arrayBuffer())
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    expect(externalLoads(await (await app.request('/compare/export?from=2023&to=2025&format=html')).text())).toEqual([])
    const timelines = await (await app.request('/timeline/export?format=json')).json()
    expect(validateTimelines(timelines), schemaErrors(validateTimelines)).toBe(true)
    const csv = parse(await (await app.request('/positions/1/export?format=csv')).text(), { bom: true, columns: true }) as Array<Record<string, string>>
    expect(csv.map((row) => row.year)).toEqual(['2023', '2025'])
  })

  test('view options in the URL carry into the export', async () => {
    const plain = await (await app.request('/compare/export?from=2023&to=2025&format=json')).json()
    const ignoring = await (await app.request('/compare/export?from=2023&to=2025&format=json&ignoreCase=1&ignorePunctuation=true')).json()
    expect(plain.options).toEqual({ ignoreCase: false, ignorePunctuation: false })
    expect(ignoring.options).toEqual({ ignoreCase: true, ignorePunctuation: true })
  })

  const refusals = [
    { url: '/compare/export?from=2023&to=2025', status: 400, message: /format: expected one of json, md, html, csv, pdf/ },
    { url: '/compare/export?from=2023&to=2025&format=docx', status: 400, message: /format/ },
    { url: '/compare/export?from=20x3&to=2025&format=md', status: 400, message: /from: "20x3" is not a year/ },
    { url: '/compare/export?format=md', status: 400, message: /choose two years/ },
    { url: '/compare/export?from=2023&to=2025&format=md&ignoreCase=maybe', status: 400, message: /ignoreCase/ },
    { url: '/compare/export?from=2023&to=2024&format=md', status: 404, message: /no documents of 2024/ },
    { url: '/compare/export?from=2023&to=2025&series=nope&format=md', status: 404, message: /no series "nope"/ },
    { url: '/compare/export?fromDoc=1&toDoc=999&format=md', status: 404, message: /no document with id 999/ },
    { url: '/positions/999999/export?format=csv', status: 404, message: /no position with id 999999/ },
    { url: '/positions/abc/export?format=csv', status: 400, message: /id: "abc" is not an id/ },
    { url: '/positions/1/export?format=pdf', status: 400, message: /format: expected one of json, md, html, csv/ },
    { url: '/timeline/export?format=csv&series=nope', status: 404, message: /no series "nope"/ },
  ]
  test.each(refusals)('$url → $status', async ({ url, status, message }) => {
    const res = await app.request(url)
    expect(res.status).toBe(status)
    expect(res.headers.get('Content-Disposition')).toBeNull()
    expect(await res.text()).toMatch(message)
  })
})

describe('export of a hostile corpus', () => {
  let hostile: ReturnType<typeof importCorpus>
  beforeAll(() => { hostile = importCorpus(HOSTILE_DIR) })
  afterAll(() => hostile?.close())

  test('every format downloads well formed, escaped, and under a plain ASCII file name', async () => {
    const hostileApp = new Hono().route('/', exportRoutes(hostile.store))
    const get = async (format: string) => {
      const res = await hostileApp.request(`/compare/export?from=2023&to=2025&format=${format}`)
      expect(res.status, format).toBe(200)
      expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="redline-2023-vs-2025.${format}"`)
      return res
    }
    const report = await (await get('json')).json()
    expect(validateCompareReport(report), schemaErrors(validateCompareReport)).toBe(true)
    const texts = report.positions.flatMap((p: CompareReport['positions'][number]) => p.pairs.map((pair) => pair.to.text))
    expect(texts.some((text: string) => text.includes('<script>'))).toBe(true)

    expect(externalLoads(await (await get('html')).text())).toEqual([])
    expect(await (await get('md')).text()).not.toMatch(/(?<!\\)<(?!\/?(?:ins|del)>)/)
    const rows = parse(await (await get('csv')).text(), { bom: true, columns: true }) as Array<Record<string, string>>
    expect(rows.filter((row) => row.status === 'persistent').map((row) => row.to_text)).toEqual(texts)
    expect(rows.every((row) => !/^[=+@-]/.test(row.from_text ?? '') && !/^[=+@-]/.test(row.to_text ?? ''))).toBe(true)
    const pdf = new Uint8Array(await (await get('pdf')).arrayBuffer())
    expect(squash((await pdfPages(pdf)).join(''))).toContain(squash('self-determination </textarea></title></style></script></noscript></pre>--> as prescribed'))

    const timelines = await hostileApp.request('/timeline/export?format=csv')
    expect(timelines.headers.get('Content-Disposition')).toBe('attachment; filename="redline-hostile-x-evil-amp-x-evil-series-q-timelines.csv"')
  })
})
