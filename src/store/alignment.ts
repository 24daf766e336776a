import type { AlignmentLink, ChangeKind, DiffOp, PositionDraft, TermShift } from '../types.ts'
import type { Db } from './open.ts'

/** A stored link with what the report needs of it. */
export interface StoredLink extends AlignmentLink {
  id: number
  fromDocumentId: number
  toDocumentId: number
  change: ChangeKind
  wordsInserted: number
  wordsDeleted: number
  diff: DiffOp[]
  positionIds: number[]
}

export interface LinkInput extends AlignmentLink {
  change: ChangeKind
  wordsInserted: number
  wordsDeleted: number
  diff: DiffOp[]
}

export interface PositionSummary {
  id: number
  series: string
  label: string
  statementIds: number[]
}

interface LinkRow {
  id: number
  from_document_id: number
  to_document_id: number
  from_statement_id: number
  to_statement_id: number
  similarity: number
  change: ChangeKind
  words_inserted: number
  words_deleted: number
  diff: string
  position_ids: string | null
}

const LINK_COLUMNS = `l.id, l.from_document_id, l.to_document_id, l.from_statement_id, l.to_statement_id,
  l.similarity, l.change, l.words_inserted, l.words_deleted, l.diff,
  (SELECT group_concat(pl.position_id) FROM position_link pl WHERE pl.link_id = l.id) AS position_ids`

function toLink(row: LinkRow): StoredLink {
  return {
    id: row.id,
    fromDocumentId: row.from_document_id,
    toDocumentId: row.to_document_id,
    fromId: row.from_statement_id,
    toId: row.to_statement_id,
    similarity: row.similarity,
    change: row.change,
    wordsInserted: row.words_inserted,
    wordsDeleted: row.words_deleted,
    diff: JSON.parse(row.diff) as DiffOp[],
    positionIds: row.position_ids ? row.position_ids.split(',').map(Number) : [],
  }
}

/** Links, positions and term shifts; written in the import transaction, read by reports. */
export function createAlignmentStore(db: Db) {
  const insertAlignment = db.prepare(
    'INSERT OR REPLACE INTO alignment (from_document_id, to_document_id, aligned_at) VALUES (?, ?, ?)')
  const insertLink = db.prepare(`INSERT INTO link (from_document_id, to_document_id, from_statement_id,
    to_statement_id, similarity, change, words_inserted, words_deleted, diff)
    VALUES (@fromDocumentId, @toDocumentId, @fromId, @toId, @similarity, @change, @wordsInserted, @wordsDeleted, @diff)`)
  const insertShift = db.prepare(`INSERT INTO term_shift (from_document_id, to_document_id, from_term, to_term, count, examples)
    VALUES (?, ?, ?, ?, ?, ?)`)
  const selectSeriesLinks = db.prepare<[string], AlignmentLink>(`SELECT l.from_statement_id AS fromId,
    l.to_statement_id AS toId, l.similarity FROM link l JOIN document d ON d.id = l.from_document_id WHERE d.series = ?`)
  const selectLinksBetween = db.prepare<[number, number], LinkRow>(`SELECT ${LINK_COLUMNS} FROM link l
    WHERE l.from_document_id = ? AND l.to_document_id = ? ORDER BY l.from_statement_id, l.to_statement_id`)
  const selectShifts = db.prepare<[number, number], { from_term: string; to_term: string; count: number; examples: string }>(
    'SELECT from_term, to_term, count, examples FROM term_shift WHERE from_document_id = ? AND to_document_id = ?')
  const selectSeriesPositions = db.prepare<[string], { id: number; series: string; label: string; members: string | null }>(
    `SELECT p.id, p.series, p.label,
       (SELECT group_concat(ps.statement_id) FROM position_statement ps WHERE ps.position_id = p.id) AS members
     FROM position p WHERE p.series = ? ORDER BY p.id`)
  const selectPosition = db.prepare<[number], { id: number; series: string; label: string; members: string | null }>(
    `SELECT p.id, p.series, p.label,
       (SELECT group_concat(ps.statement_id) FROM position_statement ps WHERE ps.position_id = p.id) AS members
     FROM position p WHERE p.id = ?`)
  const selectStatementPositions = db.prepare<[number], { id: number; label: string }>(
    `SELECT p.id, p.label FROM position_statement ps JOIN position p ON p.id = ps.position_id
     WHERE ps.statement_id = ? ORDER BY p.id`)
  const deleteSeriesPositions = db.prepare('DELETE FROM position WHERE series = ?')
  const insertPosition = db.prepare('INSERT INTO position (id, series, label) VALUES (?, ?, ?)')
  const insertMember = db.prepare('INSERT OR IGNORE INTO position_statement (position_id, statement_id) VALUES (?, ?)')
  const insertPositionLink = db.prepare(`INSERT OR IGNORE INTO position_link (position_id, link_id)
    SELECT ?, id FROM link WHERE from_statement_id = ? AND to_statement_id = ?`)
  const selectAligned = db.prepare<[number, number, number, number], { n: number }>(
    `SELECT count(*) AS n FROM alignment WHERE (from_document_id = ? AND to_document_id = ?)
       OR (from_document_id = ? AND to_document_id = ?)`)
  const maxPositionId = db.prepare<[], { max: number | null }>('SELECT max(id) AS max FROM position')

  const toPosition = (row: { id: number; series: string; label: string; members: string | null }): PositionSummary => ({
    id: row.id,
    series: row.series,
    label: row.label,
    statementIds: row.members ? row.members.split(',').map(Number).sort((a, b) => a - b) : [],
  })

  return {
    /** Records that two documents were aligned, with their links and term shifts. */
    saveAlignment(fromDocumentId: number, toDocumentId: number, links: LinkInput[], shifts: TermShift[]): void {
      insertAlignment.run(fromDocumentId, toDocumentId, new Date().toISOString())
      for (const link of links) {
        insertLink.run({ ...link, fromDocumentId, toDocumentId, diff: JSON.stringify(link.diff) })
      }
      for (const shift of shifts) {
        insertShift.run(fromDocumentId, toDocumentId, shift.from, shift.to, shift.count, JSON.stringify(shift.examples))
      }
    },
    /** Whether two documents were aligned, in either direction. */
    isAligned: (a: number, b: number) => (selectAligned.get(a, b, b, a)?.n ?? 0) > 0,
    /** Every link of a series, without diffs: what position discovery needs. */
    getSeriesLinks: (series: string) => selectSeriesLinks.all(series),
    getLinksBetween: (fromDocumentId: number, toDocumentId: number) =>
      selectLinksBetween.all(fromDocumentId, toDocumentId).map(toLink),
    getTermShifts: (fromDocumentId: number, toDocumentId: number): TermShift[] =>
      selectShifts.all(fromDocumentId, toDocumentId).map((row) => ({
        from: row.from_term,
        to: row.to_term,
        count: row.count,
        examples: JSON.parse(row.examples) as TermShift['examples'],
      })),
    listPositions: (series: string) => selectSeriesPositions.all(series).map(toPosition),
    getPosition: (id: number) => {
      const row = selectPosition.get(id)
      return row && toPosition(row)
    },
    getStatementPositions: (statementId: number) => selectStatementPositions.all(statementId),
    /**
     * Replaces a series' positions with freshly discovered ones. A draft that shares most
     * statements with an existing position keeps that position's id, so permalinks survive imports.
     */
    replacePositions(series: string, drafts: Array<PositionDraft & { links: Array<[number, number]> }>): void {
      const previous = selectSeriesPositions.all(series).map(toPosition)
      const ids = matchPositionIds(previous, drafts, (maxPositionId.get()?.max ?? 0) + 1)
      deleteSeriesPositions.run(series)
      drafts.forEach((draft, index) => {
        const id = ids[index]!
        insertPosition.run(id, series, draft.label)
        for (const statementId of draft.statementIds) insertMember.run(id, statementId)
        for (const [fromId, toId] of draft.links) insertPositionLink.run(id, fromId, toId)
      })
    },
  }
}

/** Greedy best-overlap matching of new drafts to old positions; unmatched drafts get fresh ids. */
function matchPositionIds(previous: PositionSummary[], drafts: PositionDraft[], nextId: number): number[] {
  const candidates: Array<{ draft: number; id: number; overlap: number }> = []
  const owner = new Map<number, number[]>()
  previous.forEach((position) => {
    for (const statementId of position.statementIds) {
      const list = owner.get(statementId) ?? []
      list.push(position.id)
      owner.set(statementId, list)
    }
  })
  drafts.forEach((draft, index) => {
    const counts = new Map<number, number>()
    for (const statementId of draft.statementIds) {
      for (const id of owner.get(statementId) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    for (const [id, overlap] of counts) candidates.push({ draft: index, id, overlap })
  })
  candidates.sort((a, b) => b.overlap - a.overlap || a.id - b.id || a.draft - b.draft)
  const ids: Array<number | undefined> = drafts.map(() => undefined)
  const taken = new Set<number>()
  for (const { draft, id } of candidates) {
    if (ids[draft] !== undefined || taken.has(id)) continue
    ids[draft] = id
    taken.add(id)
  }
  return ids.map((id) => id ?? nextId++)
}
