import type { CompareReport, DiffOptions, ReportPair, ReportPosition, StatementRef } from '../types.ts'
import { toDiffRuns } from './diff-runs.ts'

/** What the reader asked to see of a report; none of it changes the report itself. */
export interface CompareFilter {
  hideUnchanged: boolean
  /** Keep only pairs with a substantive change of at least `threshold` percent of their words. */
  substantive: boolean
  threshold: number
  /** Words that do not count as changes for `substantive` ("the, and, Excellency"), lower case. */
  ignoreWords: ReadonlySet<string>
}

export interface PairView {
  pair: ReportPair
  /** Share (0..1) of the pair's words changed, not counting ignored words. */
  changedShare: number
}

/** A persistent position as the side-by-side rows show it. */
export interface PositionView {
  position: ReportPosition
  pairs: PairView[]
  /** Pairs beyond the per-position cap; the position page shows them all. */
  morePairs: number
  /** For a position restated through another year (no direct pair): its statements per side. */
  fromStatements: StatementRef[]
  toStatements: StatementRef[]
}

export interface Page<T> {
  items: T[]
  page: number
  pages: number
  total: number
  /** Items after this page. */
  after: number
}

/** Page sizes of a list whose first page is shorter than the rest. */
export interface PageSizes {
  first: number
  next: number
}

/** Enough to read on while the next page loads; a first page of 30 was a third of a 300 KB answer. */
export const POSITIONS_PER_PAGE = 20
/**
 * Dropped and new statements and term shifts come after the rows: the first page shows all of a
 * small comparison's and a taste of a large one's (thousands); "more" then brings bigger pages,
 * for a reader who goes through them all.
 */
export const UNPAIRED_PER_PAGE: PageSizes = { first: 20, next: 50 }
export const SHIFTS_PER_PAGE: PageSizes = { first: 10, next: 50 }
export const PAIRS_PER_POSITION = 20

const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu
const SHARES = new WeakMap<ReportPair, Map<string, number>>()

/** "the, and;Excellency" → {the, and, excellency}. */
export function parseIgnoreWords(input: string | undefined): Set<string> {
  return new Set((input ?? '').split(/[\s,;]+/).map((word) => word.trim().toLowerCase()).filter(Boolean))
}

/**
 * How much of a pair's wording changed: words deleted or inserted (whichever is more, so a
 * one-word substitution counts once), not counting ignored words nor changes of ignored case or
 * punctuation, over the longer side's words.
 */
export function changedShare(pair: ReportPair, ignoreWords: ReadonlySet<string>, options: DiffOptions): number {
  // Reports are cached across requests and so are their pairs: remember each pair's share per filter.
  const key = `${options.ignoreCase}${options.ignorePunctuation}${[...ignoreWords].join(' ')}`
  let known = SHARES.get(pair)
  if (!known) SHARES.set(pair, (known = new Map()))
  const cached = known.get(key)
  if (cached !== undefined) return cached
  const share = measureShare(pair, ignoreWords, options)
  known.set(key, share)
  return share
}

function measureShare(pair: ReportPair, ignoreWords: ReadonlySet<string>, options: DiffOptions): number {
  const changes = toDiffRuns(pair.diff, options).flatMap((run) => ('equal' in run || run.ignored ? [] : [run]))
  const counted = (side: 'removed' | 'added') => changes
    .flatMap((run) => run[side].words.match(WORD_RE) ?? [])
    .filter((word) => !ignoreWords.has(word.toLowerCase())).length
  const size = Math.max(pair.from.text.match(WORD_RE)?.length ?? 0, pair.to.text.match(WORD_RE)?.length ?? 0, 1)
  return Math.min(1, Math.max(counted('removed'), counted('added')) / size)
}

/** The persistent positions the reader wants to see, each with the pairs that pass the filter. */
export function selectPositions(report: CompareReport, filter: CompareFilter): PositionView[] {
  return filterPositions(report, filter).map(toView(report, filter))
}

/** A position that passes the reader's filter, with the pairs that do. */
export interface KeptPosition {
  position: ReportPosition
  kept: ReportPair[]
}

/**
 * `selectPositions` in two steps, so that a page builds views of its own twenty positions only,
 * not of every position of a report of thousands (the rows are a page; the filter sees them all).
 */
export function filterPositions(report: CompareReport, filter: CompareFilter): KeptPosition[] {
  const shareOf = (pair: ReportPair) => changedShare(pair, filter.ignoreWords, report.options)
  const kept: KeptPosition[] = []
  for (const position of report.positions) {
    if (position.status !== 'persistent') continue
    if (filter.hideUnchanged && position.pairs.length > 0 && position.pairs.every((pair) => pair.change === 'unchanged')) continue
    if (!filter.substantive) {
      kept.push({ position, kept: position.pairs })
      continue
    }
    const pairs = position.pairs.filter((pair) => {
      const share = shareOf(pair)
      return pair.change === 'substantive' && share > 0 && share * 100 >= filter.threshold
    })
    if (pairs.length > 0) kept.push({ position, kept: pairs })
  }
  return kept
}

export function toView(report: CompareReport, filter: CompareFilter): (item: KeptPosition) => PositionView {
  const fromDocuments = new Set(report.from.documents.map((document) => document.id))
  const shareOf = (pair: ReportPair) => changedShare(pair, filter.ignoreWords, report.options)
  return ({ position, kept }) => ({
    position,
    // Measured when a row is rendered: a page shows a few dozen pairs of a report of thousands.
    pairs: kept.slice(0, PAIRS_PER_POSITION).map((pair) => ({ pair, get changedShare() { return shareOf(pair) } })),
    morePairs: Math.max(0, kept.length - PAIRS_PER_POSITION),
    fromStatements: position.statements.filter((statement) => fromDocuments.has(statement.documentId)),
    toStatements: position.statements.filter((statement) => !fromDocuments.has(statement.documentId)),
  })
}

/**
 * One page of a list, all pages of `size` or a shorter first one; a page past the end is the
 * last page, so an old link still shows something.
 */
export function paginate<T>(items: T[], page: number, size: number | PageSizes): Page<T> {
  const { first, next } = typeof size === 'number' ? { first: size, next: size } : size
  const pages = items.length <= first ? 1 : 1 + Math.ceil((items.length - first) / next)
  const current = Math.min(Math.max(1, page), pages)
  const start = current === 1 ? 0 : first + (current - 2) * next
  const end = current === 1 ? first : start + next
  return { items: items.slice(start, end), page: current, pages, total: items.length, after: Math.max(0, items.length - end) }
}
