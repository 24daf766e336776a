import { writeFileSync } from 'node:fs'
import type { Result } from '../errors.ts'
import { scanDocuments } from '../ingest/index.ts'
import { databasePath, DOCUMENTS_DIR } from '../paths.ts'
import { readSettings } from '../settings.ts'
import { loadCatalogue } from '../pipeline/catalogue.ts'
import { importDocuments } from '../pipeline/import-documents.ts'
import { buildAllTimelines, buildCompareReport, buildTimeline, type CompareTarget } from '../report/index.ts'
import { REPORT_FORMATS, renderCompareReport, renderTimelines, TIMELINE_FORMATS, type Rendered } from '../report/render/index.ts'
import { openStore, type Store } from '../store/index.ts'
import { integerFlag, type CliValues } from './args.ts'
import { UsageError } from './usage.ts'

export interface Io {
  out: (text: string) => void
}

/** Unwraps a result or throws its error for `main` to print. */
function check<T>(result: Result<T>): T {
  if (!result.ok) throw Object.assign(new Error(result.error.message), { redline: result.error })
  return result.value
}

export function withStore<T>(values: CliValues, work: (store: Store) => T): T {
  const store = openStore(databasePath(values.db))
  try {
    return work(store)
  } finally {
    store.close()
  }
}

export function runImport(paths: string[], values: CliValues, io: Io): void {
  if (paths.length === 0) throw new UsageError('import needs at least one file or folder')
  const documents = check(scanDocuments(paths, {
    maxBytes: readSettings().maxBytes,
    overrides: { date: values.date, title: values.title, issuer: values.issuer, series: values.series, kind: values.kind },
  }))
  const catalogue = check(loadCatalogue(paths.length === 1 ? paths[0]! : DOCUMENTS_DIR))
  withStore(values, (store) => {
    for (const outcome of check(importDocuments(store, documents, catalogue))) {
      const { document } = outcome
      io.out(`${outcome.status === 'imported' ? 'imported' : 'unchanged'}  #${document.id}  ${document.date}  ${document.statementCount} statements  ${document.title}\n`)
    }
  })
}

export function runList(values: CliValues, io: Io): void {
  withStore(values, (store) => {
    const documents = store.corpus.listCorpus()
    if (values.json) {
      io.out(`${JSON.stringify(documents.map((d) => ({
        id: d.id, title: d.title, date: d.date, year: d.year, series: d.series, issuer: d.issuer, kind: d.kind,
        statements: d.statementCount,
      })), null, 2)}\n`)
      return
    }
    if (documents.length === 0) io.out('no documents; run `redline import PATH`\n')
    for (const d of documents) io.out(`#${d.id}  ${d.date}  ${d.series}  ${d.statementCount} statements  ${d.title}\n`)
  })
}

export function runShow(positionals: string[], values: CliValues, io: Io): void {
  const id = integerFlag('DOC', positionals[0])
  if (id === undefined) throw new UsageError('show needs a document id (see `redline list`)')
  withStore(values, (store) => {
    const document = store.documents.getDocument(id)
    if (!document) throw Object.assign(new Error(`no document with id ${id}`), { redline: { kind: 'not-found' } })
    const statements = store.documents.getStatements(id)
    if (values.json) {
      io.out(`${JSON.stringify({ ...document, statements }, null, 2)}\n`)
      return
    }
    io.out(`#${document.id}  ${document.date}  ${document.title}\n${document.issuer ?? ''}\n\n`)
    for (const s of statements) {
      io.out(`[${s.id}] ${s.kind === 'heading' ? '(heading) ' : ''}${s.speaker ? `${s.speaker}: ` : ''}${s.text}\n`)
    }
  })
}

export async function runCompare(values: CliValues, io: Io): Promise<void> {
  const format = formatFlag(values.format, REPORT_FORMATS)
  const target = compareTarget(values)
  const rendered = await withStore(values, (store) => {
    const report = check(buildCompareReport(store, target, options(values)))
    return renderCompareReport(report, format)
  })
  emit(rendered, values.out, io)
}

export async function runTimeline(values: CliValues, io: Io): Promise<void> {
  const format = formatFlag(values.format, TIMELINE_FORMATS)
  const position = integerFlag('position', values.position)
  if ((position === undefined) === !values.all) throw new UsageError('timeline needs exactly one of --position ID or --all')
  const rendered = await withStore(values, (store) => {
    const timelines = position !== undefined
      ? [check(buildTimeline(store, position, options(values)))]
      : check(buildAllTimelines(store, values.series, options(values)))
    return renderTimelines(timelines, format)
  })
  emit(rendered, values.out, io)
}

function compareTarget(values: CliValues): CompareTarget {
  const fromDoc = integerFlag('from-doc', values['from-doc'])
  const toDoc = integerFlag('to-doc', values['to-doc'])
  if (fromDoc !== undefined || toDoc !== undefined) {
    if (fromDoc === undefined || toDoc === undefined) throw new UsageError('--from-doc and --to-doc go together')
    return { kind: 'documents', from: fromDoc, to: toDoc }
  }
  const from = integerFlag('from', values.from)
  const to = integerFlag('to', values.to)
  if (from === undefined || to === undefined) throw new UsageError('compare needs --from YEAR --to YEAR (or --from-doc ID --to-doc ID)')
  return { kind: 'years', from, to, series: values.series }
}

function options(values: CliValues) {
  return { ignoreCase: values['ignore-case'] ?? false, ignorePunctuation: values['ignore-punctuation'] ?? false }
}

function formatFlag<F extends string>(value: string | undefined, allowed: readonly F[]): F {
  const format = value ?? 'json'
  if (!(allowed as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (expected ${allowed.join(', ')})`)
  }
  return format as F
}

function emit(rendered: Rendered, out: string | undefined, io: Io): void {
  if (out) {
    writeFileSync(out, rendered.body)
    return
  }
  if (typeof rendered.body !== 'string') {
    throw new UsageError(`the ${rendered.extension} format is binary: write it to a file with --out FILE`)
  }
  io.out(rendered.body)
}
