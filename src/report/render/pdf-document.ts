import PDFDocument from 'pdfkit'
import { PDF_FONTS } from './pdf-fonts.ts'

export const PDF_COLORS = { text: '#1b1b1f', muted: '#5b5b66', line: '#c8c8d0', accent: '#b3261e', insert: '#0b6b22', delete: '#b3261e' } as const
export const PDF_MARGIN = 56
/** Room at the foot of each page for the page number. */
const FOOTER_HEIGHT = 28
const FORMAT_CONTROL_RE = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu
const LINE_BREAK_RE = /[^\S\r\n\u2028\u2029]*[\r\n\u2028\u2029]+\s*/g

/** A PDF being written: the pdfkit document, a way to make text printable, and its finished bytes. */
export interface PdfWriter {
  doc: PDFKit.PDFDocument
  /** Text as the chosen font can print it. */
  printable: (text: string) => string
  /** Writes the page numbers and resolves to the file. */
  finish: (footer: string) => Promise<Uint8Array>
}

/** An A4 document in the body font, pages buffered so that "page n of m" can be written at the end. */
export function startPdf(title: string): PdfWriter {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PDF_MARGIN, left: PDF_MARGIN, right: PDF_MARGIN, bottom: PDF_MARGIN + FOOTER_HEIGHT },
    bufferPages: true,
    info: { Title: title, Creator: 'Redline', Producer: 'Redline (pdfkit)' },
    lang: 'en',
    displayTitle: true,
  })
  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })
  doc.registerFont('body', PDF_FONTS.regular)
  doc.registerFont('bold', PDF_FONTS.bold)
  doc.font('body').fillColor(PDF_COLORS.text)
  // PDF text is flowed, and a line break inside a continued run makes pdfkit overprint the next line.
  // pdfkit applies no bidi algorithm, so format controls (RTL overrides, isolates) would only print
  // as empty boxes: they are dropped, which also defuses override spoofing.
  const flowed = (text: string) => text.replace(LINE_BREAK_RE, ' ').replace(FORMAT_CONTROL_RE, '')

  return {
    doc,
    printable: flowed,
    finish(footer) {
      const { start, count } = doc.bufferedPageRange()
      for (let index = start; index < start + count; index++) {
        doc.switchToPage(index)
        // Writing below the bottom margin would start a new page; lift the margin while we do.
        const bottom = doc.page.margins.bottom
        doc.page.margins.bottom = 0
        const y = doc.page.height - PDF_MARGIN - 10
        const width = doc.page.width - 2 * PDF_MARGIN
        doc.font('body').fontSize(8).fillColor(PDF_COLORS.muted)
        doc.text(flowed(footer), PDF_MARGIN, y, { width: width - 80, lineBreak: false, ellipsis: true })
        doc.text(`Page ${index - start + 1} of ${count}`, PDF_MARGIN, y, { width, align: 'right', lineBreak: false })
        doc.page.margins.bottom = bottom
      }
      doc.end()
      return done
    },
  }
}

/** Starts a new page unless `height` points are left: keeps a heading with what follows it. */
export function keepTogether(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
}
