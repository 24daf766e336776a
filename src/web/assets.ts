import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Hono } from 'hono'
import { PROJECT_DIR } from '../paths.ts'

const require = createRequire(import.meta.url)
const PUBLIC_DIR = join(PROJECT_DIR, 'public')

/** htmx comes from node_modules and is served by us: no CDN, nothing leaves the origin. */
const ASSETS = {
  'htmx.js': { path: require.resolve('htmx.org/dist/htmx.min.js'), type: 'text/javascript; charset=utf-8' },
  'style.css': { path: join(PUBLIC_DIR, 'style.css'), type: 'text/css; charset=utf-8' },
  'pages.css': { path: join(PUBLIC_DIR, 'pages.css'), type: 'text/css; charset=utf-8' },
  'app.js': { path: join(PUBLIC_DIR, 'app.js'), type: 'text/javascript; charset=utf-8' },
} as const

/** The few static files, read once at start. */
export function assetRoutes(): Hono {
  const app = new Hono()
  const files = new Map(Object.entries(ASSETS).map(([name, asset]) => [name, { body: readFileSync(asset.path), type: asset.type }]))
  app.get('/assets/:name', (c) => {
    const file = files.get(c.req.param('name'))
    if (!file) return c.text('Not found', 404)
    return c.body(file.body, 200, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=3600' })
  })
  return app
}
