import type { DiffOp } from '../../types.ts'
import { PDF_COLORS, type PdfWriter } from './pdf-document.ts'
import { inlineOps } from './report-text.ts'

const SPACES_RE = /(\s+)/

interface Run {
  op: DiffOp['op']
  text: string
}

/**
 * One paragraph of a diff, inline: deleted words red and struck through, inserted words green and
 * underlined, so that the marks survive black-and-white printing. Spaces stay outside the marks.
 */
export function writeRedline(writer: PdfWriter, diff: DiffOp[], options: { indent?: number } = {}): void {
  // Each changed word is its own fragment and the spaces between stay plain: pdfkit measures a
  // fragment that wraps with its trailing space, so a marked phrase would underline past the margin.
  const runs: Run[] = inlineOps(diff).flatMap((op): Run[] => op.op === 'equal'
    ? [op]
    : op.text.split(SPACES_RE).map((text, index) => ({ op: index % 2 ? 'equal' : op.op, text })))
    .filter((run) => run.text !== '')
  writeRuns(writer, runs, options.indent ?? 0)
}

/** Plain text through the same path, for statements with nothing to mark. */
export function writePlain(writer: PdfWriter, text: string, options: { indent?: number } = {}): void {
  writeRuns(writer, [{ op: 'equal', text }], options.indent ?? 0)
}

function writeRuns({ doc, printable }: PdfWriter, runs: Run[], indent: number): void {
  const x = doc.page.margins.left + indent
  const width = doc.page.width - doc.page.margins.right - x
  doc.font('body').fontSize(10)
  if (runs.length === 0) runs = [{ op: 'equal', text: ' ' }]
  runs.forEach((run, index) => {
    doc.fillColor(run.op === 'insert' ? PDF_COLORS.insert : run.op === 'delete' ? PDF_COLORS.delete : PDF_COLORS.text)
    const options = { continued: index < runs.length - 1, underline: run.op === 'insert', strike: run.op === 'delete', lineGap: 2 }
    // Only the first run of a paragraph takes a position; the others continue where it left off.
    if (index === 0) doc.text(printable(run.text), x, doc.y, { ...options, width })
    else doc.text(printable(run.text), options)
  })
  doc.fillColor(PDF_COLORS.text)
}
