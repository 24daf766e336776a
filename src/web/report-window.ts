import type { CompareReport } from '../types.ts'

/**
 * One window of a report for `/api/compare`: items `offset` to `offset + limit` of each of its
 * lists (positions, added, removed, term shifts), everything else whole. The answer is still a
 * report of the documented schema; a client that wants every item follows the `Link: rel="next"`
 * header and appends each list. Ten thousand statements a year made a 9 MB answer otherwise.
 */
export function windowReport(report: CompareReport, offset: number, limit: number): { report: CompareReport; more: boolean } {
  const end = offset + limit
  const lists = [report.positions, report.added, report.removed, report.termShifts]
  if (offset === 0 && lists.every((list) => list.length <= end)) return { report, more: false }
  return {
    report: {
      ...report,
      positions: report.positions.slice(offset, end),
      added: report.added.slice(offset, end),
      removed: report.removed.slice(offset, end),
      termShifts: report.termShifts.slice(offset, end),
    },
    more: lists.some((list) => list.length > end),
  }
}

/** The request's own URL (path and query) with `offset` moved on: the next window, as a Link header gives it. */
export function nextWindowLink(requestUrl: string, offset: number): string {
  const url = new URL(requestUrl)
  url.searchParams.set('offset', String(offset))
  return `<${url.pathname}${url.search}>; rel="next"`
}
