import type { CompareTarget } from '../report/index.ts'
import type { CorpusEntry } from '../store/index.ts'
import type { CompareReport, TermShift, UnpairedStatement } from '../types.ts'
import type { CompareState } from './compare-url.ts'
import {
  filterPositions, paginate, parseIgnoreWords, POSITIONS_PER_PAGE, SHIFTS_PER_PAGE, toView, UNPAIRED_PER_PAGE, type CompareFilter, type Page, type PositionView,
} from './compare-view.ts'
import type { CompareQuery } from './params.ts'

/** Everything the compare views render, built once per request from a (cached) report. */
export interface CompareModel {
  state: CompareState
  report: CompareReport
  positions: Page<PositionView>
  /** Persistent positions in the report, before the reader's filters. */
  positionsInReport: number
  added: Page<UnpairedStatement>
  removed: Page<UnpairedStatement>
  shifts: Page<TermShift>
  /** The series' documents, for the pickers and for naming the documents rows link to. */
  documents: CorpusEntry[]
  years: number[]
  seriesNames: string[]
  /** What a row's link to its place in a document says. */
  documentLabel: (documentId: number) => string
}

/** Two documents when both ids are given, else two years; undefined when the query names no sides. */
export function compareTarget(query: CompareQuery): CompareTarget | undefined {
  if (query.fromDoc !== undefined && query.toDoc !== undefined) return { kind: 'documents', from: query.fromDoc, to: query.toDoc }
  if (query.from !== undefined && query.to !== undefined) return { kind: 'years', from: query.from, to: query.to, series: query.series }
  return undefined
}

export function toState(query: CompareQuery): CompareState {
  const { from, to, fromDoc, toDoc, series, view, ignoreCase, ignorePunctuation, hideUnchanged, substantive, threshold, ignoreWords } = query
  return { from, to, fromDoc, toDoc, series, view, ignoreCase, ignorePunctuation, hideUnchanged, substantive, threshold, ignoreWords }
}

export function buildCompareModel(query: CompareQuery, report: CompareReport, corpus: CorpusEntry[]): CompareModel {
  const filter: CompareFilter = {
    hideUnchanged: query.hideUnchanged,
    substantive: query.substantive,
    threshold: query.threshold,
    ignoreWords: parseIgnoreWords(query.ignoreWords),
  }
  const kept = paginate(filterPositions(report, filter), query.page, POSITIONS_PER_PAGE)
  const documents = corpus.filter((entry) => entry.series === report.series)
  return {
    state: toState(query),
    report,
    positions: { ...kept, items: kept.items.map(toView(report, filter)) },
    positionsInReport: report.positions.filter((position) => position.status === 'persistent').length,
    added: paginate(report.added, query.addedPage, UNPAIRED_PER_PAGE),
    removed: paginate(report.removed, query.removedPage, UNPAIRED_PER_PAGE),
    shifts: paginate(report.termShifts, query.shiftsPage, SHIFTS_PER_PAGE),
    documents,
    years: [...new Set(documents.map((entry) => entry.year))].sort((a, b) => a - b),
    seriesNames: [...new Set(corpus.map((entry) => entry.series))],
    documentLabel: documentLabels(report, documents),
  }
}

/**
 * A side of one document is named in the summary, so its rows say only where to read on, not
 * which document again: on a page of dozens of rows a repeated long title was a fifth of the bytes.
 */
function documentLabels(report: CompareReport, documents: CorpusEntry[]): (documentId: number) => string {
  const alone = new Set([report.from, report.to].flatMap((side) => (side.documents.length === 1 ? [side.documents[0]!.id] : [])))
  const labels = new Map(documents.map((entry) => [entry.id, alone.has(entry.id) ? `${entry.date}, in context` : `${entry.date} · ${entry.title}`]))
  return (documentId) => labels.get(documentId) ?? `document ${documentId}`
}

/** The two latest years of a series (the given one, or the first with two years): the default view. */
export function latestYears(corpus: CorpusEntry[], series: string | undefined): { from: number; to: number; series: string } | undefined {
  const names = series !== undefined ? [series] : [...new Set(corpus.map((entry) => entry.series))]
  for (const name of names) {
    const years = [...new Set(corpus.filter((entry) => entry.series === name).map((entry) => entry.year))].sort((a, b) => b - a)
    if (years.length >= 2) return { from: years[1]!, to: years[0]!, series: name }
  }
  return undefined
}

/** The comparison of a document's year with the previous year of its series, if there is one. */
export function previousYearHref(corpus: CorpusEntry[], document: { series: string; year: number }): string | undefined {
  const earlier = corpus.filter((entry) => entry.series === document.series && entry.year < document.year).map((entry) => entry.year)
  if (earlier.length === 0) return undefined
  const several = new Set(corpus.map((entry) => entry.series)).size > 1
  return `/compare?from=${Math.max(...earlier)}&to=${document.year}${several ? `&series=${encodeURIComponent(document.series)}` : ''}`
}
