import type { CompareReport, PositionTimeline } from '../../types.ts'
import { renderCompareCsv } from './compare-csv.ts'
import { renderCompareHtml } from './compare-html.tsx'
import { renderCompareMarkdown } from './compare-markdown.ts'
import { renderComparePdf } from './compare-pdf.ts'
import { renderTimelineCsv } from './timeline-csv.ts'
import { renderTimelineHtml } from './timeline-html.tsx'
import { renderTimelineMarkdown } from './timeline-markdown.ts'

export { compareFileName, timelineFileName } from './file-name.ts'

export const REPORT_FORMATS = ['json', 'md', 'html', 'csv', 'pdf'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]
export const TIMELINE_FORMATS = ['json', 'md', 'html', 'csv'] as const
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number]
/** The report shape every renderer here is written for; `src/report/schema/*.json` pin the same. */
export const SCHEMA_VERSION = 1

export interface Rendered {
  body: string | Uint8Array
  contentType: string
  extension: string
}

const TEXT_TYPES = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
} as const

/** One report, many formats: every renderer works on the report data alone. */
export async function renderCompareReport(report: CompareReport, format: ReportFormat): Promise<Rendered> {
  checkSchemaVersion(report.schemaVersion, 'compare report')
  switch (format) {
    case 'json': return text('json', `${JSON.stringify(report, null, 2)}\n`)
    case 'md': return text('md', renderCompareMarkdown(report))
    case 'html': return text('html', await renderCompareHtml(report))
    case 'csv': return text('csv', renderCompareCsv(report))
    case 'pdf': return { body: await renderComparePdf(report), contentType: 'application/pdf', extension: 'pdf' }
  }
}

/** One timeline as an object in JSON, several as an array; the other formats list them in order. */
export async function renderTimelines(timelines: PositionTimeline[], format: TimelineFormat): Promise<Rendered> {
  for (const timeline of timelines) checkSchemaVersion(timeline.schemaVersion, `timeline of position ${timeline.position.id}`)
  switch (format) {
    case 'json': return text('json', `${JSON.stringify(timelines.length === 1 ? timelines[0] : timelines, null, 2)}\n`)
    case 'md': return text('md', renderTimelineMarkdown(timelines))
    case 'html': return text('html', await renderTimelineHtml(timelines))
    case 'csv': return text('csv', renderTimelineCsv(timelines))
  }
}

function text(format: keyof typeof TEXT_TYPES, body: string): Rendered {
  return { body, contentType: TEXT_TYPES[format], extension: format }
}

/** A report of another shape would render wrong silently; that is a bug to stop at, not to print. */
function checkSchemaVersion(version: number, what: string): void {
  if (version !== SCHEMA_VERSION) throw new Error(`cannot render ${what}: schemaVersion ${version}, expected ${SCHEMA_VERSION}`)
}
