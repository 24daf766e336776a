import type { DiffOp } from '../types.ts'

/** A word as readers count them: letters and digits, apostrophes inside ("India’s") kept. */
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

/** Words in the inserted and in the deleted runs of a diff. */
export function countChangedWords(ops: DiffOp[]): { inserted: number; deleted: number } {
  let inserted = 0
  let deleted = 0
  for (const op of ops) {
    const count = op.text.match(WORD_RE)?.length ?? 0
    if (op.op === 'insert') inserted += count
    else if (op.op === 'delete') deleted += count
  }
  return { inserted, deleted }
}
