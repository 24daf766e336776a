/** The one place that touches jsdiff. */
import { diffArrays } from 'diff'
import type { DiffOp, DiffOptions } from '../types.ts'
import { tokenizeForDiff } from './diff-tokens.ts'

/**
 * Word-level diff of two statements: jsdiff's Myers diff over word and punctuation tokens
 * (diff-tokens.ts), whitespace kept beside the tokens instead of being tokens, so runs of spaces
 * never become anchors that split one change into many.
 *
 * Both texts come back exactly: equal + delete runs give `a`, equal + insert runs give `b`, with
 * every option. The options decide which tokens the diff may pair up, never what text an op
 * carries: with `ignoreCase`, "The" and "the" are paired and shown as a one-word change in place
 * (delete "The", insert "the") instead of letting the diff realign around them; with
 * `ignorePunctuation`, marks are not tokens at all but part of the text between words, so a comma
 * cannot anchor the diff, and a changed comma is shown only where the words around it match.
 * An `equal` run is always text present, unchanged, on both sides: a reader can trust it.
 */
export function diffWords(a: string, b: string, options: DiffOptions): DiffOp[] {
  const before = tokenizeForDiff(a, options)
  const after = tokenizeForDiff(b, options)
  const ops = groupedOps()
  const emit = ops.emit
  const pair = (old: string, current: string) => {
    if (old === current) emit('equal', old)
    else {
      emit('delete', old)
      emit('insert', current)
    }
  }
  /** Text between paired tokens: only its differing middle is a change (`”.` vs `".` changes the quote). */
  const pairGaps = (old: string, current: string) => {
    let prefix = 0
    while (prefix < old.length && prefix < current.length && old[prefix] === current[prefix]) prefix++
    let suffix = 0
    while (suffix < old.length - prefix && suffix < current.length - prefix && old[old.length - 1 - suffix] === current[current.length - 1 - suffix]) suffix++
    emit('equal', old.slice(0, prefix))
    pair(old.slice(prefix, old.length - suffix), current.slice(prefix, current.length - suffix))
    emit('equal', old.slice(old.length - suffix))
  }
  let atA = 0
  let atB = 0
  for (const change of diffAfterPrefix(before.tokens.map((token) => token.key), after.tokens.map((token) => token.key))) {
    const count = change.value.length
    if (change.removed) for (const token of before.tokens.slice(atA, (atA += count))) emit('delete', token.gap + token.text)
    else if (change.added) for (const token of after.tokens.slice(atB, (atB += count))) emit('insert', token.gap + token.text)
    else {
      for (let offset = 0; offset < count; offset++) {
        const [old, current] = [before.tokens[atA + offset]!, after.tokens[atB + offset]!]
        pairGaps(old.gap, current.gap)
        pair(old.text, current.text)
      }
      atA += count
      atB += count
    }
  }
  pairGaps(before.tail, after.tail)
  return ops.done()
}

/**
 * jsdiff's Myers diff with the common beginning taken off first (Myers takes it as equal anyway, so
 * the result is the same): restatements share much of their opening, and jsdiff builds a path
 * object per step even there. The common end is left to Myers, whose choice among equally short
 * scripts there reads better ("water," + inserted clause, not "water" + ", clause").
 */
function diffAfterPrefix(a: string[], b: string[]): Array<{ value: string[]; added?: boolean; removed?: boolean }> {
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  if (prefix === 0) return diffArrays(a, b)
  return [{ value: a.slice(0, prefix) }, ...diffArrays(a.slice(prefix), b.slice(prefix))]
}

/**
 * Ops merged as they come: neighbouring ops of a kind join, and each change block's deletions come
 * before its insertions ("del: resolution of  ins: solution to the"), which keeps both texts in
 * order. Merging on the way, not afterwards, spares an object per token.
 */
function groupedOps(): { emit: (op: DiffOp['op'], text: string) => void; done: () => DiffOp[] } {
  const out: DiffOp[] = []
  let equal = ''
  let deleted = ''
  let inserted = ''
  const flushChange = () => {
    if (deleted !== '') out.push({ op: 'delete', text: deleted })
    if (inserted !== '') out.push({ op: 'insert', text: inserted })
    deleted = ''
    inserted = ''
  }
  const flushEqual = () => {
    if (equal !== '') out.push({ op: 'equal', text: equal })
    equal = ''
  }
  return {
    emit(op, text) {
      if (text === '') return
      if (op === 'equal') {
        flushChange()
        equal += text
        return
      }
      flushEqual()
      if (op === 'delete') deleted += text
      else inserted += text
    },
    done() {
      flushEqual()
      flushChange()
      return out
    },
  }
}
