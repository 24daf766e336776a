import Database from 'better-sqlite3'
import { ALIGNMENT_WINDOW } from '../../../src/pipeline/update-alignment.ts'
import { segmentText } from '../../../src/segment/index.ts'

interface DocumentRow { id: number; series: string; date: string; text: string }

const byDate = (a: DocumentRow, b: DocumentRow) => a.date.localeCompare(b.date) || a.id - b.id

/**
 * Everything a crash must not leave behind, as a list of problems (empty when the database is
 * sound): SQLite's own integrity and foreign-key checks, the FTS index agreeing with its table,
 * every document with exactly the statements segmentation gives its text, and an alignment
 * record for every document with its neighbours in its series.
 */
export function findDamage(path: string): { problems: string[]; documents: number } {
  const db = new Database(path, { fileMustExist: true })
  const problems: string[] = []
  try {
    const integrity = db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
    for (const row of db.pragma('foreign_key_check') as Array<Record<string, unknown>>) problems.push(`foreign_key_check: ${JSON.stringify(row)}`)
    try {
      db.prepare("INSERT INTO statement_fts (statement_fts, rank) VALUES ('integrity-check', 1)").run()
    } catch (error) {
      problems.push(`statement_fts integrity-check: ${(error as Error).message}`)
    }
    const documents = db.prepare('SELECT id, series, date, text FROM document ORDER BY id').all() as DocumentRow[]
    const statements = db.prepare('SELECT start, "end", text FROM statement WHERE document_id = ? ORDER BY start')
    for (const document of documents) {
      const stored = statements.all(document.id) as Array<{ start: number; end: number; text: string }>
      const expected = segmentText(document.text).map(({ start, end, text }) => ({ start, end, text }))
      if (JSON.stringify(stored) !== JSON.stringify(expected)) {
        problems.push(`document ${document.id}: ${stored.length} statements stored, segmentation gives ${expected.length}`)
      }
    }
    const aligned = new Set((db.prepare('SELECT from_document_id AS a, to_document_id AS b FROM alignment').all() as Array<{ a: number; b: number }>)
      .map(({ a, b }) => `${Math.min(a, b)}-${Math.max(a, b)}`))
    // An import aligns its documents with their neighbours among everything stored when it commits;
    // documents imported later only widen the gaps, so every pair that is within the window in the
    // final date order must have been aligned by whichever of the two came last.
    const bySeries = new Map<string, DocumentRow[]>()
    for (const document of documents) bySeries.set(document.series, [...(bySeries.get(document.series) ?? []), document])
    for (const [series, members] of bySeries) {
      const ordered = [...members].sort(byDate)
      ordered.forEach((document, index) => {
        for (const other of ordered.slice(index + 1, index + 1 + ALIGNMENT_WINDOW)) {
          const key = `${Math.min(other.id, document.id)}-${Math.max(other.id, document.id)}`
          if (!aligned.has(key)) problems.push(`documents ${document.id} and ${other.id} (series ${series}) were never aligned`)
        }
      })
    }
    const orphanPositions = db.prepare('SELECT count(*) AS n FROM position p WHERE NOT EXISTS (SELECT 1 FROM position_statement ps WHERE ps.position_id = p.id)').get() as { n: number }
    if (orphanPositions.n > 0) problems.push(`${orphanPositions.n} positions without statements`)
    return { problems, documents: documents.length }
  } finally {
    db.close()
  }
}
