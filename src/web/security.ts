import { createHash, timingSafeEqual } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { csrf } from 'hono/csrf'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import type { RedlineError } from '../errors.ts'
import { formatBytes, TOKEN_FIELD, TOKEN_HEADER, type Settings } from '../settings.ts'

type Refuse = (c: Context, error: RedlineError) => Response | Promise<Response>

/** Room for multipart boundaries and the small form fields around the file(s). */
const MULTIPART_SLACK = 64 * 1024
const SAFE_METHOD_RE = /^(GET|HEAD|OPTIONS)$/
const FORM_TYPE_RE = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i

/**
 * Strict CSP: everything from this server, nothing inline. htmx is configured through a
 * `<meta name="htmx-config">` (read as data, not run) so that it needs no inline script and
 * injects no stylesheet; the pages use no `style` attributes and no `on*` handlers.
 * No HSTS: the server speaks plain HTTP on the loopback, where browsers ignore it anyway.
 */
export const securityHeaders = () => secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  },
  xFrameOptions: 'DENY',
  strictTransportSecurity: false,
})

/** Hono's `csrf` (Origin / Sec-Fetch-Site must be this server), answered through our error page. */
export function refuseCrossSite(refuse: Refuse): MiddlewareHandler {
  const guard = csrf()
  return async function refuseCrossSite(c, next) {
    try {
      await guard(c, async () => {})
    } catch (error) {
      if (!(error instanceof HTTPException)) throw error
      return refuse(c, { kind: 'forbidden', message: 'cross-site request refused: writes must come from a page of this server' })
    }
    await next()
  }
}

/** Writes are bounded before anything reads the body; the message names the limit and its setting. */
export function limitWrites(settings: Settings, refuse: Refuse): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: settings.maxBytes + MULTIPART_SLACK,
    onError: (c) => refuse(c, {
      kind: 'too-large',
      message: `the upload is larger than the limit of ${formatBytes(settings.maxBytes)} per request (set by REDLINE_MAX_BYTES)`,
    }),
  })
  return async function limitWrites(c, next) {
    if (SAFE_METHOD_RE.test(c.req.method)) return next()
    return limit(c, next)
  }
}

/** With `REDLINE_TOKEN` set, a write must carry it in `X-Redline-Token` or a `token` form field. */
export function requireToken(settings: Settings, refuse: Refuse): MiddlewareHandler {
  const expected = settings.token === null ? null : digest(settings.token)
  return async function requireToken(c, next) {
    if (expected === null || SAFE_METHOD_RE.test(c.req.method)) return next()
    let given = c.req.header(TOKEN_HEADER)
    if (given === undefined && FORM_TYPE_RE.test(c.req.header('content-type') ?? '')) {
      const field = (await c.req.parseBody())[TOKEN_FIELD]
      if (typeof field === 'string') given = field
    }
    // Compare digests so the comparison takes the same time whatever the given length.
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      return refuse(c, { kind: 'forbidden', message: 'this server requires the write token (REDLINE_TOKEN) to change anything' })
    }
    await next()
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest()
}
