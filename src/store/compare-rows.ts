import type { ChangeKind, StatementKind } from '../types.ts'
import type { Db } from './open.ts'

/** A statement as the compare report uses it: no paragraph ordinals, no document columns. */
export interface CompareStatement {
  id: number
  documentId: number
  start: number
  kind: StatementKind
  speaker: string | null
  text: string
}

/**
 * A stored link without its diff (the report reads only the diffs it shows, `diffOf`), in the
 * direction asked for: `reversed` when it was stored from the later document to the earlier.
 */
export interface CompareLink {
  id: number
  fromId: number
  toId: number
  similarity: number
  change: ChangeKind
  wordsInserted: number
  wordsDeleted: number
  positionIds: number[]
  reversed: boolean
  /** The stored diff, read with the link only when asked for (`withDiffs`). */
  diffJson?: string
}

type LinkRow = Omit<CompareLink, 'positionIds' | 'reversed'>

/**
 * The reads of a comparison of two large years. A report of 10,000 statements a side took 0.4 s,
 * mostly reading and parsing 9,000 stored diffs (megabytes of JSON) for a page that shows twenty,
 * a subquery per link and a join per statement for columns the report never uses.
 */
function prepareCompareRows(db: Db) {
  const selectStatements = db.prepare<[number], CompareStatement>(
    `SELECT id, document_id AS documentId, start, kind, speaker, text FROM statement WHERE document_id = ? ORDER BY start`)
  const linkColumns = `id, from_statement_id AS fromId, to_statement_id AS toId, similarity, change,
    words_inserted AS wordsInserted, words_deleted AS wordsDeleted`
  const selectLinks = db.prepare<[number, number], LinkRow>(
    `SELECT ${linkColumns} FROM link WHERE from_document_id = ? AND to_document_id = ?`)
  const selectLinksWithDiffs = db.prepare<[number, number], LinkRow>(
    `SELECT ${linkColumns}, diff AS diffJson FROM link WHERE from_document_id = ? AND to_document_id = ?`)
  const selectLinkPositions = db.prepare<[number, number], { linkId: number; positionId: number }>(
    `SELECT pl.link_id AS linkId, pl.position_id AS positionId
     FROM link l JOIN position_link pl ON pl.link_id = l.id
     WHERE l.from_document_id = ? AND l.to_document_id = ?`)
  const selectDiff = db.prepare<[number], string>('SELECT diff FROM link WHERE id = ?').pluck()
  const selectDiffs = db.prepare<[number, number], { id: number; diff: string }>(
    'SELECT id, diff FROM link WHERE from_document_id = ? AND to_document_id = ?')
  const selectLabels = db.prepare<[string], { id: number; label: string }>('SELECT id, label FROM position WHERE series = ?')
  // Only the index on statement_id: the labels come from `positionLabels`, read once per report.
  const selectStatementPositions = db.prepare<[number], number>(
    'SELECT position_id FROM position_statement WHERE statement_id = ? ORDER BY position_id').pluck()

  return {
    statementsOf: (documentId: number): CompareStatement[] => selectStatements.all(documentId),
    /**
     * The links between two documents, from `fromDocumentId`'s statements to `toDocumentId`'s
     * whichever way they were stored, ordered by statement ids (sorted here: SQLite sorting
     * 9,000 rows in a temporary B-tree took as long as reading them).
     */
    linksBetween(fromDocumentId: number, toDocumentId: number, withDiffs: boolean): CompareLink[] {
      const links: CompareLink[] = []
      for (const [a, b, reversed] of [[fromDocumentId, toDocumentId, false], [toDocumentId, fromDocumentId, true]] as const) {
        const positions = new Map<number, number[]>()
        for (const { linkId, positionId } of selectLinkPositions.all(a, b)) {
          const list = positions.get(linkId)
          if (list) list.push(positionId)
          else positions.set(linkId, [positionId])
        }
        for (const row of (withDiffs ? selectLinksWithDiffs : selectLinks).all(a, b)) {
          const link = row as CompareLink
          link.positionIds = positions.get(row.id)?.sort(byNumber) ?? []
          link.reversed = reversed
          if (reversed) {
            link.fromId = row.toId
            link.toId = row.fromId
            link.wordsInserted = row.wordsDeleted
            link.wordsDeleted = row.wordsInserted
          }
          links.push(link)
        }
      }
      return links.sort((x, y) => x.fromId - y.fromId || x.toId - y.toId)
    },
    /**
     * The stored diff of a link as JSON; undefined once the link is gone (re-aligned since) or
     * the connection closed (a CLI renders after closing the store).
     */
    diffOf: (linkId: number): string | undefined => (db.open ? selectDiff.get(linkId) : undefined),
    /** Every stored diff between two documents, either direction, by link id; empty once the connection closed. */
    diffsBetween(a: number, b: number): Map<number, string> {
      const diffs = new Map<number, string>()
      if (!db.open) return diffs
      for (const [x, y] of [[a, b], [b, a]] as const) {
        for (const row of selectDiffs.all(x, y)) diffs.set(row.id, row.diff)
      }
      return diffs
    },
    positionLabels: (series: string): Map<number, string> => new Map(selectLabels.all(series).map((row) => [row.id, row.label])),
    positionIdsOf: (statementId: number): number[] => selectStatementPositions.all(statementId),
  }
}

const byNumber = (a: number, b: number) => a - b

export type CompareRows = ReturnType<typeof prepareCompareRows>

const prepared = new WeakMap<Db, CompareRows>()

/** Prepared once per connection, like the stores in `createStore`. */
export function compareRows(db: Db): CompareRows {
  let rows = prepared.get(db)
  if (!rows) prepared.set(db, (rows = prepareCompareRows(db)))
  return rows
}
