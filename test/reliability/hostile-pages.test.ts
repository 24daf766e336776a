import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCompareReport, buildTimeline } from '../../src/report/index.ts'
import type { CompareReport, DocumentRecord } from '../../src/types.ts'
import { makeTempDir } from '../helpers/temp-db.ts'
import { buildHostileSite, HOSTILE_SERIES, UPLOAD, type HostileSite } from './helpers/hostile-db.ts'
import { attribute, collapseSpace, inspectHtml, NO_FINDINGS, withoutSpace, type InspectedHtml } from './helpers/html-safety.ts'

let temp: ReturnType<typeof makeTempDir>
let site: HostileSite
let documents: DocumentRecord[]
beforeAll(async () => {
  temp = makeTempDir()
  site = await buildHostileSite(temp.dbPath, temp.dir)
  documents = site.store.corpus.listCorpus().map((entry) => site.store.documents.getDocument(entry.id)!)
}, 60_000)
afterAll(() => {
  site.store.close()
  temp.cleanup()
})

const NO_OPTIONS = { ignoreCase: false, ignorePunctuation: false }

/** Requests a page, checks its status, and parses it: nothing in it may run code. */
async function page(path: string, { status = 200, htmx = false } = {}): Promise<InspectedHtml> {
  const response = await site.app.request(`http://localhost${path}`, { headers: htmx ? { 'HX-Request': 'true' } : {} })
  const html = await response.text()
  expect(response.status, `${path}: ${html.slice(0, 300)}`).toBe(status)
  expect(response.headers.get('content-type')).toMatch(/^text\/html/)
  // Second line of defence: were something to slip through, the policy must not let it run.
  expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/)
  const inspected = inspectHtml(html, { fragment: htmx })
  expect(inspected.findings, path).toEqual(NO_FINDINGS)
  return inspected
}

/** Every stored string must reach the reader as text, exactly (modulo HTML's whitespace collapsing). */
function expectShown(inspected: InspectedHtml, strings: Array<string | null>, where: string): void {
  for (const value of strings) if (value !== null) expect(inspected.visibleText, where).toContain(collapseSpace(value))
}

function inputValue(inspected: InspectedHtml, name: string): string | null {
  const input = inspected.elements.find((element) => element.tagName === 'input' && attribute(element, 'name') === name)
  return input ? attribute(input, 'value') : null
}

describe('the hostile corpus imported through the real pipeline', () => {
  test('arrived whole: markup kept as text, the HTML file\'s own markup dropped', () => {
    expect(documents.map((d) => d.year)).toEqual([2023, 2024, 2025, 2026])
    const texts = documents.map((d) => d.text).join('\n')
    expect(texts).toContain(`<script>alert('xss-body')</script>`)
    expect(texts).toContain('\u202Etxt.exe')
    expect(texts).not.toContain('xss-real-')
    expect(site.store.alignment.listPositions(HOSTILE_SERIES).some((p) => p.label.startsWith(`<script>alert('xss-label')</script>`))).toBe(true)
    expect(documents.at(-1)).toMatchObject({ title: UPLOAD.title, issuer: UPLOAD.issuer.replace(/\s+/g, ' ').trim(), fileName: UPLOAD.fileName })
  })
})

describe('every page shows hostile text as text and runs none of it', () => {
  test('home', async () => {
    const home = await page('/')
    expectShown(home, documents.flatMap((d) => [d.title, d.issuer]), 'home')
  })

  test('each document page, with its statements, speakers, metadata and file name', async () => {
    for (const document of documents) {
      const shown = await page(`/documents/${document.id}`)
      const statements = site.store.documents.getStatements(document.id)
      expectShown(shown, [document.title, document.issuer, document.kind, document.series, document.fileName], `document ${document.id}`)
      expectShown(shown, statements.flatMap((s) => [s.text, s.speaker]), `document ${document.id}`)
      expect(statements.some((s) => s.speaker !== null) || document.id === documents.at(-1)!.id).toBe(true)
    }
  })

  test('each original downloads as an attachment, never rendered as a page of this site', async () => {
    for (const document of documents) {
      const response = await site.app.request(`http://localhost/documents/${document.id}/original`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-disposition')).toMatch(/^attachment;/)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await response.text()).toBe(site.store.documents.getOriginal(document.id)!.original)
    }
  })

  const compareViews = ['', '&view=inline', '&ignoreCase=1&ignorePunctuation=1', '&hideUnchanged=1', `&substantive=1&threshold=0&ignoreWords=${encodeURIComponent(`<script>alert('w')</script>, “the”`)}`]
  test.each(compareViews)('compare, every pair of years (view options: %s)', async (options) => {
    const years = [...new Set(documents.map((d) => d.year))]
    for (const [from, to] of years.flatMap((a, i) => years.slice(i + 1).map((b) => [a, b] as const))) {
      const shown = await page(`/compare?from=${from}&to=${to}${options}`)
      if (options !== '') continue
      const report = buildCompareReport(site.store, { kind: 'years', from, to }, NO_OPTIONS)
      expect(report.ok).toBe(true)
      const { positions, added, removed } = (report as { value: CompareReport }).value
      expectShown(shown, positions.map((p) => p.label), `compare ${from}→${to} labels`)
      expectShown(shown, positions.flatMap((p) => p.pairs.flatMap((pair) => [pair.from.text, pair.to.text])), `compare ${from}→${to} pairs`)
      expectShown(shown, [...added, ...removed].map((s) => s.text), `compare ${from}→${to} unpaired`)
    }
  })

  test('/api/compare gives the report itself, every string exact', async () => {
    for (const [from, to] of [[2023, 2025], [2025, 2026]]) {
      const response = await site.app.request(`http://localhost/api/compare?from=${from}&to=${to}`)
      expect(response.status).toBe(200)
      const report = buildCompareReport(site.store, { kind: 'years', from: from!, to: to! }, NO_OPTIONS)
      expect(await response.json()).toEqual(JSON.parse(JSON.stringify(report.ok && report.value)))
    }
  })

  test('compare fragments that htmx swaps in', async () => {
    for (const part of ['', '&part=rows', '&part=added', '&part=removed']) await page(`/compare?from=2023&to=2025${part}`, { htmx: true })
    const [first, last] = [documents[0]!, documents[2]!]
    await page(`/compare?fromDoc=${first.id}&toDoc=${last.id}`)
  })

  test('each position page and its fragment', async () => {
    const positions = site.store.alignment.listPositions(HOSTILE_SERIES)
    expect(positions.length).toBeGreaterThan(2)
    for (const position of positions) {
      const shown = await page(`/positions/${position.id}`)
      const timeline = buildTimeline(site.store, position.id, NO_OPTIONS)
      expect(timeline.ok).toBe(true)
      if (!timeline.ok) continue
      expectShown(shown, [position.label], `position ${position.id}`)
      // Each year is an inline redline against the previous one: without its deletions it reads as that year's wording.
      const wording = shown.textWithout(['del'])
      for (const step of timeline.value.steps) {
        for (const statement of step.statements) expect(wording, `position ${position.id}, ${step.year}`).toContain(withoutSpace(statement.text))
      }
      await page(`/positions/${position.id}?ignoreCase=1`, { htmx: true })
    }
  })

  const queries = [`<script>alert('q')</script>`, `"><img src=x onerror=alert('q')>`, 'alert', 'self-determination', `'single' “curly”`, '\u202Etxt', 'javascript:alert(1)']
  test.each(queries)('search for %s: the query round-trips into the box, hits shown as text', async (q) => {
    const shown = await page(`/search?q=${encodeURIComponent(q)}`)
    expect(inputValue(shown, 'q')).toBe(q)
    await page(`/search?q=${encodeURIComponent(q)}`, { htmx: true })
  })

  test('search filtered by a hostile speaker and series', async () => {
    const speaker = site.store.search.listSpeakers().find((name) => name.includes("D'Artagnan"))
    expect(speaker).toBeDefined()
    const shown = await page(`/search?q=peace&speaker=${encodeURIComponent(speaker!)}&series=${encodeURIComponent(HOSTILE_SERIES)}`)
    expectShown(shown, [speaker!], 'search by speaker')
    expect(shown.visibleText).toContain('<iframe src="javascript:alert(\'xss-frame')
  })

  test('trends with hostile terms', async () => {
    const terms = `<script>alert('t')</script>, alert, “curly”, self-determination`
    const shown = await page(`/trends?terms=${encodeURIComponent(terms)}`)
    expect(inputValue(shown, 'terms')).toBe(terms)
    expectShown(shown, site.store.alignment.listPositions(HOSTILE_SERIES).map((p) => p.label), 'trends grid')
    await page(`/trends?series=${encodeURIComponent(HOSTILE_SERIES)}`)
  })

  test('a refused upload whose file name is hostile: the message names it as text', async () => {
    const name = `"><img src=x onerror=alert('xss-name')>.docx`
    for (const htmx of [false, true]) {
      const form = new FormData()
      form.append('file', new File(['Peace.'], name))
      const response = await site.app.request('http://localhost/documents', {
        method: 'POST', body: form, headers: { Origin: 'http://localhost', ...(htmx ? { 'HX-Request': 'true' } : {}) },
      })
      expect(response.status).toBe(400)
      const shown = inspectHtml(await response.text(), { fragment: htmx })
      expect(shown.findings).toEqual(NO_FINDINGS)
      expect(shown.visibleText).toContain(`${name}: unknown format ".docx"`)
    }
  })

  const refused = [
    { path: `/compare?from=${encodeURIComponent(`<script>alert('y')</script>`)}&to=2025`, status: 400 },
    { path: `/compare?from=2023&to=2025&series=${encodeURIComponent(`<img src=x onerror=alert('s')>`)}`, status: 404 },
    { path: `/documents/${encodeURIComponent(`<script>alert('id')</script>`)}`, status: 400 },
    { path: '/documents/999999', status: 404 },
    { path: '/positions/999999', status: 404 },
    { path: `/search?year=${encodeURIComponent(`"><script>alert('y')</script>`)}`, status: 400 },
    { path: `/trends?series=${encodeURIComponent(`<x-evil onclick=alert(1)>`)}`, status: 404 },
    { path: `/nowhere/${encodeURIComponent(`<img src=x onerror=alert('path')>`)}`, status: 404 },
  ]
  test.each(refused)('error page for $path echoes nothing live', async ({ path, status }) => {
    await page(path, { status })
    await page(path, { status, htmx: true })
  })
})
