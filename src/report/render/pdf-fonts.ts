import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * PDFKit's built-in Helvetica writes text as Windows-1252, which lacks the ğ of "Sinirlioğlu" and
 * the ‑ and → of the FOMC texts: they would print as garbage. DejaVu Sans covers Latin, Greek and
 * Cyrillic and ships as a runtime dependency (dejavu-fonts-ttf), so every machine embeds the same
 * font and no PDF depends on what the system happens to have installed.
 */
export const PDF_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
}
