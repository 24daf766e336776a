import { Hono } from 'hono'
import { TrendsPage } from '../../../views/trends.tsx'
import { errorResponse } from '../app.tsx'
import { paginate } from '../compare-view.ts'
import type { WebContext } from '../context.ts'
import { trendsQuery } from '../params.ts'
import { countTerms, parseTerms } from '../term-trends.ts'
import { valid } from '../validate.ts'

const GRID_ROWS = 50

/** `/trends?terms=…`: term frequency per year, lifecycles, and the position × year grid. */
export function trendRoutes(context: WebContext): Hono {
  const { store } = context
  const app = new Hono()
  app.get('/trends', valid('query', trendsQuery), (c) => {
    const query = c.req.valid('query')
    const seriesNames = [...new Set(store.corpus.listCorpus().map((entry) => entry.series))]
    if (query.series !== undefined && !seriesNames.includes(query.series)) {
      return errorResponse(c, { kind: 'not-found', message: `no series "${query.series}" (have: ${seriesNames.join(', ') || 'none'})` })
    }
    // Several series and none chosen: the first, with the picker to change it.
    const series = query.series ?? seriesNames[0] ?? ''
    const report = countTerms(store.trends.documentTexts(series), parseTerms(query.terms))
    const grid = paginate(store.trends.positionPresence(series), query.page, GRID_ROWS)
    const gridHref = (page: number) => `/trends?${new URLSearchParams([
      ...(query.terms ? [['terms', query.terms]] : []), ...(query.series ? [['series', query.series]] : []), ['page', String(page)],
    ])}`
    return c.render(
      <TrendsPage termsInput={query.terms ?? ''} series={series} seriesNames={seriesNames} report={report} grid={grid} gridHref={gridHref} />,
      { title: 'Trends', nav: 'trends' },
    )
  })
  return app
}
