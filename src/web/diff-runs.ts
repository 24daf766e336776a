import type { DiffOp, DiffOptions } from '../types.ts'

/** One side of a changed stretch: the words to mark, and the spacing around them, kept outside the mark. */
export interface ChangedText {
  lead: string
  words: string
  trail: string
}

/**
 * Unchanged text, or one changed stretch with its earlier and later wording (either may be
 * empty). `ignored`: the two wordings differ only in what the reader chose to ignore.
 */
export type DiffRun = { equal: string } | { removed: ChangedText; added: ChangedText; ignored: boolean }

const SPACE_RE = /^\s+$/
const PUNCTUATION_RE = /[\p{P}\p{S}]+/gu
const NO_OPTIONS: DiffOptions = { ignoreCase: false, ignorePunctuation: false }

/**
 * Word diffs come as one op per word; a reader wants one mark per changed stretch. Changes
 * separated only by spaces merge into one run ("<del>Ambassador Munir Akram</del>"), so the page
 * reads as a redline and a screen reader says "deleted" once per stretch, not once per word.
 * The diff keeps "The" → "the" as a change even when told to ignore case (its equal runs are
 * always identical text); here such a stretch is flagged `ignored`, so the page leaves it unmarked.
 */
export function toDiffRuns(diff: DiffOp[], options: DiffOptions = NO_OPTIONS): DiffRun[] {
  const runs: DiffRun[] = []
  let index = 0
  while (index < diff.length) {
    const op = diff[index]!
    if (op.op === 'equal') {
      const last = runs.at(-1)
      if (last && 'equal' in last) last.equal += op.text
      else runs.push({ equal: op.text })
      index++
      continue
    }
    // The stretch runs over changes and the spaces between them, and ends on a change.
    let end = index
    for (let next = index; next < diff.length; next++) {
      const candidate = diff[next]!
      if (candidate.op !== 'equal') end = next
      else if (!SPACE_RE.test(candidate.text)) break
    }
    const stretch = diff.slice(index, end + 1)
    const removed = sideOf(stretch, 'delete')
    const added = sideOf(stretch, 'insert')
    runs.push({ removed, added, ignored: fold(removed.words, options) === fold(added.words, options) })
    index = end + 1
  }
  return runs
}

/**
 * The stretch as one side reads it: its own ops with the spaces of the stretch, which both sides
 * share. `lead + words + trail` is exactly that side's text, so no space is lost before the next
 * unchanged word even when the side has no word of its own here (then all of it is `lead`).
 */
function sideOf(stretch: DiffOp[], kind: 'delete' | 'insert'): ChangedText {
  const text = stretch.filter((op) => op.op === kind || op.op === 'equal').map((op) => op.text).join('')
  const words = text.trim()
  if (!words) return { lead: text, words: '', trail: '' }
  const lead = /^\s*/.exec(text)![0]
  return { lead, words, trail: text.slice(lead.length + words.length) }
}

/** A wording as compared under the reader's options. */
function fold(text: string, options: DiffOptions): string {
  let folded = options.ignoreCase ? text.toLowerCase() : text
  if (options.ignorePunctuation) folded = folded.replace(PUNCTUATION_RE, ' ')
  return folded.replace(/\s+/g, ' ').trim()
}
