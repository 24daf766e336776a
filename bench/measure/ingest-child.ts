/**
 * Child process of the ingest measurement: imports a folder the way `redline import` does
 * (scanDocuments, then importDocuments' two stages in one transaction, into a SQLite file),
 * timing the store stage (read, parse, segment, store) and the align stage apart, and reports
 * peak memory. Its own process, so that peak RSS is the import's alone.
 */
import { scanDocuments } from '../../src/ingest/index.ts'
import { collectGarbage } from '../../src/pipeline/collect-garbage.ts'
import { alignStoredDocuments, storeDocuments } from '../../src/pipeline/import-documents.ts'
import { openStore } from '../../src/store/index.ts'
import type { IngestedDocument } from '../../src/types.ts'
import { serveOneRequest } from '../child.ts'

export interface IngestRequest {
  dir: string
  dbPath: string
  /** The align stage stops after the series that passes this many seconds (null: align all). */
  alignBudgetSeconds: number | null
}

export interface IngestProgress {
  documents: number
  mb: number
  seconds: number
}

export interface IngestReply {
  /** Read, parse, segment and store every document: the "import (parse, segment, store)". */
  storeSeconds: number
  /** Align every series touched, once each, and derive positions: the rest of `redline import`. */
  alignSeconds: number
  /** Series aligned within the budget, of all series stored; their documents and statements. */
  seriesAligned: number
  seriesTotal: number
  documentsAligned: number
  /** Commit of the one import transaction. */
  commitSeconds: number
  documents: number
  statements: number
  bytes: number
  /** Cumulative size and store time after each document: shows whether the rate holds. */
  progress: IngestProgress[]
  /** RSS once modules are loaded, before the import: what any Redline process costs. */
  baselineRssMb: number
  /** Peak RSS during the store stage alone, and of the whole import. */
  storePeakRssMb: number
  peakRssMb: number
}

const MB = 1024 * 1024

serveOneRequest<IngestRequest, IngestReply>(({ dir, dbPath, alignBudgetSeconds }) => {
  const store = openStore(dbPath)
  const baselineRssMb = process.memoryUsage().rss / MB
  const scanned = scanDocuments([dir])
  if (!scanned.ok) throw new Error(scanned.error.message)
  const progress: IngestProgress[] = []
  let bytes = 0
  const started = performance.now()
  const measured = function* (documents: Iterable<IngestedDocument>) {
    for (const document of documents) {
      yield document
      bytes += Buffer.byteLength(document.original)
      progress.push({ documents: progress.length + 1, mb: bytes / MB, seconds: (performance.now() - started) / 1000 })
    }
  }
  let stored = 0
  let aligned = 0
  let storePeakRssMb = 0
  let seriesAligned = 0
  let documentsAligned = 0
  // The same two stages `importDocuments` runs, in one transaction, timed apart.
  const documents = store.transaction(() => {
    const documents = storeDocuments(store, measured(scanned.value))
    stored = performance.now()
    storePeakRssMb = process.resourceUsage().maxRSS / 1024
    // alignStoredDocuments one series at a time, so the budget can stop it between two; the
    // collection between series is the one alignStoredDocuments makes.
    for (const [series, ids] of documents.bySeries) {
      if (alignBudgetSeconds !== null && (performance.now() - stored) / 1000 > alignBudgetSeconds) break
      if (seriesAligned > 0) collectGarbage()
      alignStoredDocuments(store, { outcomes: [], bySeries: new Map([[series, ids]]) })
      seriesAligned++
      documentsAligned += ids.length
    }
    aligned = performance.now()
    return documents
  })
  const committed = performance.now()
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  store.close()
  return {
    storeSeconds: (stored - started) / 1000,
    alignSeconds: (aligned - stored) / 1000,
    seriesAligned,
    seriesTotal: documents.bySeries.size,
    documentsAligned,
    commitSeconds: (committed - aligned) / 1000,
    documents: documents.outcomes.length,
    statements: documents.outcomes.reduce((sum, outcome) => sum + outcome.document.statementCount, 0),
    bytes,
    progress,
    baselineRssMb,
    storePeakRssMb,
    peakRssMb,
  }
})
