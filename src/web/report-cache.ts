import type { Result } from '../errors.ts'
import { buildCompareReport, type CompareTarget } from '../report/index.ts'
import type { Store } from '../store/index.ts'
import type { CompareReport, DiffOptions } from '../types.ts'

const CACHE_SIZE = 16

/**
 * Recently built reports, so paging through a large comparison or toggling a view-only option
 * (hide unchanged, inline) does not rebuild it. Keyed on the database version: any import,
 * by this server or by another process, empties the cache.
 */
export function createReportCache(store: Store) {
  let version = ''
  const entries = new Map<string, Result<CompareReport>>()
  return {
    compare(target: CompareTarget, options: DiffOptions): Result<CompareReport> {
      const now = store.version.current()
      if (now !== version) {
        entries.clear()
        version = now
      }
      const key = JSON.stringify([target, options])
      const cached = entries.get(key)
      if (cached) {
        // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
        entries.delete(key)
        entries.set(key, cached)
        return cached
      }
      const report = buildCompareReport(store, target, options, { lazyDiffs: true })
      entries.set(key, report)
      if (entries.size > CACHE_SIZE) entries.delete(entries.keys().next().value!)
      return report
    },
  }
}

export type ReportCache = ReturnType<typeof createReportCache>
