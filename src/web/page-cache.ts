import type { MiddlewareHandler } from 'hono'
import { gzipSync } from 'node:zlib'
import type { Store } from '../store/index.ts'

const CACHE_SIZE = 64
const CACHEABLE_TYPE_RE = /^(text\/html|application\/json)/
/** Request headers that change what a page answers (a fragment or the whole page). */
const VARYING_HEADERS = ['HX-Request', 'HX-History-Restore-Request']
/** Smaller answers gain nothing from compression worth its header. */
const GZIP_MIN_BYTES = 1024
const GZIP_RE = /\bgzip\b/

interface CachedPage {
  status: number
  /**
   * Every header of the answer as sent (security headers, Vary, Content-Length), as a plain
   * object: the Node adapter writes such headers straight out, where a `Headers` list is
   * validated and converted again on every response.
   */
  headers: Record<string, string>
  /** Encoded once: a 300 KB comparison re-encoded per response was most of its cost under load. */
  body: Uint8Array<ArrayBuffer>
  /** The body compressed, once, when a client that accepts gzip first asks (browsers do). */
  gzip?: { headers: Record<string, string>; body: Uint8Array<ArrayBuffer> }
}

/**
 * Every page is a function of its URL and the database, so a rendered page is kept until the
 * database changes (an import here or in another process moves `store.version`). Repeated views,
 * htmx toggles back and forth and many readers of one comparison then cost a lookup, not a render.
 * The first middleware of the app: a hit is answered before any other runs, with the headers
 * they set when the page was made.
 */
export function cachePages(store: Store): MiddlewareHandler {
  let version = ''
  const pages = new Map<string, CachedPage>()
  return async function cachePages(c, next) {
    if (c.req.method !== 'GET') return next()
    const now = store.version.current()
    if (now !== version) {
      pages.clear()
      version = now
    }
    const key = `${c.req.url}\n${c.req.header(VARYING_HEADERS[0]!) ?? ''}\n${c.req.header(VARYING_HEADERS[1]!) ?? ''}`
    const cached = pages.get(key)
    if (cached) {
      pages.delete(key)
      pages.set(key, cached)
      const encoded = cached.body.byteLength >= GZIP_MIN_BYTES && GZIP_RE.test(c.req.header('Accept-Encoding') ?? '')
        ? (cached.gzip ??= compress(cached))
        : cached
      return new Response(encoded.body, { status: cached.status, headers: encoded.headers })
    }
    await next()
    const type = c.res.headers.get('Content-Type') ?? ''
    if (c.res.status !== 200 || !CACHEABLE_TYPE_RE.test(type) || /no-store/.test(c.res.headers.get('Cache-Control') ?? '')) return
    // Either encoding may be answered from here on: shared caches must tell them apart.
    c.res.headers.append('Vary', 'Accept-Encoding')
    const body = new Uint8Array(await c.res.clone().arrayBuffer())
    const headers = Object.fromEntries(c.res.headers)
    headers['content-length'] = String(body.byteLength)
    pages.set(key, { status: c.res.status, headers, body })
    if (pages.size > CACHE_SIZE) pages.delete(pages.keys().next().value!)
  }
}

function compress(page: CachedPage): NonNullable<CachedPage['gzip']> {
  const body = new Uint8Array(gzipSync(page.body))
  return { body, headers: { ...page.headers, 'content-encoding': 'gzip', 'content-length': String(body.byteLength) } }
}
