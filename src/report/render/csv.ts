/** A value of one CSV cell; null is an empty cell. */
export type CsvCell = string | number | null

const NEEDS_QUOTES_RE = /[",\r\n]/
/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): LibreOffice and Excel
 * evaluate `=HYPERLINK(…)` from an imported file. A leading apostrophe keeps the text as text.
 */
const FORMULA_START_RE = /^[=+\-@\t\r]/
const BYTE_ORDER_MARK = '\uFEFF'

function cell(value: CsvCell): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START_RE.test(text)) text = `'${text}`
  return NEEDS_QUOTES_RE.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * An RFC 4180 table: a header row, CRLF between records, fields quoted when they hold a comma,
 * quote or line break. The UTF-8 byte order mark is what makes Excel and LibreOffice read the
 * file as UTF-8 on a double click; pandas and csv-parse (with `bom`) drop it.
 */
export function csvTable(header: readonly string[], rows: CsvCell[][]): string {
  return BYTE_ORDER_MARK + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}
