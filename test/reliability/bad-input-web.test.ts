import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readDocuments } from '../../src/ingest/index.ts'
import { importDocuments } from '../../src/pipeline/import-documents.ts'
import { openStore, type Store } from '../../src/store/index.ts'
import { createApp } from '../../src/web/app.tsx'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { makeTempDir } from '../helpers/temp-db.ts'
import { BAD_INPUTS, WEB_MAX_BYTES } from './helpers/bad-inputs.ts'
import { readDatabaseState, watchCommits } from './helpers/db-state.ts'
import { inspectHtml, NO_FINDINGS } from './helpers/html-safety.ts'

const MAX_FILES = 3
let temp: ReturnType<typeof makeTempDir>
let store: Store
let app: ReturnType<typeof createApp>
beforeAll(() => {
  temp = makeTempDir()
  store = openStore(temp.dbPath)
  const seeds = readDocuments([DOCUMENTS_DIR])
  if (!seeds.ok) throw new Error(seeds.error.message)
  expect(importDocuments(store, seeds.value).ok).toBe(true)
  app = createApp({ store, settings: { maxBytes: WEB_MAX_BYTES, maxFiles: MAX_FILES, token: null } })
})
afterAll(() => {
  store.close()
  temp.cleanup()
})

interface Part { name: string; bytes: Uint8Array | string }

function post(body: BodyInit, headers: Record<string, string> = {}) {
  // A stream body needs `duplex` (Fetch standard); undici refuses it otherwise.
  const init = { method: 'POST', body, headers: { Origin: 'http://localhost', ...headers }, duplex: 'half' } as RequestInit
  return app.request('http://localhost/documents', init)
}

function form(files: Part[], fields: Record<string, string> = {}): FormData {
  const data = new FormData()
  for (const file of files) data.append('file', new File([file.bytes as BlobPart], file.name, { type: 'text/plain' }))
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  return data
}

/**
 * Sends one refused upload twice, as a plain form post (the whole home page comes back with the
 * error beside the form) and as htmx (just the note): status, message, and nothing written.
 */
async function expectRefused(body: () => BodyInit, status: number, message: RegExp, headers: Record<string, string> = {}): Promise<void> {
  const before = readDatabaseState(temp.dbPath)
  const watch = watchCommits(temp.dbPath)
  try {
    for (const htmx of [false, true]) {
      const response = await post(body(), { ...headers, ...(htmx ? { 'HX-Request': 'true' } : {}) })
      const html = await response.text()
      expect(response.status, html.slice(0, 400)).toBe(status)
      const page = inspectHtml(html, { fragment: htmx })
      expect(page.findings).toEqual(NO_FINDINGS)
      expect(page.visibleText).toMatch(message)
      expect(html).not.toMatch(/at \S+\.(ts|js):\d+|Error:|SqliteError/)
    }
    expect(watch.committed()).toBe(false)
  } finally {
    watch.close()
  }
  expect(readDatabaseState(temp.dbPath)).toEqual(before)
}

describe('POST /documents refuses bad input with its status and message, writing nothing', () => {
  test.each(BAD_INPUTS)('$name', async ({ fileName, bytes, message, status }) => {
    await expectRefused(() => form([{ name: fileName, bytes }]), status, message)
  })

  test('a file one byte over the per-document limit: 413 naming the limit', async () => {
    await expectRefused(() => form([{ name: '2024-01-01-big.txt', bytes: 'a'.repeat(WEB_MAX_BYTES + 1) }]), 413,
      new RegExp(`${WEB_MAX_BYTES + 1} bytes is over the limit of ${WEB_MAX_BYTES} bytes per document`))
  })

  test('a request far over the limit: 413 before the body is read, naming the limit and its setting', async () => {
    await expectRefused(() => form([{ name: '2024-01-01-huge.txt', bytes: 'a'.repeat(WEB_MAX_BYTES + 200 * 1024) }]), 413,
      /larger than the limit of 4 KB per request \(set by REDLINE_MAX_BYTES\)/)
  })

  test('a streamed (chunked) request far over the limit, with no Content-Length to trust', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(64 * 1024))
    const stream = () => new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 32; i++) controller.enqueue(chunk)
        controller.close()
      },
    })
    await expectRefused(() => stream(), 413, /larger than the limit of 4 KB per request/, { 'Content-Type': 'multipart/form-data; boundary=x' })
  })

  test(`more than ${MAX_FILES} files: 413 naming the limit`, async () => {
    const files = Array.from({ length: MAX_FILES + 1 }, (_, i) => ({ name: `2024-02-0${i + 1}-part.txt`, bytes: 'Peace and dialogue.' }))
    await expectRefused(() => form(files), 413, new RegExp(`${MAX_FILES + 1} files is over the limit of ${MAX_FILES} files per upload`))
  })

  test('one bad file among good ones: none is imported', async () => {
    await expectRefused(() => form([{ name: '2024-03-01-good.txt', bytes: 'A good statement about dialogue.' }, { name: '2024-03-02-bad.txt', bytes: 'Bad\0file.' }]), 400,
      /2024-03-02-bad\.txt: contains a NUL character at offset 3/)
  })

  const fieldCases = [
    { name: 'no file chosen', body: () => form([], { title: 'x' }), message: /choose a file to upload/ },
    { name: 'a date field that does not exist', body: () => form([{ name: 'statement.txt', bytes: 'Peace and dialogue.' }], { date: '2025-02-30' }), message: /date "2025-02-30" does not exist/ },
    { name: 'a date field out of range', body: () => form([{ name: 'statement.txt', bytes: 'Peace and dialogue.' }], { date: '0999-01-01' }), message: /year 999 is out of range|"0999-01-01"/ },
    { name: 'a title field carrying a terminal escape', body: () => form([{ name: '2024-01-01-a.txt', bytes: 'Peace and dialogue.' }], { title: 'Nice \u001b]0;pwned\u0007' }), message: /the title contains a control character U\+001B at offset 5/ },
    { name: 'a JSON body instead of a form', body: () => JSON.stringify({ file: 'x' }), message: /choose a file|expected a form|multipart/ },
  ]
  test.each(fieldCases)('$name: 400', async ({ body, message }) => {
    await expectRefused(body, 400, message)
  })
})

describe('POST /documents accepts what is close to a refused input (controls)', () => {
  test('UTF-16 with a BOM, on a leap day, exactly at the limit', async () => {
    const text = 'Мир и диалог.'
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])
    const response = await post(form([{ name: '2024-02-29-leap.txt', bytes }], { series: 'controls' }))
    expect(response.status).toBe(303)
    const id = Number(/\/documents\/(\d+)$/.exec(response.headers.get('location') ?? '')?.[1])
    expect(store.documents.getDocument(id)).toMatchObject({ date: '2024-02-29', text, series: 'controls' })
    const atLimit = await post(form([{ name: '2024-03-01-limit.txt', bytes: 'a'.repeat(WEB_MAX_BYTES) }], { series: 'controls' }))
    expect(atLimit.status).toBe(303)
  })
})
