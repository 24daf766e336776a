import { isRedlineFailure, ok, type Result } from '../errors.ts'
import type { Catalogue } from '../align/index.ts'
import { segmentText } from '../segment/index.ts'
import type { Store } from '../store/index.ts'
import type { DocumentRecord, IngestedDocument } from '../types.ts'
import { collectGarbage } from './collect-garbage.ts'
import { alignSeriesDocuments } from './update-alignment.ts'

export interface ImportOutcome {
  status: 'imported' | 'unchanged'
  /** Without its text: an import of thousands of documents keeps only what it reports. */
  document: Omit<DocumentRecord, 'text'>
}

/** What the store stage leaves for the align stage: the documents of each series to align. */
export interface StoredDocuments {
  outcomes: ImportOutcome[]
  bySeries: Map<string, number[]>
}

/**
 * Imports documents as one transaction: every document, its statements and the alignment they
 * change are written together or not at all, so a bad file found halfway (or a crash) leaves the
 * database as it was. Storing comes first and aligning after, once per series rather than once
 * per document: the series' model is built once however many of its documents arrive.
 */
export function importDocuments(store: Store, documents: Iterable<IngestedDocument>, catalogue?: Catalogue): Result<ImportOutcome[]> {
  try {
    return ok(store.transaction(() => {
      const stored = storeDocuments(store, documents)
      alignStoredDocuments(store, stored, catalogue)
      return stored.outcomes
    }))
  } catch (error) {
    if (isRedlineFailure(error)) return { ok: false, error: error.error }
    throw error
  }
}

/**
 * The store stage: segments and stores each new document (one in memory at a time). A document
 * already stored is reported unchanged but still goes to the align stage, which aligns it with
 * any neighbour it lacks (documents stored before alignment existed, or next to new ones).
 */
export function storeDocuments(store: Store, documents: Iterable<IngestedDocument>): StoredDocuments {
  const outcomes: ImportOutcome[] = []
  const bySeries = new Map<string, number[]>()
  for (const document of documents) {
    const outcome = storeOne(store, document)
    outcomes.push(outcome)
    const ids = bySeries.get(outcome.document.series) ?? []
    ids.push(outcome.document.id)
    bySeries.set(outcome.document.series, ids)
  }
  return { outcomes, bySeries }
}

/** The align stage: each series touched by the import is aligned once, with one model. */
export function alignStoredDocuments(store: Store, stored: StoredDocuments, catalogue?: Catalogue): void {
  let left = stored.bySeries.size
  for (const [series, documentIds] of stored.bySeries) {
    alignSeriesDocuments(store, series, documentIds, catalogue)
    if (--left > 0) collectGarbage()
  }
}

function storeOne(store: Store, document: IngestedDocument): ImportOutcome {
  const existing = store.documents.findDocumentByHash(document.hash)
  if (existing) return { status: 'unchanged', document: withoutText(existing) }
  const year = Number(document.meta.date.slice(0, 4))
  return { status: 'imported', document: store.documents.insertDocument(document, year, segmentText(document.text)) }
}

function withoutText({ text: _text, ...document }: DocumentRecord): Omit<DocumentRecord, 'text'> {
  return document
}
