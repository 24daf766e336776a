import { Hono, type Context } from 'hono'
import { HomePage } from '../../../views/home.tsx'
import type { WebContext } from '../context.ts'
import { formatBytes } from '../../settings.ts'

/** The home page, also re-rendered by a failed upload without JavaScript (error beside the form). */
export function renderHome(c: Context, context: WebContext, uploadError?: string) {
  const corpus = context.store.corpus.listCorpus()
  const upload = {
    maxSize: formatBytes(context.settings.maxBytes),
    maxFiles: context.settings.maxFiles,
    tokenRequired: context.settings.token !== null,
    series: [...new Set(corpus.map((entry) => entry.series))],
    error: uploadError,
  }
  return c.render(<HomePage corpus={corpus} upload={upload} />, { title: 'Corpus', nav: 'corpus' })
}

export function homeRoutes(context: WebContext): Hono {
  const app = new Hono()
  app.get('/', (c) => renderHome(c, context))
  return app
}
