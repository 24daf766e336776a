import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The pages of a PDF as text, extracted by pdf.js (the legacy build is the one for Node). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise
  const pages: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
  }
  await pdf.destroy()
  return pages
}

/** Text compared without its layout: a label may wrap anywhere and runs split at every style change. */
export const squash = (text: string) => text.replace(/\s+/g, '')
