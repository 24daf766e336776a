import { basename } from 'node:path'
import { fail, ok, type Result } from '../errors.ts'
import { DEFAULT_SERIES, ingestDocument, type MetaOverrides } from '../ingest/index.ts'
import { importDocuments, type ImportOutcome } from '../pipeline/import-documents.ts'
import type { IngestedDocument } from '../types.ts'
import type { WebContext } from './context.ts'

type FormBody = Record<string, string | File | Array<string | File>>

/**
 * An upload imported exactly as `redline import` does: each file through `ingestDocument`, then
 * `importDocuments` (one transaction, each touched series aligned once). Every file is read and
 * checked before anything is written, so a bad file in a batch writes nothing.
 */
export async function importUpload(context: WebContext, body: FormBody): Promise<Result<ImportOutcome[]>> {
  const { maxBytes, maxFiles } = context.settings
  // A form submitted with no file chosen still sends one empty, nameless part.
  const files = [body.file].flat().filter((part): part is File => part instanceof File && (part.size > 0 || part.name !== ''))
  if (files.length === 0) return fail('invalid-input', 'choose a file to upload (.txt, .md or .html)')
  if (files.length > maxFiles) {
    return fail('too-large', `${files.length} files is over the limit of ${maxFiles} files per upload (set by REDLINE_MAX_FILES)`)
  }
  const field = (name: string) => {
    const value = body[name]
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  }
  const overrides: MetaOverrides = { date: field('date'), title: field('title'), issuer: field('issuer') }
  if (files.length > 1 && (overrides.date || overrides.title)) {
    return fail('invalid-input', 'date and title describe one document: upload one file at a time to set them')
  }
  const series = field('series')

  const documents: IngestedDocument[] = []
  for (const file of files) {
    const name = basename(file.name || 'upload.txt')
    const bytes = new Uint8Array(await file.arrayBuffer())
    let document = ingestDocument(name, bytes, { overrides, maxBytes })
    // The form's series fills in for a file that names none; a file's own front matter wins.
    if (document.ok && series && document.value.meta.series === DEFAULT_SERIES) {
      document = ingestDocument(name, bytes, { overrides: { ...overrides, series }, maxBytes })
    }
    if (!document.ok) return document
    documents.push(document.value)
  }
  const outcomes = importDocuments(context.store, documents, context.catalogue)
  return outcomes.ok ? ok(outcomes.value) : outcomes
}
