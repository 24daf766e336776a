import type { ChangeKind, DiffOp } from '../types.ts'
import { acronymKey, foldWord } from './tokenize.ts'
import { canonicalSpelling } from './spelling.ts'
import { isStopWord, stemWord } from './stem.ts'

const WORD_RE = /[\p{L}\p{N}]+/gu
const VISIBLE_RE = /[^\s]/u
/** Function words that reverse a statement: adding one is never a minor change. */
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'without', 'cannot'])
/**
 * Longer words one edit apart are one word misspelled or respelled (judgement/judgment,
 * broadbased/broad-based); shorter ones are often different words (peace/place).
 */
const RESPELLING_MIN_LENGTH = 6

interface ChangeBlock {
  deleted: string
  inserted: string
}

/** Deleted and inserted text between two equal runs. */
function changeBlocks(ops: DiffOp[]): ChangeBlock[] {
  const blocks: ChangeBlock[] = []
  let current: ChangeBlock | null = null
  for (const op of ops) {
    if (op.op === 'equal') {
      current = null
      continue
    }
    current ??= blocks[blocks.push({ deleted: '', inserted: '' }) - 1]!
    if (op.op === 'delete') current.deleted += op.text
    else current.inserted += op.text
  }
  return blocks
}

const words = (text: string) => (text.match(WORD_RE) ?? []).map(foldWord)

/**
 * Whether two words are one word spelled differently: case, British/American spelling, an
 * inflection (solution/solutions), acronym punctuation (IIOJ&K/IIOJK) or a near-identical spelling.
 */
export function isRespelling(a: string, b: string): boolean {
  if (a === b || acronymKey(a.toUpperCase()) === acronymKey(b.toUpperCase())) return true
  if (canonicalSpelling(a) === canonicalSpelling(b) || stemWord(a) === stemWord(b)) return true
  return Math.min(a.length, b.length) >= RESPELLING_MIN_LENGTH && editDistance(a, b) <= 1
}

function isMinorBlock(block: ChangeBlock): boolean {
  const squash = (text: string) => words(text).join('')
  // Punctuation, case, spacing and acronym marks only: "IIOJ&K" → "IIOJK", "self-determination" → "self determination".
  if (squash(block.deleted) === squash(block.inserted)) return true
  const content = (text: string) => words(text).filter((word) => !isStopWord(word) || NEGATIONS.has(word))
  const [deleted, inserted] = [content(block.deleted), content(block.inserted)]
  if (deleted.some((word) => NEGATIONS.has(word)) || inserted.some((word) => NEGATIONS.has(word))) return false
  if (deleted.length !== inserted.length) return false
  return deleted.every((word, index) => isRespelling(word, inserted[index]!))
}

/**
 * `unchanged` when nothing visible changed; `minor` when only spelling, punctuation, case or
 * function words did ("the" → "a", "IIOJ&K" → "IIOJK"); `substantive` when a content word was
 * added, removed or replaced, or a negation appeared or went.
 */
export function classifyChange(ops: DiffOp[]): ChangeKind {
  const blocks = changeBlocks(ops).filter((block) => VISIBLE_RE.test(block.deleted) || VISIBLE_RE.test(block.inserted))
  if (blocks.length === 0) return 'unchanged'
  return blocks.every(isMinorBlock) ? 'minor' : 'substantive'
}

/** Levenshtein distance, for telling a respelling from another word. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
