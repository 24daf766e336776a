import { zValidator } from '@hono/zod-validator'
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import type { RedlineError, Result } from '../../errors.ts'
import { buildAllTimelines, buildCompareReport, buildTimeline, type CompareTarget } from '../../report/index.ts'
import {
  compareFileName, REPORT_FORMATS, renderCompareReport, renderTimelines, TIMELINE_FORMATS, timelineFileName, type Rendered,
} from '../../report/render/index.ts'
import type { Store } from '../../store/index.ts'
import { describeIssues, idPath, idParam, positionQuery, yearParam } from '../params.ts'

/** `?series=` from a GET form means no series, as on the pages. */
const blank = (value: unknown) => (value === '' ? undefined : value)
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional())
/** The same `ignoreCase`/`ignorePunctuation` flags as the compare and position pages. */
const diffFlags = positionQuery.shape

/**
 * The compare page's own query names plus `format`; its view-only parameters (view, hideUnchanged,
 * page…) are accepted and dropped, so a download link is the page's URL with `format` added.
 */
const compareExportQuery = z.object({
  format: z.enum(REPORT_FORMATS, { error: `expected one of ${REPORT_FORMATS.join(', ')}` }),
  from: optional(yearParam),
  to: optional(yearParam),
  fromDoc: optional(idParam),
  toDoc: optional(idParam),
  series: optional(z.string().max(200)),
  ...diffFlags,
}).refine((query) => (query.fromDoc !== undefined && query.toDoc !== undefined) || (query.from !== undefined && query.to !== undefined), {
  error: 'choose two years (from=2023&to=2025) or two documents (fromDoc=1&toDoc=2)', path: ['from'],
})

const timelineFormat = z.enum(TIMELINE_FORMATS, { error: `expected one of ${TIMELINE_FORMATS.join(', ')}` })
const positionExportQuery = z.object({ format: timelineFormat, ...diffFlags })
const timelineExportQuery = z.object({ format: timelineFormat, series: optional(z.string().max(200)), ...diffFlags })

const STATUS: Record<RedlineError['kind'], 400 | 403 | 404 | 409 | 413> = {
  'invalid-input': 400, 'forbidden': 403, 'not-found': 404, 'conflict': 409, 'too-large': 413,
}

/** A download that cannot be made answers in plain text: the browser shows it in place of the file. */
function refuse(c: Context, error: RedlineError): Response {
  return c.text(`Cannot export: ${error.message}\n`, STATUS[error.kind])
}

const validQuery = <T extends z.ZodType>(schema: T) => zValidator('query', schema, (result, c) => {
  if (!result.success) return refuse(c, { kind: 'invalid-input', message: describeIssues(result.error) })
})

function download(c: Context, rendered: Rendered, fileName: string): Response {
  return c.body(rendered.body as string | Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': rendered.contentType,
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
  })
}

/**
 * Downloads of the compare report and of position timelines in every format: the same report
 * and renderers as the CLI, built from the same query names as the pages.
 */
export function exportRoutes(store: Store): Hono {
  const app = new Hono()

  app.get('/compare/export', validQuery(compareExportQuery), async (c) => {
    const query = c.req.valid('query')
    const target: CompareTarget = query.fromDoc !== undefined && query.toDoc !== undefined
      ? { kind: 'documents', from: query.fromDoc, to: query.toDoc }
      : { kind: 'years', from: query.from!, to: query.to!, series: query.series }
    const report = buildCompareReport(store, target, { ignoreCase: query.ignoreCase, ignorePunctuation: query.ignorePunctuation })
    if (!report.ok) return refuse(c, report.error)
    const rendered = await renderCompareReport(report.value, query.format)
    return download(c, rendered, compareFileName(target, rendered.extension))
  })

  app.get('/positions/:id/export', zValidator('param', idPath, (result, c) => {
    if (!result.success) return refuse(c, { kind: 'invalid-input', message: describeIssues(result.error) })
  }), validQuery(positionExportQuery), async (c) => {
    const { id } = c.req.valid('param')
    const query = c.req.valid('query')
    const timeline = buildTimeline(store, id, { ignoreCase: query.ignoreCase, ignorePunctuation: query.ignorePunctuation })
    return respondTimelines(c, timeline.ok ? { ok: true, value: [timeline.value] } : timeline, query.format, { position: id })
  })

  app.get('/timeline/export', validQuery(timelineExportQuery), async (c) => {
    const query = c.req.valid('query')
    const timelines = buildAllTimelines(store, query.series, { ignoreCase: query.ignoreCase, ignorePunctuation: query.ignorePunctuation })
    const series = timelines.ok ? timelines.value[0]?.position.series ?? query.series ?? 'all' : ''
    return respondTimelines(c, timelines, query.format, { series })
  })

  return app
}

async function respondTimelines(
  c: Context, timelines: Result<Parameters<typeof renderTimelines>[0]>, format: (typeof TIMELINE_FORMATS)[number],
  name: Parameters<typeof timelineFileName>[0],
): Promise<Response> {
  if (!timelines.ok) return refuse(c, timelines.error)
  const rendered = await renderTimelines(timelines.value, format)
  return download(c, rendered, timelineFileName(name, rendered.extension))
}
