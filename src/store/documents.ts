import type { DocumentRecord, IngestedDocument, Segment, Statement } from '../types.ts'
import type { Db } from './open.ts'

interface DocumentRow {
  id: number
  series: string
  title: string
  date: string
  year: number
  issuer: string | null
  source_url: string | null
  kind: string | null
  file_name: string
  format: DocumentRecord['format']
  hash: string
  text: string
  imported_at: string
  statements: number
}

interface StatementRow {
  id: number
  document_id: number
  paragraph: number
  sentence: number
  clause: number
  start: number
  end: number
  kind: Statement['kind']
  speaker: string | null
  text: string
  year: number
  date: string
  series: string
}

const DOCUMENT_COLUMNS = `d.id, d.series, d.title, d.date, d.year, d.issuer, d.source_url, d.kind, d.file_name,
  d.format, d.hash, d.text, d.imported_at,
  (SELECT count(*) FROM statement s WHERE s.document_id = d.id) AS statements`
const STATEMENT_COLUMNS = `s.id, s.document_id, s.paragraph, s.sentence, s.clause, s.start, s."end", s.kind,
  s.speaker, s.text, d.year, d.date, d.series`

export function toDocument(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    series: row.series,
    title: row.title,
    date: row.date,
    year: row.year,
    issuer: row.issuer,
    sourceUrl: row.source_url,
    kind: row.kind,
    fileName: row.file_name,
    format: row.format,
    hash: row.hash,
    text: row.text,
    importedAt: row.imported_at,
    statementCount: row.statements,
  }
}

export function toStatement(row: StatementRow): Statement {
  return {
    id: row.id,
    documentId: row.document_id,
    paragraph: row.paragraph,
    sentence: row.sentence,
    clause: row.clause,
    start: row.start,
    end: row.end,
    kind: row.kind,
    speaker: row.speaker,
    text: row.text,
    year: row.year,
    date: row.date,
    series: row.series,
  }
}

/** Prepared statements over documents and statements; SQL stays in this folder. */
export function createDocumentStore(db: Db) {
  const insertDocument = db.prepare(`INSERT INTO document
    (series, title, date, year, issuer, source_url, kind, file_name, format, hash, original, text, imported_at)
    VALUES (@series, @title, @date, @year, @issuer, @sourceUrl, @kind, @fileName, @format, @hash, @original, @text, @importedAt)`)
  const insertStatement = db.prepare(`INSERT INTO statement
    (document_id, paragraph, sentence, clause, start, "end", kind, speaker, text)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const indexStatement = db.prepare(`INSERT INTO statement_fts (rowid, text, speaker) VALUES (?, ?, coalesce(?, ''))`)
  const selectByHash = db.prepare<[string], DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM document d WHERE d.hash = ?`)
  const selectById = db.prepare<[number], DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM document d WHERE d.id = ?`)
  const selectOriginal = db.prepare<[number], { original: string; file_name: string }>(
    'SELECT original, file_name FROM document WHERE id = ?')
  const selectStatements = db.prepare<[number], StatementRow>(`SELECT ${STATEMENT_COLUMNS}
    FROM statement s JOIN document d ON d.id = s.document_id WHERE s.document_id = ? ORDER BY s.start`)
  const selectSeriesStatements = db.prepare<[string], StatementRow>(`SELECT ${STATEMENT_COLUMNS}
    FROM statement s JOIN document d ON d.id = s.document_id WHERE d.series = ? ORDER BY d.date, d.id, s.start`)
  const selectStatement = db.prepare<[number], StatementRow>(`SELECT ${STATEMENT_COLUMNS}
    FROM statement s JOIN document d ON d.id = s.document_id WHERE s.id = ?`)

  return {
    /**
     * Inserts a document and its statements (the caller wraps this in the import transaction);
     * returns the stored record without its text, built here rather than read back.
     */
    insertDocument(document: IngestedDocument, year: number, segments: Segment[]): Omit<DocumentRecord, 'text'> {
      const importedAt = new Date().toISOString()
      const { lastInsertRowid } = insertDocument.run({
        ...document.meta,
        year,
        fileName: document.fileName,
        format: document.format,
        hash: document.hash,
        original: document.original,
        text: document.text,
        importedAt,
      })
      const id = Number(lastInsertRowid)
      for (const segment of segments) {
        const { lastInsertRowid: statementId } = insertStatement.run(
          id, segment.paragraph, segment.sentence, segment.clause, segment.start, segment.end, segment.kind, segment.speaker, segment.text)
        indexStatement.run(statementId, segment.text, segment.speaker)
      }
      return {
        ...document.meta, id, year, fileName: document.fileName, format: document.format, hash: document.hash, importedAt,
        statementCount: segments.length,
      }
    },
    findDocumentByHash: (hash: string) => mapOptional(selectByHash.get(hash), toDocument),
    getDocument: (id: number) => mapOptional(selectById.get(id), toDocument),
    getOriginal: (id: number) => selectOriginal.get(id),
    getStatements: (documentId: number) => selectStatements.all(documentId).map(toStatement),
    getSeriesStatements: (series: string) => selectSeriesStatements.all(series).map(toStatement),
    getStatement: (id: number) => mapOptional(selectStatement.get(id), toStatement),
  }
}

function mapOptional<R, T>(row: R | undefined, map: (row: R) => T): T | undefined {
  return row === undefined ? undefined : map(row)
}
