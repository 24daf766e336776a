import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text of every page, items joined by spaces, whitespace collapsed (what a reader could copy). */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise
  const pages: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  await pdf.destroy()
  return pages.join(' ').replace(/\s+/g, ' ')
}

/** PDF names that run code or open things when the file is opened (ISO 32000 §12.6). */
export const ACTIVE_PDF_NAMES_RE = /\/(?:JavaScript|JS|Launch|SubmitForm|ImportData|RichMedia|OpenAction|AA)\b|\/URI\s*\(\s*javascript:/
