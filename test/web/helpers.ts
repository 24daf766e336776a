import { readDocuments } from '../../src/ingest/index.ts'
import { importDocuments } from '../../src/pipeline/import-documents.ts'
import { openStore, type Store } from '../../src/store/index.ts'
import { createApp } from '../../src/web/app.tsx'
import { DEFAULT_MAX_FILES, type Settings } from '../../src/settings.ts'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { makeTempDir } from '../helpers/temp-db.ts'

export const SETTINGS: Settings = { maxBytes: 20 * 1024 * 1024, maxFiles: DEFAULT_MAX_FILES, token: null }
/** `app.request` URLs are on http://localhost: a browser on that page sends this Origin. */
export const SAME_ORIGIN = { Origin: 'http://localhost' }

export interface WebFixture {
  app: ReturnType<typeof createApp>
  store: Store
  close: () => void
}

/** The app over a fresh SQLite file holding `extra` folders' documents (the seed corpus by default). */
export function seededApp(settings: Partial<Settings> = {}, folders: string[] = [DOCUMENTS_DIR]): WebFixture {
  const temp = makeTempDir()
  const store = openStore(temp.dbPath)
  if (folders.length > 0) {
    const documents = readDocuments(folders)
    if (!documents.ok) throw new Error(documents.error.message)
    const imported = importDocuments(store, documents.value)
    if (!imported.ok) throw new Error(imported.error.message)
  }
  const app = createApp({ store, settings: { ...SETTINGS, ...settings } })
  return { app, store, close: () => { store.close(); temp.cleanup() } }
}

/** A multipart upload as the home page's form sends it. */
export function uploadForm(files: Array<{ name: string; content: string | Uint8Array }>, fields: Record<string, string> = {}): FormData {
  const form = new FormData()
  for (const file of files) form.append('file', new File([file.content as BlobPart], file.name))
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return form
}
