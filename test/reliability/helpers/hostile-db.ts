import { join } from 'node:path'
import { expect } from 'vitest'
import { loadCatalogue } from '../../../src/pipeline/catalogue.ts'
import { openStore, type Store } from '../../../src/store/index.ts'
import { createApp } from '../../../src/web/app.tsx'
import { runCli } from '../../helpers/run-cli.ts'

export const HOSTILE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'hostile')
/** The series every hostile document is in (front matter and manifest.json say so). */
export const HOSTILE_SERIES = `hostile <x-evil>&amp;</x-evil> "series" 'q'`
/** A document that arrives through the upload form: its name and form fields are hostile too. */
export const UPLOAD = {
  fileName: `2026-01-15-<x-evil onclick=alert('xss-file')>"q'.txt`,
  body: `Ambassador <b>X</b> said that “<script>alert('xss-upload')</script> is not a policy”.\n\nThe committee reaffirmed the right to self-determination </textarea></title> as prescribed by the resolutions.`,
  title: `"><script>alert('xss-upload-title')</script>`,
  issuer: `javascript:alert('xss-upload-issuer') ‮'"`,
}

export interface HostileSite {
  store: Store
  app: ReturnType<typeof createApp>
}

/**
 * The hostile corpus imported by the real CLI (with its positions.json), then one more document
 * uploaded through `POST /documents`, as a user on the same machine would.
 */
export async function buildHostileSite(dbPath: string, cwd: string): Promise<HostileSite> {
  const imported = runCli(['import', HOSTILE_DIR, '--db', dbPath], { cwd })
  expect(imported.stderr).toBe('')
  expect(imported.status).toBe(0)
  const store = openStore(dbPath)
  // As `redline serve` does with documents/positions.json: the server aligns uploads with the same catalogue.
  const catalogue = loadCatalogue(HOSTILE_DIR)
  if (!catalogue.ok) throw new Error(catalogue.error.message)
  const app = createApp({ store, catalogue: catalogue.value, settings: { maxBytes: 1 << 20, maxFiles: 5, token: null } })
  const form = new FormData()
  form.append('file', new File([UPLOAD.body], UPLOAD.fileName, { type: 'text/plain' }))
  form.append('title', UPLOAD.title)
  form.append('issuer', UPLOAD.issuer)
  form.append('series', HOSTILE_SERIES)
  const uploaded = await app.request('http://localhost/documents', { method: 'POST', body: form, headers: { Origin: 'http://localhost' } })
  expect(uploaded.status, await uploaded.clone().text()).toBe(303)
  return { store, app }
}
