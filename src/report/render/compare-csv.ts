import type { CompareReport, ReportSide, StatementRef } from '../../types.ts'
import { csvTable, type CsvCell } from './csv.ts'

export const COMPARE_CSV_HEADER = [
  'position_id', 'position_label', 'status', 'change',
  'from_year', 'from_document_id', 'from_document', 'from_statement_id', 'from_text',
  'to_year', 'to_document_id', 'to_document', 'to_statement_id', 'to_text',
  'similarity', 'words_inserted', 'words_deleted', 'speaker',
] as const

/**
 * One row per aligned pair (under each of its positions), then one per dropped and per new
 * statement, for spreadsheets and data frames. `status` is the row's: `persistent` for a pair,
 * `dropped` or `new` for a statement with no counterpart.
 */
export function renderCompareCsv(report: CompareReport): string {
  const side = (reportSide: ReportSide, statement: StatementRef | null): CsvCell[] => {
    if (!statement) return [null, null, null, null, null]
    const document = reportSide.documents.find((d) => d.id === statement.documentId)
    return [reportSide.year, statement.documentId, document?.title ?? null, statement.id, statement.text]
  }
  const rows: CsvCell[][] = []
  for (const position of report.positions) {
    for (const pair of position.pairs) {
      rows.push([position.id, position.label, 'persistent', pair.change, ...side(report.from, pair.from), ...side(report.to, pair.to),
        pair.similarity, pair.wordsInserted, pair.wordsDeleted, pair.to.speaker ?? pair.from.speaker])
    }
  }
  const unpaired = (status: 'dropped' | 'new') => {
    for (const statement of status === 'dropped' ? report.removed : report.added) {
      const sides = status === 'dropped' ? [...side(report.from, statement), ...side(report.to, null)] : [...side(report.from, null), ...side(report.to, statement)]
      const positions = statement.positions.length ? statement.positions : [null]
      for (const position of positions) {
        rows.push([position?.id ?? null, position?.label ?? null, status, null, ...sides, null, null, null, statement.speaker])
      }
    }
  }
  unpaired('dropped')
  unpaired('new')
  return csvTable(COMPARE_CSV_HEADER, rows)
}
