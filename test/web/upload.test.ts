import { afterEach, describe, expect, test } from 'vitest'
import { SAME_ORIGIN, seededApp, uploadForm, type WebFixture } from './helpers.ts'

let fixture: WebFixture | undefined
afterEach(() => fixture?.close())

const post = (body: FormData, headers: Record<string, string> = {}) =>
  fixture!.app.request('/documents', { method: 'POST', body, headers: { ...SAME_ORIGIN, ...headers } })

/** Each kind of bad upload: its status, a message that says what is wrong, and nothing written. */
const BAD_UPLOADS: Array<{ name: string; file: { name: string; content: string | Uint8Array }; fields: Record<string, string>; status: number; message: string }> = [
  { name: 'invalid UTF-8', file: { name: '2026-01-01-bad.txt', content: new Uint8Array([0x41, 0xff, 0xfe, 0x42]) }, fields: {}, status: 400, message: 'UTF-8' },
  { name: 'an empty text', file: { name: '2026-01-01-empty.txt', content: '   \n\n ' }, fields: {}, status: 400, message: 'no text' },
  { name: 'no date anywhere', file: { name: 'undated.txt', content: 'A statement.' }, fields: {}, status: 400, message: 'no date' },
  { name: 'a date that does not exist', file: { name: 'x.txt', content: 'A statement.' }, fields: { date: '2025-02-30' }, status: 400, message: '2025-02-30' },
  { name: 'an unknown format', file: { name: '2026-01-01.pdf', content: '%PDF-1.4' }, fields: {}, status: 400, message: 'unknown format' },
  { name: 'no file chosen', file: { name: '', content: '' }, fields: {}, status: 400, message: 'choose a file' },
]

describe('POST /documents refuses bad input beside the form', () => {
  test.each(BAD_UPLOADS)('$name → $status', async ({ file, fields, status, message }) => {
    fixture = seededApp()
    const res = await post(uploadForm([file], fields))
    expect(res.status).toBe(status)
    const body = await res.text()
    expect(body).toContain(message)
    expect(body).toContain('id="upload-status"') // the home page with the error next to the form
    expect(fixture.store.corpus.listCorpus()).toHaveLength(2)
  })

  test.each(BAD_UPLOADS)('$name, through htmx, answers the note alone', async ({ file, fields, status, message }) => {
    fixture = seededApp()
    const res = await post(uploadForm([file], fields), { 'HX-Request': 'true' })
    expect(res.status).toBe(status)
    const body = await res.text()
    expect(body).toMatch(/^<p class="error-note" role="alert">/)
    expect(body).toContain(message)
  })
})

describe('POST /documents imports as the CLI does', () => {
  test('a third year is stored, aligned, and shown in the comparison', async () => {
    fixture = seededApp()
    const res = await post(uploadForm([{ name: 'statement.txt', content: 'The Contact Group reaffirmed the right to self-determination of the people of Jammu and Kashmir.\n' }],
      { date: '2026-03-01', title: 'Third year', issuer: 'Test', series: 'oic-contact-group-kashmir' }))
    expect(res.status).toBe(303)
    const location = res.headers.get('Location')!
    expect(location).toMatch(/^\/documents\/\d+$/)
    const page = await (await fixture.app.request(location)).text()
    expect(page).toContain('Third year')
    const report = await (await fixture.app.request('/api/compare?from=2025&to=2026')).json()
    expect(report.to.documents[0].title).toBe('Third year')
    const texts = [...report.positions.flatMap((p: { pairs: Array<{ to: { text: string } }> }) => p.pairs.map((pair) => pair.to.text)),
      ...report.added.map((s: { text: string }) => s.text)]
    expect(texts.join(' ')).toContain('self-determination of the people of Jammu and Kashmir')
  })

  test('a comparison seen before the upload is not served stale after it', async () => {
    fixture = seededApp()
    const before = await (await fixture.app.request('/api/compare?from=2023&to=2025')).json()
    expect(before.to.documents).toHaveLength(1)
    await post(uploadForm([{ name: '2025-12-01-late.txt', content: 'A late statement on the right to self-determination.' }], { series: 'oic-contact-group-kashmir' }))
    const after = await (await fixture.app.request('/api/compare?from=2023&to=2025')).json()
    expect(after.to.documents).toHaveLength(2)
  })

  test('htmx is sent to the new document by HX-Redirect', async () => {
    fixture = seededApp()
    const res = await post(uploadForm([{ name: '2026-01-01-x.txt', content: 'A new statement.' }], { series: 'oic-contact-group-kashmir' }), { 'HX-Request': 'true' })
    expect(res.status).toBe(200)
    expect(res.headers.get('HX-Redirect')).toMatch(/^\/documents\/3$/)
  })

  test('the form series fills in only when the file names none', async () => {
    fixture = seededApp()
    await post(uploadForm([{ name: 'a.md', content: '---\ndate: 2026-01-01\nseries: own\n---\nA statement.' }], { series: 'oic-contact-group-kashmir' }))
    expect(fixture.store.corpus.listCorpus().at(-1)!.series).toBe('own')
  })
})
