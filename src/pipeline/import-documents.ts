import { isRedlineFailure, ok, type Result } from '../errors.ts'
import type { Catalogue } from '../align/index.ts'
import { segmentText } from '../segment/index.ts'
import type { Store } from '../store/index.ts'
import type { DocumentRecord, IngestedDocument } from '../types.ts'
import { updateAlignment } from './update-alignment.ts'

export interface ImportOutcome {
  status: 'imported' | 'unchanged'
  /** Without its text: an import of thousands of documents keeps only what it reports. */
  document: Omit<DocumentRecord, 'text'>
}

/**
 * Stores documents one transaction each: the document, its statements and its alignment are
 * written together or not at all, so a crash or a bad file loses only the document in flight.
 */
export function importDocuments(store: Store, documents: Iterable<IngestedDocument>, catalogue?: Catalogue): Result<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = []
  try {
    for (const document of documents) outcomes.push(store.transaction(() => importOne(store, document, catalogue)))
  } catch (error) {
    if (isRedlineFailure(error)) return { ok: false, error: error.error }
    throw error
  }
  return ok(outcomes)
}

function importOne(store: Store, document: IngestedDocument, catalogue?: Catalogue): ImportOutcome {
  const existing = store.documents.findDocumentByHash(document.hash)
  if (existing) {
    updateAlignment(store, existing.id, catalogue)
    return { status: 'unchanged', document: withoutText(existing) }
  }
  const year = Number(document.meta.date.slice(0, 4))
  const documentId = store.documents.insertDocument(document, year, segmentText(document.text))
  updateAlignment(store, documentId, catalogue)
  return { status: 'imported', document: withoutText(store.documents.getDocument(documentId)!) }
}

function withoutText({ text: _text, ...document }: DocumentRecord): Omit<DocumentRecord, 'text'> {
  return document
}
