import { Hono } from 'hono'
import { errorResponse } from '../app.tsx'
import { compareTarget } from '../compare-model.ts'
import type { WebContext } from '../context.ts'
import { compareQuery } from '../params.ts'
import { valid } from '../validate.ts'

/** `GET /api/compare`: exactly the report `redline compare --format json` prints. */
export function apiRoutes(context: WebContext): Hono {
  const app = new Hono()
  app.get('/api/compare', valid('query', compareQuery), (c) => {
    const query = c.req.valid('query')
    const target = compareTarget(query)
    if (!target) return errorResponse(c, { kind: 'invalid-input', message: 'give from and to (years) or fromDoc and toDoc (document ids)' })
    const report = context.reports.compare(target, { ignoreCase: query.ignoreCase, ignorePunctuation: query.ignorePunctuation })
    if (!report.ok) return errorResponse(c, report.error)
    return c.json(report.value)
  })
  return app
}
