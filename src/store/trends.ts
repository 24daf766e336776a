import type { Db } from './open.ts'

/** A document's text with what trend counting needs to place it in time. */
export interface DocumentText {
  id: number
  year: number
  text: string
}

/** A position and the years of its series in which at least one statement carries it. */
export interface PositionPresence {
  id: number
  label: string
  years: number[]
}

/** Reads for the trends page: raw texts per year to count terms in, and where positions occur. */
export function createTrendStore(db: Db) {
  const selectTexts = db.prepare<[string], DocumentText>(
    'SELECT id, year, text FROM document WHERE series = ? ORDER BY date, id')
  // Positions present in the most years first: the stable core of the rhetoric leads the grid.
  const selectPresence = db.prepare<[string], { id: number; label: string; years: string | null }>(
    `SELECT p.id, p.label, group_concat(DISTINCT d.year) AS years
     FROM position p
     JOIN position_statement ps ON ps.position_id = p.id
     JOIN statement s ON s.id = ps.statement_id
     JOIN document d ON d.id = s.document_id
     WHERE p.series = ?
     GROUP BY p.id
     ORDER BY count(DISTINCT d.year) DESC, min(d.date), p.id`)

  return {
    documentTexts: (series: string): DocumentText[] => selectTexts.all(series),
    positionPresence: (series: string): PositionPresence[] =>
      selectPresence.all(series).map((row) => ({
        id: row.id,
        label: row.label,
        years: row.years ? row.years.split(',').map(Number).sort((a, b) => a - b) : [],
      })),
  }
}
