import { Hono, type Context } from 'hono'
import { jsxRenderer } from 'hono/jsx-renderer'
import type { Catalogue } from '../align/index.ts'
import type { RedlineError } from '../errors.ts'
import type { Store } from '../store/index.ts'
import { ErrorNote, ErrorPage } from '../../views/error.tsx'
import { Layout, type NavKey } from '../../views/layout.tsx'
import { assetRoutes } from './assets.ts'
import { wantsFragment, type WebContext } from './context.ts'
import { cachePages } from './page-cache.ts'
import { createReportCache } from './report-cache.ts'
import { apiRoutes } from './routes/api.ts'
import { compareRoutes } from './routes/compare.tsx'
import { documentRoutes } from './routes/documents.tsx'
import { exportRoutes } from './routes/export.ts'
import { homeRoutes } from './routes/home.tsx'
import { positionRoutes } from './routes/positions.tsx'
import { searchRoutes } from './routes/search.tsx'
import { trendRoutes } from './routes/trends.tsx'
import { uploadRoutes } from './routes/upload.tsx'
import { limitWrites, refuseCrossSite, requireToken, securityHeaders } from './security.ts'
import { readSettings, type Settings } from '../settings.ts'

/** The one place where an error kind becomes an HTTP status. */
export const STATUS: Record<RedlineError['kind'], 400 | 403 | 404 | 409 | 413> = {
  'invalid-input': 400,
  'forbidden': 403,
  'not-found': 404,
  'conflict': 409,
  'too-large': 413,
}

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: { title: string; nav?: NavKey }): Response | Promise<Response>
  }
}

export interface AppOptions {
  store: Store
  catalogue?: Catalogue | undefined
  /** Defaults to the environment (`REDLINE_MAX_BYTES`, `REDLINE_MAX_FILES`, `REDLINE_TOKEN`). */
  settings?: Settings
}

/** The web app over one store; routes parse input, call the pipeline or store, render a view. */
export function createApp({ store, catalogue, settings = readSettings() }: AppOptions) {
  const context: WebContext = { store, reports: createReportCache(store), settings, catalogue }
  const app = new Hono()

  app.use('*', cachePages(store))
  app.use('*', securityHeaders())
  app.use('*', async function varyOnHtmx(c, next) {
    await next()
    // Pages answer htmx with a fragment and browsers with the whole page: caches must keep both.
    c.res.headers.append('Vary', 'HX-Request')
  })
  app.route('/', assetRoutes())
  app.use('*', jsxRenderer(({ children, title, nav }) => <Layout title={title} nav={nav}>{children}</Layout>, { docType: true }))
  app.use('*', refuseCrossSite(errorResponse))
  app.use('*', limitWrites(settings, errorResponse))
  app.use('*', requireToken(settings, errorResponse))

  app.route('/', homeRoutes(context))
  app.route('/', uploadRoutes(context))
  app.route('/', compareRoutes(context))
  app.route('/', apiRoutes(context))
  app.route('/', exportRoutes(store))
  app.route('/', positionRoutes(context))
  app.route('/', documentRoutes(context))
  app.route('/', searchRoutes(context))
  app.route('/', trendRoutes(context))

  app.notFound((c) => errorResponse(c, { kind: 'not-found', message: `no page at ${c.req.path}` }))
  app.onError((error, c) => {
    console.error(error)
    return c.text('Internal server error', 500)
  })
  return app
}

/** A refused request as the asker can use it: JSON for the API, a note for htmx, else a page. */
export function errorResponse(c: Context, error: RedlineError): Response | Promise<Response> {
  const status = STATUS[error.kind]
  if (c.req.path.startsWith('/api/')) return c.json({ error: error.message }, status)
  if (wantsFragment(c)) return c.html(<ErrorNote message={error.message} />, status)
  c.status(status)
  return c.render(<ErrorPage status={status} message={error.message} />, { title: 'Error' })
}
