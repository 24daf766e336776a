/**
 * Child process of the ingest measurement: imports a folder the way `redline import` does
 * (readDocuments, then importDocuments, one transaction per document, into a SQLite file) and
 * reports time and peak memory. Its own process, so that peak RSS is the import's alone.
 */
import { readDocuments } from '../../src/ingest/index.ts'
import { importDocuments } from '../../src/pipeline/import-documents.ts'
import { segmentText } from '../../src/segment/index.ts'
import { openStore } from '../../src/store/index.ts'
import { serveOneRequest } from '../child.ts'

export interface IngestRequest {
  dir: string
  dbPath: string
  /** Stop importing after this many seconds and report the part done; null to import everything. */
  budgetSeconds: number | null
  /**
   * False for the diagnostic that stores and segments without aligning (what `importDocuments` does
   * before `updateAlignment`), to tell the cost of alignment from the rest.
   */
  align: boolean
}

export interface IngestProgress {
  documents: number
  mb: number
  seconds: number
}

export interface IngestReply {
  readSeconds: number
  importSeconds: number
  documents: number
  documentsRead: number
  statements: number
  /** Bytes of the files imported (all of them unless the budget ran out). */
  bytesImported: number
  bytesRead: number
  complete: boolean
  /** Cumulative size and import time after each document: shows whether the rate holds. */
  progress: IngestProgress[]
  /** RSS once modules are loaded, before the import: what any Redline process costs. */
  baselineRssMb: number
  peakRssMb: number
}

const MB = 1024 * 1024

serveOneRequest<IngestRequest, IngestReply>(({ dir, dbPath, budgetSeconds, align }) => {
  const store = openStore(dbPath)
  const baselineRssMb = process.memoryUsage().rss / MB
  const started = performance.now()
  const documents = readDocuments([dir])
  if (!documents.ok) throw new Error(documents.error.message)
  const read = performance.now()
  const all = documents.value
  const progress: IngestProgress[] = []
  let documentsImported = 0
  let statements = 0
  let bytesImported = 0
  for (const document of all) {
    if (budgetSeconds !== null && (performance.now() - read) / 1000 > budgetSeconds) break
    if (align) {
      const outcome = importDocuments(store, [document])
      if (!outcome.ok) throw new Error(outcome.error.message)
      if (outcome.value[0]!.status === 'imported') documentsImported++
      statements += outcome.value[0]!.document.statementCount
    } else {
      const segments = store.transaction(() => {
        const segments = segmentText(document.text)
        store.documents.insertDocument(document, Number(document.meta.date.slice(0, 4)), segments)
        return segments
      })
      documentsImported++
      statements += segments.length
    }
    bytesImported += Buffer.byteLength(document.original)
    progress.push({ documents: documentsImported, mb: bytesImported / MB, seconds: (performance.now() - read) / 1000 })
  }
  const done = performance.now()
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  store.close()
  return {
    readSeconds: (read - started) / 1000,
    importSeconds: (done - read) / 1000,
    documents: documentsImported,
    documentsRead: all.length,
    statements,
    bytesImported,
    bytesRead: all.reduce((sum, document) => sum + Buffer.byteLength(document.original), 0),
    complete: documentsImported === all.length,
    progress,
    baselineRssMb,
    peakRssMb,
  }
})
