import type { DiffOp, TermShift } from '../types.ts'
import { isRespelling } from './classify-change.ts'
import { isIntensifier } from './intensifiers.ts'
import { isStopWord } from './stem.ts'
import { acronymKey, foldWord, tokenizeWords } from './tokenize.ts'

/** An aligned pair with its word diff, as the pipeline stores it. */
export interface DiffedPair {
  fromId: number
  toId: number
  fromText: string
  toText: string
  diff: DiffOp[]
}

/** The statements of the two sides, for renamings that no aligned pair shows (see below). */
export interface ComparedSides {
  from: Array<{ id: number; text: string }>
  to: Array<{ id: number; text: string }>
}

type Example = TermShift['examples'][number]

/** A substitution of at most this many content words on each side is a term, not a rewrite. */
const MAX_TERM_WORDS = 3
/** A plain substitution must recur in this many pairs to be a shift rather than one rewording. */
const MIN_RECURRENCE = 2
const MAX_EXAMPLES = 3
const WORD_RE = /[\p{L}\p{N}]+(?:[&.'’-][\p{L}\p{N}]+)*/gu

interface Candidate {
  from: string
  to: string
  /** Respellings and renamed acronyms count from one pair; other substitutions must recur. */
  renaming: boolean
  examples: Example[]
}

/**
 * Systematic wording changes between two sides: renamed terms and acronyms (IIOJ&K → IIOJK),
 * substitutions that recur across pairs (dispute → conflict), intensifiers added or dropped
 * ("support" → "steadfast support"). Counts are pairs (or, for renamings seen only in `sides`,
 * later statements) showing the change.
 *
 * A renamed acronym often appears in no aligned pair: IIOJ&K is used in a 2023 sentence without a
 * successor and IIOJK in other 2025 sentences. Pass `sides` (all statements of both sides) to
 * catch those: a spelling of an acronym used only before, and another used only after, is a shift.
 */
export function detectTermShifts(pairs: DiffedPair[], sides?: ComparedSides): TermShift[] {
  const candidates = new Map<string, Candidate>()
  const add = (from: string, to: string, renaming: boolean, example: Example) => {
    const key = `${foldWord(from)}→${foldWord(to)}`
    const candidate = candidates.get(key) ?? { from, to, renaming, examples: [] }
    if (!candidate.examples.some((seen) => seen.fromId === example.fromId && seen.toId === example.toId)) candidate.examples.push(example)
    candidates.set(key, candidate)
  }
  for (const pair of pairs) {
    const example = { fromId: pair.fromId, toId: pair.toId, fromText: pair.fromText, toText: pair.toText }
    for (const shift of shiftsInDiff(pair.diff)) add(shift.from, shift.to, shift.renaming, example)
  }
  if (sides) for (const shift of renamedAcronyms(sides)) for (const example of shift.examples) add(shift.from, shift.to, true, example)
  return [...candidates.values()]
    .filter((candidate) => candidate.renaming || candidate.examples.length >= MIN_RECURRENCE)
    .map((candidate) => ({ from: candidate.from, to: candidate.to, count: candidate.examples.length, examples: candidate.examples.slice(0, MAX_EXAMPLES) }))
    .sort((left, right) => right.count - left.count || left.from.localeCompare(right.from))
}

const contentWords = (text: string) => (text.match(WORD_RE) ?? []).filter((word) => !isStopWord(foldWord(word)))

/** Substitutions and intensifier changes in one diff. */
function shiftsInDiff(diff: DiffOp[]): Array<{ from: string; to: string; renaming: boolean }> {
  const shifts: Array<{ from: string; to: string; renaming: boolean }> = []
  diff.forEach((op, index) => {
    if (op.op === 'equal') return
    const previous = diff[index - 1]
    if (op.op === 'insert' && previous?.op === 'delete') {
      const [from, to] = [contentWords(previous.text), contentWords(op.text)]
      if (from.length === 0 || to.length === 0 || from.length > MAX_TERM_WORDS || to.length > MAX_TERM_WORDS) return
      const renaming = from.length === to.length && from.every((word, at) => isRespelling(foldWord(word), foldWord(to[at]!)))
      shifts.push({ from: from.join(' '), to: to.join(' '), renaming })
      return
    }
    const next = diff[index + 1]
    if (next?.op === 'insert') return
    const words = contentWords(op.text)
    if (words.length !== 1 || !isIntensifier(foldWord(words[0]!))) return
    const head = next?.op === 'equal' ? contentWords(next.text)[0] : undefined
    const strengthened = head ? `${words[0]} ${head}` : words[0]!
    shifts.push(op.op === 'insert' ? { from: head ?? '', to: strengthened, renaming: false } : { from: strengthened, to: head ?? '', renaming: false })
  })
  return shifts
}

/** Acronym spellings used only on the earlier side, replaced by another spelling used only on the later. */
function renamedAcronyms(sides: ComparedSides): Array<{ from: string; to: string; examples: Example[] }> {
  const spellings = (statements: ComparedSides['from']) => {
    const found = new Map<string, Map<string, Array<{ id: number; text: string }>>>()
    for (const statement of statements) {
      for (const token of tokenizeWords(statement.text)) {
        if (!token.acronym) continue
        const forms = found.get(token.key) ?? new Map()
        forms.set(token.surface, [...(forms.get(token.surface) ?? []), statement])
        found.set(token.key, forms)
      }
    }
    return found
  }
  const [before, after] = [spellings(sides.from), spellings(sides.to)]
  const shifts: Array<{ from: string; to: string; examples: Example[] }> = []
  for (const [key, oldForms] of before) {
    const newForms = after.get(key)
    if (!newForms) continue
    for (const [oldForm, oldUses] of oldForms) {
      if (newForms.has(oldForm)) continue
      for (const [newForm, newUses] of newForms) {
        if (oldForms.has(newForm) || acronymKey(oldForm) !== acronymKey(newForm)) continue
        const examples = newUses.map((use) => ({ fromId: oldUses[0]!.id, toId: use.id, fromText: oldUses[0]!.text, toText: use.text }))
        shifts.push({ from: oldForm, to: newForm, examples })
      }
    }
  }
  return shifts
}
