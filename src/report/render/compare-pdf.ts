import type { CompareReport, ReportPair, ReportPosition, StatementRef, UnpairedStatement } from '../../types.ts'
import { keepTogether, PDF_COLORS, PDF_MARGIN, startPdf, type PdfWriter } from './pdf-document.ts'
import { writePlain, writeRedline } from './pdf-redline.ts'
import { counted, optionsText, pairFacts, reportTitle, sideName, summaryRows } from './report-text.ts'

/**
 * A printable redline: a title page with the summary, then each restated position with its pairs
 * marked inline, the dropped and new statements, and the term shifts; page numbers on every page.
 */
export function renderComparePdf(report: CompareReport): Promise<Uint8Array> {
  const writer = startPdf(`Redline: ${reportTitle(report)}`)
  const from = sideName(report, 'from')
  const to = sideName(report, 'to')
  writeTitlePage(writer, report, from, to)

  writer.doc.addPage()
  const persistent = report.positions.filter((position) => position.status === 'persistent')
  heading(writer, `Positions restated (${persistent.length})`)
  if (persistent.length === 0) note(writer, 'None.')
  for (const position of persistent) writePosition(writer, position, from, to)
  for (const [title, status] of [['Dropped positions', 'dropped'], ['New positions', 'new']] as const) {
    const positions = report.positions.filter((position) => position.status === status)
    if (positions.length === 0) continue
    heading(writer, `${title} (${positions.length})`)
    for (const position of positions) bullet(writer, position.label, counted(position.statements.length, 'statement'))
  }
  statementSection(writer, `Dropped statements (in ${from}, not in ${to})`, report.removed)
  statementSection(writer, `New statements (in ${to}, not in ${from})`, report.added)
  heading(writer, `Term shifts (${report.termShifts.length})`)
  if (report.termShifts.length === 0) note(writer, 'None.')
  for (const shift of report.termShifts) {
    keepTogether(writer.doc, 30)
    writeRedline(writer, [{ op: 'delete', text: shift.from }, { op: 'equal', text: ' → ' }, { op: 'insert', text: shift.to },
      { op: 'equal', text: `  (${counted(shift.count, 'time')})` }])
    writer.doc.moveDown(0.4)
  }
  return writer.finish(`Redline · ${reportTitle(report)}`)
}

function writeTitlePage(writer: PdfWriter, report: CompareReport, from: string, to: string): void {
  const { doc, printable } = writer
  const width = doc.page.width - 2 * PDF_MARGIN
  doc.y = 150
  doc.font('bold').fontSize(10).fillColor(PDF_COLORS.accent).text('REDLINE CHANGE REPORT', PDF_MARGIN, doc.y, { characterSpacing: 1.5 })
  doc.moveDown(0.6).font('bold').fontSize(24).fillColor(PDF_COLORS.text).text(printable(report.series), { width })
  doc.moveDown(0.2).font('body').fontSize(18).text(printable(`${from} → ${to}`))
  doc.moveDown(1.2).fontSize(10)
  for (const [label, side] of [[`From ${from}`, report.from], [`To ${to}`, report.to]] as const) {
    for (const document of side.documents) {
      doc.font('bold').text(printable(`${label}: `), { continued: true }).font('body').text(printable(`${document.title} (${document.date})`))
    }
  }
  doc.moveDown(1.5).font('bold').fontSize(13).text('Summary')
  doc.moveDown(0.4).fontSize(10)
  for (const [label, value] of summaryRows(report)) {
    const y = doc.y
    doc.font('body').text(printable(label), PDF_MARGIN, y, { width: 260 })
    doc.text(value, PDF_MARGIN + 260, y, { width: 80, align: 'right' })
    doc.moveTo(PDF_MARGIN, doc.y + 2).lineTo(PDF_MARGIN + 340, doc.y + 2).lineWidth(0.5).strokeColor(PDF_COLORS.line).stroke()
    doc.y += 5
  }
  doc.moveDown(1).fillColor(PDF_COLORS.muted).text(printable(optionsText(report)), PDF_MARGIN, doc.y, { width })
  doc.moveDown(1).fillColor(PDF_COLORS.text).font('bold').text('How to read this report')
  doc.moveDown(0.3)
  writeRedline(writer, [
    { op: 'equal', text: `Each pair is the ${to} wording with the ${from} wording’s changes left in place: words ` },
    { op: 'delete', text: 'deleted' },
    { op: 'equal', text: ' are red and struck through, words ' },
    { op: 'insert', text: 'inserted' },
    { op: 'equal', text: ' are green and underlined.' },
  ])
}

function heading({ doc, printable }: PdfWriter, title: string): void {
  keepTogether(doc, 110)
  doc.moveDown(doc.y > doc.page.margins.top + 1 ? 1.2 : 0)
  doc.font('bold').fontSize(15).fillColor(PDF_COLORS.text).text(printable(title), PDF_MARGIN)
  const y = doc.y + 2
  doc.moveTo(PDF_MARGIN, y).lineTo(doc.page.width - PDF_MARGIN, y).lineWidth(1).strokeColor(PDF_COLORS.text).stroke()
  doc.y = y + 8
}

function note({ doc, printable }: PdfWriter, text: string): void {
  doc.font('body').fontSize(8.5).fillColor(PDF_COLORS.muted).text(printable(text), PDF_MARGIN).fillColor(PDF_COLORS.text)
}

function writePosition(writer: PdfWriter, position: ReportPosition, from: string, to: string): void {
  const { doc, printable } = writer
  keepTogether(doc, 90)
  doc.moveDown(0.6).font('bold').fontSize(11.5).fillColor(PDF_COLORS.text).text(printable(position.label), PDF_MARGIN)
  doc.moveDown(0.15)
  for (const pair of position.pairs) writePair(writer, pair, from, to)
  if (position.pairs.length === 0) {
    note(writer, `Restated through another year: no direct pair between ${from} and ${to}.`)
    for (const statement of position.statements) writePlain(writer, statementLine(statement))
  }
}

function writePair(writer: PdfWriter, pair: ReportPair, from: string, to: string): void {
  const speaker = pair.to.speaker ?? pair.from.speaker
  keepTogether(writer.doc, 40)
  note(writer, `${from} #${pair.from.id} → ${to} #${pair.to.id} · ${pairFacts(pair)}${speaker ? ` · speaker: ${speaker}` : ''}`)
  writer.doc.moveDown(0.2)
  writeRedline(writer, pair.diff)
  writer.doc.moveDown(0.6)
}

function statementSection(writer: PdfWriter, title: string, statements: UnpairedStatement[]): void {
  heading(writer, `${title} (${statements.length})`)
  if (statements.length === 0) note(writer, 'None.')
  for (const statement of statements) {
    bullet(writer, statementLine(statement), statement.positions.map((position) => position.label).join('; '))
  }
}

function bullet(writer: PdfWriter, text: string, detail: string): void {
  keepTogether(writer.doc, 36)
  writePlain(writer, text, { indent: 10 })
  if (detail) writer.doc.font('body').fontSize(8.5).fillColor(PDF_COLORS.muted).text(writer.printable(detail), PDF_MARGIN + 10).fillColor(PDF_COLORS.text)
  writer.doc.moveDown(0.5)
}

function statementLine(statement: StatementRef): string {
  return `#${statement.id}  ${statement.speaker ? `${statement.speaker}: ` : ''}${statement.text}`
}
