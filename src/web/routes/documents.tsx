import { Hono } from 'hono'
import { DocumentPage } from '../../../views/document.tsx'
import { errorResponse } from '../app.tsx'
import { previousYearHref } from '../compare-model.ts'
import { layoutDocument } from '../document-layout.ts'
import type { WebContext } from '../context.ts'
import { idPath } from '../params.ts'
import { valid } from '../validate.ts'

const ORIGINAL_TYPES = { txt: 'text/plain', md: 'text/markdown', html: 'text/html' } as const

/** `/documents/:id` and the download of the file as it was imported. */
export function documentRoutes(context: WebContext): Hono {
  const { store } = context
  const app = new Hono()
  app.get('/documents/:id', valid('param', idPath), (c) => {
    const { id } = c.req.valid('param')
    const document = store.documents.getDocument(id)
    if (!document) return errorResponse(c, { kind: 'not-found', message: `no document with id ${id}` })
    const compareHref = previousYearHref(store.corpus.listCorpus(), document)
    return c.render(
      <DocumentPage document={document} paragraphs={layoutDocument(document.text, store.documents.getStatements(id))}
        positions={store.statementPositions.positionsOfDocument(id)} compareHref={compareHref} />,
      { title: document.title, nav: 'corpus' },
    )
  })
  app.get('/documents/:id/original', valid('param', idPath), (c) => {
    const { id } = c.req.valid('param')
    const document = store.documents.getDocument(id)
    const original = store.documents.getOriginal(id)
    if (!document || !original) return errorResponse(c, { kind: 'not-found', message: `no document with id ${id}` })
    // Always an attachment: an uploaded HTML original must never render as a page of this site.
    return c.body(original.original, 200, {
      'Content-Type': `${ORIGINAL_TYPES[document.format]}; charset=utf-8`,
      'Content-Disposition': contentDisposition(original.file_name),
    })
  })
  return app
}

/** RFC 6266: an ASCII fallback name plus the exact UTF-8 name (RFC 5987). */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7E]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}
