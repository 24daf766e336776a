import type { Db } from './open.ts'

/** A document as listings show it: no text, so listing a large corpus stays cheap. */
export interface CorpusEntry {
  id: number
  series: string
  title: string
  date: string
  year: number
  issuer: string | null
  kind: string | null
  statementCount: number
}

/** The shape of the corpus for pickers, the home page and defaults. */
export function createCorpusStore(db: Db) {
  const selectAll = db.prepare<[], {
    id: number; series: string; title: string; date: string; year: number; issuer: string | null; kind: string | null; statements: number
  }>(`SELECT d.id, d.series, d.title, d.date, d.year, d.issuer, d.kind,
       (SELECT count(*) FROM statement s WHERE s.document_id = d.id) AS statements
     FROM document d ORDER BY d.series, d.date, d.id`)

  const selectSeriesOrder = db.prepare<[string], { id: number; date: string }>(
    'SELECT id, date FROM document WHERE series = ? ORDER BY date, id')

  return {
    /** A series' documents in date order, ids and dates only: what choosing neighbours needs. */
    seriesOrder: (series: string) => selectSeriesOrder.all(series),
    listCorpus: (): CorpusEntry[] =>
      selectAll.all().map(({ statements, ...entry }) => ({ ...entry, statementCount: statements })),
  }
}
