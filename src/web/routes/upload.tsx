import { Hono } from 'hono'
import { ErrorNote } from '../../../views/error.tsx'
import { STATUS } from '../app.tsx'
import { wantsFragment, type WebContext } from '../context.ts'
import { importUpload } from '../upload.ts'
import { renderHome } from './home.tsx'

/** `POST /documents`: import an upload, then show the new document (or the error beside the form). */
export function uploadRoutes(context: WebContext): Hono {
  const app = new Hono()
  app.post('/documents', async (c) => {
    const outcome = await importUpload(context, await c.req.parseBody({ all: true }))
    if (!outcome.ok) {
      const status = STATUS[outcome.error.kind]
      if (wantsFragment(c)) return c.html(<ErrorNote message={outcome.error.message} />, status)
      c.status(status)
      return renderHome(c, context, outcome.error.message)
    }
    const location = `/documents/${outcome.value.at(-1)!.document.id}`
    if (wantsFragment(c)) return c.body(null, 200, { 'HX-Redirect': location })
    return c.redirect(location, 303)
  })
  return app
}
