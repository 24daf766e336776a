import type { CompareQuery } from './params.ts'
import { DEFAULT_THRESHOLD } from './params.ts'

/** The parts of a compare query that define the view; paging and fragments are added per link. */
export type CompareState = Pick<CompareQuery,
  'from' | 'to' | 'fromDoc' | 'toDoc' | 'series' | 'view' | 'ignoreCase' | 'ignorePunctuation' |
  'hideUnchanged' | 'substantive' | 'threshold' | 'ignoreWords'>

/**
 * The canonical query string of a view: fixed key order, defaults left out, so the same view
 * always has the same URL (what the address bar shows, what a copied link reopens).
 */
export function compareSearch(state: CompareState, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams()
  const set = (key: string, value: string | number | undefined | null) => {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  if (state.fromDoc !== undefined && state.toDoc !== undefined) {
    set('fromDoc', state.fromDoc)
    set('toDoc', state.toDoc)
  } else {
    set('from', state.from)
    set('to', state.to)
    set('series', state.series)
  }
  if (state.view !== 'side') set('view', state.view)
  if (state.ignoreCase) set('ignoreCase', 1)
  if (state.ignorePunctuation) set('ignorePunctuation', 1)
  if (state.hideUnchanged) set('hideUnchanged', 1)
  if (state.substantive) set('substantive', 1)
  if (state.threshold !== DEFAULT_THRESHOLD) set('threshold', state.threshold)
  set('ignoreWords', state.ignoreWords?.trim())
  for (const [key, value] of Object.entries(extra)) set(key, value)
  return params.toString()
}

export const compareHref = (state: CompareState, extra?: Record<string, string | number | undefined>): string => {
  const search = compareSearch(state, extra)
  return search ? `/compare?${search}` : '/compare'
}

/** Export links carry what changes the report's content: sides and diff options. */
export function exportHref(state: CompareState, format: string): string {
  const { fromDoc, toDoc, from, to, series, ignoreCase, ignorePunctuation } = state
  const search = compareSearch({
    fromDoc, toDoc, from, to, series, ignoreCase, ignorePunctuation,
    view: 'side', hideUnchanged: false, substantive: false, threshold: DEFAULT_THRESHOLD, ignoreWords: undefined,
  }, { format })
  return `/compare/export?${search}`
}
