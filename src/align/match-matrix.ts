import type { StatementFeatures } from './features.ts'
import { SYNONYM_MAX_STRENGTH } from './term-match.ts'
import type { Vocabulary } from './vocabulary.ts'

/**
 * A synonym counts only this close (in content words, on both sides) to an exact match: synonymy
 * is evidence inside a restated phrase ("lasting resolution" / "lasting solution") and noise on its
 * own ("Permanent Representative" / "lasting stability").
 */
const SUPPORT_WINDOW = 3

/** Relatedness of every term of `a` (rows) to every term of `b` (columns), row-major. */
export interface MatchMatrix {
  values: Float64Array
  rows: number
  columns: number
}

/** Buffers reused by every comparison: alignment compares statements one pair at a time. */
let scratch = new Float64Array(1024)
let columnOf = new Int32Array(1024).fill(-1)

/**
 * The matrix is valid until the next call (it lives in a shared buffer). Filled from each row's
 * relatives rather than by testing every cell: most term pairs are unrelated.
 */
export function buildMatchMatrix(a: StatementFeatures, b: StatementFeatures, vocabulary: Vocabulary): MatchMatrix {
  const [rows, columns] = [a.ids.length, b.ids.length]
  if (scratch.length < rows * columns) scratch = new Float64Array(rows * columns * 2)
  const values = scratch
  values.fill(0, 0, rows * columns)
  for (const id of b.ids) {
    if (id >= columnOf.length) columnOf = Int32Array.from({ length: Math.max(id + 1, columnOf.length * 2) }, (_, at) => columnOf[at] ?? -1)
  }
  b.ids.forEach((id, column) => (columnOf[id] = column))
  const soft: number[] = []
  for (let i = 0; i < rows; i++) {
    const id = a.ids[i]!
    const exact = id < columnOf.length ? columnOf[id]! : -1
    if (exact >= 0) values[i * columns + exact] = 1
    const { ids: others, strengths } = vocabulary.related(id)
    for (let k = 0; k < others.length; k++) {
      const other = others[k]!
      const strength = strengths[k]!
      const column = other < columnOf.length ? columnOf[other]! : -1
      if (column < 0 || values[i * columns + column]! >= strength) continue
      values[i * columns + column] = strength
      if (strength < SYNONYM_MAX_STRENGTH) soft.push(i * columns + column)
    }
  }
  for (const id of b.ids) columnOf[id] = -1
  const matrix = { values, rows, columns }
  for (const cell of soft) {
    if (!isSupported(a, b, matrix, Math.floor(cell / columns), cell % columns)) values[cell] = 0
  }
  return matrix
}

function isSupported(a: StatementFeatures, b: StatementFeatures, matrix: MatchMatrix, i: number, j: number): boolean {
  for (let row = 0; row < matrix.rows; row++) {
    if (row === i || !near(a.positions[i]!, a.positions[row]!)) continue
    for (let column = 0; column < matrix.columns; column++) {
      if (column !== j && matrix.values[row * matrix.columns + column]! >= SYNONYM_MAX_STRENGTH && near(b.positions[j]!, b.positions[column]!)) return true
    }
  }
  return false
}

function near(positions: number[], others: number[]): boolean {
  for (const position of positions) {
    for (const other of others) if (Math.abs(position - other) <= SUPPORT_WINDOW) return true
  }
  return false
}
