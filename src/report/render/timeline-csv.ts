import { countChangedWords } from '../../align/index.ts'
import type { DiffOp, PositionTimeline } from '../../types.ts'
import { csvTable } from './csv.ts'

export const TIMELINE_CSV_HEADER = [
  'position_id', 'position_label', 'series', 'year', 'present', 'statement_ids', 'text', 'speaker',
  'previous_year', 'change', 'words_inserted', 'words_deleted', 'inserted', 'deleted',
] as const

/** Runs of one kind, trimmed and joined, so a spreadsheet can filter on the words that came and went. */
const RUN_SEPARATOR = ' … '

/**
 * One row per position and year, gaps included (`present` = 0), for tracking wording over time in
 * a spreadsheet: the year's first statement, and what changed since the previous present year.
 */
export function renderTimelineCsv(timelines: PositionTimeline[]): string {
  const rows = timelines.flatMap(({ position, steps }) => steps.map((step) => {
    const first = step.statements[0]
    const words = step.diff ? countChangedWords(step.diff) : null
    return [
      position.id, position.label, position.series, step.year, first ? 1 : 0,
      step.statements.map((statement) => statement.id).join(' '), first?.text ?? null, first?.speaker ?? null,
      step.previousYear, step.change, words?.inserted ?? null, words?.deleted ?? null,
      step.diff ? runs(step.diff, 'insert') : null, step.diff ? runs(step.diff, 'delete') : null,
    ]
  }))
  return csvTable(TIMELINE_CSV_HEADER, rows)
}

function runs(diff: DiffOp[], kind: 'insert' | 'delete'): string {
  return diff.filter((op) => op.op === kind).map((op) => op.text.trim()).filter(Boolean).join(RUN_SEPARATOR)
}
