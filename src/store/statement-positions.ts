import type { Db } from './open.ts'

export interface PositionRef {
  id: number
  label: string
}

/** The positions each statement of a document carries, read in one query for the document page. */
export function createStatementPositionStore(db: Db) {
  const selectByDocument = db.prepare<[number], { statement_id: number; id: number; label: string }>(
    `SELECT ps.statement_id, p.id, p.label
     FROM statement s
     JOIN position_statement ps ON ps.statement_id = s.id
     JOIN position p ON p.id = ps.position_id
     WHERE s.document_id = ?
     ORDER BY s.start, p.id`)

  return {
    positionsOfDocument(documentId: number): Map<number, PositionRef[]> {
      const byStatement = new Map<number, PositionRef[]>()
      for (const row of selectByDocument.all(documentId)) {
        const list = byStatement.get(row.statement_id) ?? []
        list.push({ id: row.id, label: row.label })
        byStatement.set(row.statement_id, list)
      }
      return byStatement
    },
  }
}
