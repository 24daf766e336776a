import type { Context } from 'hono'
import type { Catalogue } from '../align/index.ts'
import type { Store } from '../store/index.ts'
import type { ReportCache } from './report-cache.ts'
import type { Settings } from '../settings.ts'

/** What every route file is built over: one store, shared for the server's life. */
export interface WebContext {
  store: Store
  reports: ReportCache
  settings: Settings
  /** The position catalogue uploads are aligned with, as `documents/` imports are. */
  catalogue: Catalogue | undefined
}

/**
 * An htmx request wants only the part of the page it swaps. A history restore wants the whole
 * page, and so does every ordinary request: each URL renders in full without JavaScript.
 */
export function wantsFragment(c: Context): boolean {
  return c.req.header('HX-Request') === 'true' && c.req.header('HX-History-Restore-Request') !== 'true'
}
