import DiffMatchPatch from 'diff-match-patch'
import type { DiffOp } from '../../src/types.ts'

/** Words, runs of white space, and single punctuation marks: the units both diffs work on. */
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|\s+|[^\p{L}\p{N}\s]/gu
const OPS: Record<number, DiffOp['op']> = { [-1]: 'delete', 0: 'equal', 1: 'insert' }

const dmp = new DiffMatchPatch()
// No deadline: the benchmark compares complete diffs, never ones cut short by the clock.
dmp.Diff_Timeout = 0

/**
 * The reference word diff: diff-match-patch's line-mode trick applied to words. Each distinct
 * token becomes one character, the character strings are diffed, and the characters are mapped
 * back to their tokens (https://github.com/google/diff-match-patch/wiki/Line-or-Word-Diffs).
 */
export function diffWordsWithDmp(before: string, after: string): DiffOp[] {
  const tokens: string[] = ['']
  const codes = new Map<string, string>()
  const encode = (text: string): string => {
    let chars = ''
    for (const [token] of text.matchAll(TOKEN_RE)) {
      let code = codes.get(token)
      if (code === undefined) {
        code = String.fromCharCode(tokens.length)
        codes.set(token, code)
        tokens.push(token)
      }
      chars += code
    }
    return chars
  }
  const diffs = dmp.diff_main(encode(before), encode(after), false)
  dmp.diff_charsToLines_(diffs, tokens)
  return diffs.map(([op, text]) => ({ op: OPS[op]!, text }))
}
