import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCompareReport } from '../../src/report/index.ts'
import { renderCompareReport } from '../../src/report/render/index.ts'
import { seededApp, type WebFixture } from './helpers.ts'

let fixture: WebFixture
beforeAll(() => { fixture = seededApp() })
afterAll(() => fixture.close())

/** Every page and its refusals: a bad value is a 400, an unknown id a 404, never a 500. */
const PAGES: Array<{ url: string; status: number; contains?: string[] }> = [
  { url: '/', status: 200, contains: ['Compare 2023 → 2025', 'href="/compare?from=2023&amp;to=2025"', 'action="/documents"'] },
  { url: '/compare?from=2023&to=2025', status: 200, contains: ['<del>', '<ins>', '[deleted: </span>', 'Dropped in 2025', 'New in 2025', '<td><del>IIOJ&amp;K</del></td><td><ins>IIOJK</ins></td>'] },
  { url: '/compare?from=2025&to=2023', status: 200 },
  { url: '/compare?from=2023&to=2025&view=inline&ignoreCase=1&ignorePunctuation=1&hideUnchanged=1', status: 200, contains: ['class="rows inline"'] },
  { url: '/compare?from=2023&to=2025&substantive=1&threshold=50&ignoreWords=the%2C+and', status: 200 },
  { url: '/compare?from=2023&to=2025&page=99&addedPage=5', status: 200 },
  { url: '/compare?fromDoc=1&toDoc=2', status: 200, contains: ['Compare whole years'] },
  { url: '/compare?from=2023&to=2024', status: 404, contains: ['no documents of 2024'] },
  { url: '/compare?from=2023&to=2025&series=nope', status: 404 },
  { url: '/compare?fromDoc=1&toDoc=999', status: 404 },
  { url: '/compare?from=abc&to=2025', status: 400, contains: ['&quot;abc&quot; is not a year'] },
  { url: '/compare?from=12023&to=2025', status: 400 },
  { url: '/compare?from=2023&to=2023', status: 400, contains: ['itself'] },
  { url: '/compare?from=2023', status: 400 },
  { url: '/compare?from=2023&to=2025&threshold=500', status: 400 },
  { url: '/compare?from=2023&to=2025&from=2024', status: 400 },
  { url: '/positions/1', status: 200, contains: ['Permalink', 'class="timeline"', '/positions/1/export?format=csv'] },
  { url: '/positions/1?ignoreCase=1', status: 200, contains: ['/positions/1/export?ignoreCase=1&amp;format=md'] },
  { url: '/positions/99999', status: 404 },
  { url: '/positions/abc', status: 400 },
  { url: '/positions/1?ignoreCase=yes', status: 400 },
  { url: '/documents/1', status: 200, contains: ['id="s', 'class="chip position"', '/documents/1/original'] },
  { url: '/documents/2', status: 200, contains: ['href="/compare?from=2023&amp;to=2025">Compare with the previous year'] },
  { url: '/documents/999', status: 404 },
  { url: '/documents/0', status: 400 },
  { url: '/documents/1.5', status: 400 },
  { url: '/documents/999/original', status: 404 },
  { url: '/search', status: 200 },
  { url: '/search?q=%22fact-finding+mission%22', status: 200, contains: ['<mark>fact-finding mission</mark>', '/documents/2#s'] },
  { url: '/search?q=dialogue&year=2025', status: 200, contains: ['<mark>'] },
  { url: '/search?q=dialogue&year=20x5', status: 400 },
  { url: '/trends', status: 200, contains: ['Positions by year'] },
  { url: '/trends?terms=dialogue,self-determination', status: 200, contains: ['<svg', '<polyline', 'first used 2023; still used in 2025', 'new in 2025', '/timeline/export?format=csv&amp;series=oic-contact-group-kashmir'] },
  { url: '/trends?terms=x&series=nope', status: 404 },
  { url: '/trends?page=x', status: 400 },
  { url: '/api/compare?from=2023&to=2025', status: 200 },
  { url: '/api/compare?from=2023', status: 400 },
  { url: '/api/compare?from=2023&to=1999', status: 404 },
  { url: '/compare/export?from=2023&to=2025&format=md', status: 200 },
  { url: '/assets/htmx.js', status: 200 },
  { url: '/assets/style.css', status: 200 },
  { url: '/assets/pages.css', status: 200 },
  { url: '/assets/app.js', status: 200 },
  { url: '/assets/nope.js', status: 404 },
  { url: '/no/such/page', status: 404 },
]

describe('pages', () => {
  test.each(PAGES)('$url → $status', async ({ url, status, contains }) => {
    const res = await fixture.app.request(url)
    expect(res.status).toBe(status)
    const body = await res.text()
    expect(body).not.toMatch(/at [\w.]+ \(.*:\d+:\d+\)/) // never a stack trace
    for (const text of contains ?? []) expect(body).toContain(text)
  })

  test.each(PAGES)('$url carries the security headers', async ({ url }) => {
    const res = await fixture.app.request(url)
    const csp = res.headers.get('Content-Security-Policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('X-Frame-Options')).toBe('DENY')
  })
})

describe('/compare', () => {
  test('with no years opens the latest two, under their own URL', async () => {
    const res = await fixture.app.request('/compare')
    expect(res.status).toBe(302)
    expect(res.headers.get('Location')).toBe('/compare?from=2023&to=2025')
  })

  test('an htmx toggle gets the view alone and the canonical URL to push', async () => {
    const res = await fixture.app.request('/compare?from=2023&to=2025&ignoreCase=on&threshold=10&ignoreWords=&view=side', { headers: { 'HX-Request': 'true' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('HX-Push-Url')).toBe('/compare?from=2023&to=2025&ignoreCase=1')
    const body = await res.text()
    expect(body).not.toContain('<html')
    expect(body).toContain('<del>')
  })

  test('the same URL answers a page to a browser and a fragment to htmx, cached or not', async () => {
    const url = '/compare?from=2023&to=2025&hideUnchanged=1'
    for (let round = 0; round < 2; round++) {
      expect(await (await fixture.app.request(url)).text()).toContain('<html')
      expect(await (await fixture.app.request(url, { headers: { 'HX-Request': 'true' } })).text()).not.toContain('<html')
    }
  })

  test('a history restore gets the whole page', async () => {
    const res = await fixture.app.request('/compare?from=2023&to=2025', { headers: { 'HX-Request': 'true', 'HX-History-Restore-Request': 'true' } })
    expect(await res.text()).toContain('<html')
  })

  test('an htmx request for a bad year gets the message as a fragment', async () => {
    const res = await fixture.app.request('/compare?from=2023&to=abcd', { headers: { 'HX-Request': 'true' } })
    expect(res.status).toBe(400)
    const body = await res.text()
    expect(body).toContain('role="alert"')
    expect(body).not.toContain('<html')
  })

  test('ignore case changes the marks', async () => {
    const marks = async (url: string) => ((await (await fixture.app.request(url)).text()).match(/<(del|ins)>/g) ?? []).length
    const plain = await marks('/compare?from=2023&to=2025')
    const ignoring = await marks('/compare?from=2023&to=2025&ignoreCase=1&ignorePunctuation=1')
    expect(plain).toBeGreaterThan(0)
    expect(ignoring).toBeLessThan(plain)
  })
})

describe('/api/compare', () => {
  test('is exactly the report the CLI prints as JSON', async () => {
    const res = await fixture.app.request('/api/compare?from=2023&to=2025')
    const report = buildCompareReport(fixture.store, { kind: 'years', from: 2023, to: 2025 }, { ignoreCase: false, ignorePunctuation: false })
    if (!report.ok) throw new Error(report.error.message)
    const cli = await renderCompareReport(report.value, 'json')
    expect(await res.json()).toEqual(JSON.parse(String(cli.body)))
  })

  test('errors are JSON too', async () => {
    const res = await fixture.app.request('/api/compare?from=2023&to=1999')
    expect(res.headers.get('Content-Type')).toContain('application/json')
    expect((await res.json()).error).toContain('1999')
  })
})

describe('/documents/:id/original', () => {
  test('downloads the file as imported, as an attachment', async () => {
    const res = await fixture.app.request('/documents/1/original')
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment; filename="2023-02-03-oic-contact-group-meeting.txt"/)
    expect(await res.text()).toMatch(/^---\ntitle: Meeting of the Members of OIC Contact Group/)
  })
})
