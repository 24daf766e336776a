import { join } from 'node:path'
import { readDocuments } from '../../src/ingest/index.ts'
import { loadCatalogue } from '../../src/pipeline/catalogue.ts'
import { importDocuments } from '../../src/pipeline/import-documents.ts'
import { openStore, type Store } from '../../src/store/index.ts'
import { makeTempDir } from '../helpers/temp-db.ts'

export const HOSTILE_DIR = join(import.meta.dirname, '..', 'fixtures', 'hostile')

/** A real SQLite store in a temp folder holding a corpus imported as `redline import DIR` does. */
export function importCorpus(dir: string): { store: Store; dbPath: string; close: () => void } {
  const temp = makeTempDir()
  const store = openStore(temp.dbPath)
  const documents = readDocuments([dir])
  if (!documents.ok) throw new Error(documents.error.message)
  const catalogue = loadCatalogue(dir)
  if (!catalogue.ok) throw new Error(catalogue.error.message)
  const imported = importDocuments(store, documents.value, catalogue.value)
  if (!imported.ok) throw new Error(imported.error.message)
  return { store, dbPath: temp.dbPath, close: () => { store.close(); temp.cleanup() } }
}

/** Unwraps a result in a test, failing with its message. */
export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}
