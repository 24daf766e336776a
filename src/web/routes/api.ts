import { Hono } from 'hono'
import { errorResponse } from '../app.tsx'
import { compareTarget } from '../compare-model.ts'
import type { WebContext } from '../context.ts'
import { compareApiQuery } from '../params.ts'
import { nextWindowLink, windowReport } from '../report-window.ts'
import { valid } from '../validate.ts'

/**
 * `GET /api/compare`: the report `redline compare --format json` prints, its lists a window at a
 * time (`offset`, `limit`; `Link: rel="next"` while more follow). A report that fits in one
 * window is exactly the CLI's.
 */
export function apiRoutes(context: WebContext): Hono {
  const app = new Hono()
  app.get('/api/compare', valid('query', compareApiQuery), (c) => {
    const query = c.req.valid('query')
    const target = compareTarget(query)
    if (!target) return errorResponse(c, { kind: 'invalid-input', message: 'give from and to (years) or fromDoc and toDoc (document ids)' })
    const report = context.reports.compare(target, { ignoreCase: query.ignoreCase, ignorePunctuation: query.ignorePunctuation })
    if (!report.ok) return errorResponse(c, report.error)
    const window = windowReport(report.value, query.offset, query.limit)
    if (window.more) c.header('Link', nextWindowLink(c.req.url, query.offset + query.limit))
    return c.json(window.report)
  })
  return app
}
