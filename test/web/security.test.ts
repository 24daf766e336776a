import { gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, test } from 'vitest'
import { SAME_ORIGIN, seededApp, uploadForm, type WebFixture } from './helpers.ts'

const THIRD_YEAR = `---
title: A third year
date: 2026-01-15
series: oic-contact-group-kashmir
---
The Contact Group reaffirmed the right to self-determination of the Kashmiri people.
`

let fixture: WebFixture | undefined
afterEach(() => fixture?.close())

const documentCount = () => fixture!.store.corpus.listCorpus().length
const post = (body: FormData, headers: Record<string, string> = SAME_ORIGIN) =>
  fixture!.app.request('/documents', { method: 'POST', body, headers })

describe('cross-site writes', () => {
  test.each<{ name: string; headers: Record<string, string> }>([
    { name: 'another origin', headers: { Origin: 'http://evil.example' } },
    { name: 'a cross-site fetch', headers: { 'Sec-Fetch-Site': 'cross-site' } },
    { name: 'no origin at all', headers: {} },
  ])('$name is refused with 403 and nothing is written', async ({ headers }) => {
    fixture = seededApp()
    const before = documentCount()
    const res = await post(uploadForm([{ name: 'x.txt', content: THIRD_YEAR }]), headers)
    expect(res.status).toBe(403)
    expect(await res.text()).toContain('cross-site request refused')
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
    expect(documentCount()).toBe(before)
  })

  test('a same-origin upload is accepted', async () => {
    fixture = seededApp()
    const res = await post(uploadForm([{ name: 'x.txt', content: THIRD_YEAR }]))
    expect(res.status).toBe(303)
    expect(documentCount()).toBe(3)
  })
})

describe('REDLINE_TOKEN', () => {
  test.each<{ name: string; headers: Record<string, string>; fields: Record<string, string>; status: number }>([
    { name: 'no token', headers: SAME_ORIGIN, fields: {}, status: 403 },
    { name: 'a wrong token', headers: { ...SAME_ORIGIN, 'X-Redline-Token': 'guess' }, fields: {}, status: 403 },
    { name: 'the token as a header', headers: { ...SAME_ORIGIN, 'X-Redline-Token': 's3cret' }, fields: {}, status: 303 },
    { name: 'the token as a form field', headers: SAME_ORIGIN, fields: { token: 's3cret' }, status: 303 },
  ])('$name → $status', async ({ headers, fields, status }) => {
    fixture = seededApp({ token: 's3cret' })
    const res = await post(uploadForm([{ name: 'x.txt', content: THIRD_YEAR }], fields), headers)
    expect(res.status).toBe(status)
    expect(documentCount()).toBe(status === 303 ? 3 : 2)
  })

  test('the upload form asks for the token only when one is set', async () => {
    fixture = seededApp({ token: 's3cret' })
    expect(await (await fixture.app.request('/')).text()).toContain('name="token"')
    fixture.close()
    fixture = seededApp()
    expect(await (await fixture.app.request('/')).text()).not.toContain('name="token"')
  })
})

describe('upload limits', () => {
  test('a request over the limit is refused with 413 naming the limit', async () => {
    fixture = seededApp({ maxBytes: 1000 })
    const res = await post(uploadForm([{ name: 'big.txt', content: 'word '.repeat(40_000) }], { date: '2026-01-01' }))
    expect(res.status).toBe(413)
    expect(await res.text()).toContain('limit of 1000 bytes per request (set by REDLINE_MAX_BYTES)')
    expect(documentCount()).toBe(2)
  })

  test('a document over the limit inside an accepted request is refused with 413 too', async () => {
    fixture = seededApp({ maxBytes: 1000 })
    const res = await post(uploadForm([{ name: 'big.txt', content: 'word '.repeat(400) }], { date: '2026-01-01' }))
    expect(res.status).toBe(413)
    expect(await res.text()).toContain('over the limit of 1000 bytes')
    expect(documentCount()).toBe(2)
  })

  test('too many files in one request are refused with 413 naming the limit', async () => {
    fixture = seededApp({ maxFiles: 2 })
    const files = [1, 2, 3].map((n) => ({ name: `2026-01-0${n}-x.txt`, content: `Statement number ${n}.` }))
    const res = await post(uploadForm(files))
    expect(res.status).toBe(413)
    expect(await res.text()).toContain('limit of 2 files per upload (set by REDLINE_MAX_FILES)')
    expect(documentCount()).toBe(2)
  })
})

describe('a page answered from the page cache', () => {
  test('carries the same security headers, Vary and body as when it was made', async () => {
    fixture = seededApp()
    const url = '/compare?from=2023&to=2025'
    const first = await fixture.app.request(url)
    const firstBody = await first.text()
    const again = await fixture.app.request(url)
    expect(await again.text()).toBe(firstBody)
    for (const name of ['Content-Security-Policy', 'X-Frame-Options', 'X-Content-Type-Options', 'Vary', 'Content-Type']) {
      expect(again.headers.get(name), name).toBe(first.headers.get(name))
    }
    expect(again.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
    expect(again.headers.get('Vary')).toBe('HX-Request, Accept-Encoding')
    expect(again.headers.get('Content-Length')).toBe(String(Buffer.byteLength(firstBody)))
  })

  test('a fragment and a whole page of one URL are kept apart', async () => {
    fixture = seededApp()
    const url = '/compare?from=2023&to=2025'
    const page = await (await fixture.app.request(url)).text()
    const fragment = await fixture.app.request(url, { headers: { 'HX-Request': 'true' } })
    expect(fragment.headers.get('HX-Push-Url')).toBe(url)
    expect(await fragment.text()).not.toContain('<html')
    expect(await (await fixture.app.request(url)).text()).toBe(page)
    expect(page).toContain('<html')
  })
})

describe('compression', () => {
  test('a client that accepts gzip gets the cached page compressed, others as it is', async () => {
    fixture = seededApp()
    const url = '/compare?from=2023&to=2025'
    const plain = await (await fixture.app.request(url)).text()
    const zipped = await fixture.app.request(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip')
    expect(zipped.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
    const bytes = new Uint8Array(await zipped.arrayBuffer())
    expect(Number(zipped.headers.get('Content-Length'))).toBe(bytes.byteLength)
    expect(bytes.byteLength).toBeLessThan(Buffer.byteLength(plain) / 2)
    expect(gunzipSync(bytes).toString('utf8')).toBe(plain)
    const again = await fixture.app.request(url)
    expect(again.headers.get('Content-Encoding')).toBeNull()
    expect(await again.text()).toBe(plain)
  })
})
