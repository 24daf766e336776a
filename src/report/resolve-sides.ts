import { fail, ok, type Result } from '../errors.ts'
import type { Store } from '../store/index.ts'
import type { CorpusEntry } from '../store/corpus.ts'

/** What a comparison is between: two years of a series, or two documents. */
export type CompareTarget =
  | { kind: 'years'; from: number; to: number; series?: string | undefined }
  | { kind: 'documents'; from: number; to: number }

export interface ResolvedSides {
  series: string
  from: { year: number; documents: CorpusEntry[] }
  to: { year: number; documents: CorpusEntry[] }
}

/** The series a request means: the one given, or the only one there is. */
export function resolveSeries(store: Store, series: string | undefined): Result<string> {
  const all = [...new Set(store.corpus.listCorpus().map((document) => document.series))]
  if (series !== undefined) {
    return all.includes(series) ? ok(series) : fail('not-found', `no series "${series}" (have: ${all.join(', ') || 'none'})`)
  }
  if (all.length === 1) return ok(all[0]!)
  if (all.length === 0) return fail('not-found', 'the database holds no documents; import some first')
  return fail('invalid-input', `the corpus has several series; choose one with --series or ?series= (${all.join(', ')})`)
}

export function resolveSides(store: Store, target: CompareTarget): Result<ResolvedSides> {
  if (target.kind === 'documents') {
    const from = store.documents.getDocument(target.from)
    const to = store.documents.getDocument(target.to)
    if (!from) return fail('not-found', `no document with id ${target.from}`)
    if (!to) return fail('not-found', `no document with id ${target.to}`)
    if (from.series !== to.series) {
      return fail('invalid-input', `documents ${from.id} and ${to.id} are in different series ("${from.series}", "${to.series}")`)
    }
    if (from.id === to.id) return fail('invalid-input', `cannot compare document ${from.id} with itself`)
    return ok({ series: from.series, from: { year: from.year, documents: [from] }, to: { year: to.year, documents: [to] } })
  }
  const series = resolveSeries(store, target.series)
  if (!series.ok) return series
  const documents = store.corpus.listCorpus().filter((document) => document.series === series.value)
  const years = [...new Set(documents.map((document) => document.year))]
  const pick = (year: number) => documents.filter((document) => document.year === year)
  const from = pick(target.from)
  const to = pick(target.to)
  if (target.from === target.to) return fail('invalid-input', `cannot compare ${target.from} with itself; choose two different years`)
  if (from.length === 0) return fail('not-found', `no documents of ${target.from} in series "${series.value}" (years: ${years.join(', ')})`)
  if (to.length === 0) return fail('not-found', `no documents of ${target.to} in series "${series.value}" (years: ${years.join(', ')})`)
  return ok({ series: series.value, from: { year: target.from, documents: from }, to: { year: target.to, documents: to } })
}
