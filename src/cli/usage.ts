export const USAGE = `redline: track how recurring positions are restated across dated documents

Usage:
  redline import PATH... [--db FILE] [--date YYYY-MM-DD] [--title T] [--issuer I] [--series S] [--kind K]
  redline list [--db FILE] [--json]
  redline show DOC [--db FILE] [--json]
  redline compare --from YEAR --to YEAR [--series S] [--format F] [--out FILE]
                  [--ignore-case] [--ignore-punctuation] [--db FILE]
  redline compare --from-doc ID --to-doc ID [...]
  redline timeline --position ID [--format json|md|csv|html] [--out FILE] [--db FILE]
  redline timeline --all [--series S] [--format json|csv|md|html] [--out FILE] [--db FILE]
  redline serve [--port N] [--host H] [--db FILE]

Formats: json (default), md, html, csv, pdf (pdf needs --out).
Database: --db FILE, else $REDLINE_DB, else db/redline.db in the project folder.
Documents: .txt, .md or .html; metadata in front matter (title, date, issuer, kind, series,
source_url), a manifest.json in the folder, or a leading YYYY-MM-DD in the file name.
`

/** A usage mistake: exit code 2 and one line, as with most Unix tools. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
