import { Hono } from 'hono'
import { PositionPage, PositionView } from '../../../views/position.tsx'
import { buildTimeline } from '../../report/index.ts'
import { errorResponse } from '../app.tsx'
import { wantsFragment, type WebContext } from '../context.ts'
import { idPath, positionQuery } from '../params.ts'
import { valid } from '../validate.ts'

const TIMELINE_FORMATS = ['json', 'md', 'html', 'csv']

/** `/positions/:id`: one position's wording in every year of its series, gaps included. */
export function positionRoutes(context: WebContext): Hono {
  const { store } = context
  const app = new Hono()
  app.get('/positions/:id', valid('param', idPath), valid('query', positionQuery), (c) => {
    const { id } = c.req.valid('param')
    const options = c.req.valid('query')
    const timeline = buildTimeline(store, id, options)
    if (!timeline.ok) return errorResponse(c, timeline.error)
    const search = new URLSearchParams()
    if (options.ignoreCase) search.set('ignoreCase', '1')
    if (options.ignorePunctuation) search.set('ignorePunctuation', '1')
    const downloads = TIMELINE_FORMATS.map((format) => ({
      format, href: `/positions/${id}/export?${new URLSearchParams([...search, ['format', format]])}`,
    }))
    const documentLabels = new Map(store.corpus.listCorpus().map((entry) => [entry.id, `${entry.date} · ${entry.title}`]))
    const props = { timeline: timeline.value, options, downloads, documentLabels }
    if (wantsFragment(c)) {
      const query = search.toString()
      c.header('HX-Push-Url', `/positions/${id}${query ? `?${query}` : ''}`)
      return c.html(<PositionView {...props} />)
    }
    return c.render(<PositionPage {...props} />, { title: timeline.value.position.label, nav: 'compare' })
  })
  return app
}
