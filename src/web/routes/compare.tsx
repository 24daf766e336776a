import { Hono } from 'hono'
import { CompareFragment, ComparePage } from '../../../views/compare.tsx'
import { EmptyCompare } from '../../../views/compare-empty.tsx'
import { PositionRows } from '../../../views/compare-rows.tsx'
import { TermShifts, UnpairedList } from '../../../views/compare-unpaired.tsx'
import { errorResponse } from '../app.tsx'
import { buildCompareModel, compareTarget, latestYears } from '../compare-model.ts'
import { compareHref } from '../compare-url.ts'
import { wantsFragment, type WebContext } from '../context.ts'
import { compareQuery } from '../params.ts'
import { valid } from '../validate.ts'

/** `/compare`: two years (or documents) side by side; every toggle lives in the query string. */
export function compareRoutes(context: WebContext): Hono {
  const app = new Hono()
  app.get('/compare', valid('query', compareQuery), (c) => {
    const query = c.req.valid('query')
    const corpus = context.store.corpus.listCorpus()
    if (query.series !== undefined && !corpus.some((entry) => entry.series === query.series)) {
      return errorResponse(c, { kind: 'not-found', message: `no series "${query.series}"` })
    }
    const target = compareTarget(query)
    if (!target) {
      // No sides chosen: the latest two years, under their own URL so that it can be shared.
      const latest = latestYears(corpus, query.series)
      if (!latest) return c.render(<EmptyCompare documents={corpus.length} />, { title: 'Compare', nav: 'compare' })
      const several = new Set(corpus.map((entry) => entry.series)).size > 1
      return c.redirect(compareHref({ ...query, ...latest, series: several ? latest.series : undefined }), 302)
    }
    const report = context.reports.compare(target, { ignoreCase: query.ignoreCase, ignorePunctuation: query.ignorePunctuation })
    if (!report.ok) return errorResponse(c, report.error)
    const model = buildCompareModel(query, report.value, corpus)

    if (query.part === 'rows') return c.html(<PositionRows model={model} appended />)
    if (query.part === 'added' || query.part === 'removed') return c.html(<UnpairedList model={model} side={query.part} appended />)
    if (query.part === 'shifts') return c.html(<TermShifts model={model} appended />)
    const title = `${report.value.from.year} → ${report.value.to.year}`
    if (wantsFragment(c)) {
      // The address bar shows the canonical URL of the view, whatever the form happened to send.
      c.header('HX-Push-Url', compareHref(model.state))
      return c.html(<CompareFragment model={model} title={title} />)
    }
    return c.render(<ComparePage model={model} title={title} />, { title: `Compare ${title}`, nav: 'compare' })
  })
  return app
}
