import { serve as serveNode } from '@hono/node-server'
import { scanDocuments } from '../ingest/index.ts'
import { databasePath, DOCUMENTS_DIR } from '../paths.ts'
import { loadCatalogue } from '../pipeline/catalogue.ts'
import { importDocuments } from '../pipeline/import-documents.ts'
import { openStore, type Store } from '../store/index.ts'
import type { Catalogue } from '../align/index.ts'
import { createApp } from './app.tsx'
import { readSettings } from '../settings.ts'

export interface ServeOptions {
  dbPath?: string | undefined
  port?: number | undefined
  host?: string | undefined
}

/**
 * Brings the embedded corpus in `documents/` into the database (a no-op for documents already
 * there, matched by content hash) and serves the app. Loopback only unless HOST says otherwise.
 */
export async function serve(options: ServeOptions): Promise<void> {
  const settings = readSettings()
  const store = openStore(databasePath(options.dbPath))
  const catalogue = importEmbeddedCorpus(store)
  const port = options.port ?? Number(process.env.PORT ?? 3000)
  const hostname = options.host ?? process.env.HOST ?? '127.0.0.1'
  const server = serveNode({ fetch: createApp({ store, catalogue, settings }).fetch, port, hostname }, (info) => {
    process.stderr.write(`Redline serving ${store.corpus.listCorpus().length} documents at http://${hostname === '127.0.0.1' ? 'localhost' : hostname}:${info.port}\n`)
  })
  const stop = () => {
    server.close()
    store.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

/** Returns the catalogue of `documents/` so that uploads are aligned with it too. */
function importEmbeddedCorpus(store: Store): Catalogue | undefined {
  const catalogue = loadCatalogue(DOCUMENTS_DIR)
  if (!catalogue.ok) {
    warn(catalogue.error.message)
    return undefined
  }
  const documents = scanDocuments([DOCUMENTS_DIR])
  const outcome = documents.ok ? importDocuments(store, documents.value, catalogue.value) : documents
  if (!outcome.ok) warn(outcome.error.message)
  else {
    const imported = outcome.value.filter((o) => o.status === 'imported').length
    if (imported > 0) process.stderr.write(`imported ${imported} documents from documents/\n`)
  }
  return catalogue.value
}

function warn(message: string): void {
  process.stderr.write(`redline: documents/ not imported: ${message}\n`)
}
