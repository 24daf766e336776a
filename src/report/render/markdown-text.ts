import type { DiffOp } from '../../types.ts'
import { splitEdges } from './report-text.ts'

/**
 * Backslash-escapes what CommonMark/GFM would read as markup: emphasis, code, links, raw HTML,
 * headings, tables and strike-through. `&` only before something that looks like an entity, so
 * "IIOJ&K" stays readable in a plain text editor. Newlines become spaces: a statement is one
 * paragraph, and a line break inside it could start a list or a heading. Text holding bidi controls
 * is isolated.
 * @example escapeMarkdown('<script>*x*</script>') // '\\<script\\>\\*x\\*\\</script\\>'
 */
export function escapeMarkdown(text: string): string {
  const escaped = text
    .replace(LINE_BREAK_RE, ' ')
    .replace(MARKDOWN_SPECIAL_RE, '\\$&')
    .replace(ENTITY_LIKE_RE, '\\&')
  // A right-to-left override would also reverse the words after the value (a date, a label):
  // first-strong isolate … pop isolate keeps it inside. Only where needed, since both are invisible.
  return BIDI_CONTROL_RE.test(text) ? `\u2068${escaped}\u2069` : escaped
}

const LINE_BREAK_RE = /[^\S\r\n\u2028\u2029]*[\r\n\u2028\u2029]+\s*/g
const MARKDOWN_SPECIAL_RE = /[\\`*_[\]<>#~|!]/g
const ENTITY_LIKE_RE = /&(?=#?[a-z0-9]+;)/gi
const BIDI_CONTROL_RE = /[\u202A-\u202E\u2066-\u2069]/u
const PUNCTUATION_RE = /[\p{P}\p{S}]/u
const SPACE_RE = /\s/u

export const MARKDOWN_CONVENTION =
  'Deleted words are ~~struck through~~ and inserted words are **bold** (written `<del>…</del>` and `<ins>…</ins>` where a change begins or ends at punctuation inside a word, where Markdown cannot mark it).'

/** A diff as Markdown: deletions `~~struck~~`, insertions `**bold**`. */
export function markdownDiff(diff: DiffOp[]): string {
  const pieces = diff.map((op) => ({ op: op.op, parts: splitEdges(op.text).map(escapeMarkdown) as [string, string, string] }))
  let out = ''
  pieces.forEach(({ op, parts: [before, core, after] }, index) => {
    if (op === 'equal' || core === '') {
      out += before + core + after
      return
    }
    const next = after[0] ?? pieces[index + 1]?.parts.join('')[0]
    const previous = (out + before).at(-1)
    // CommonMark opens and closes `**`/`~~` only when they flank the words (spec §6.2); a change
    // that starts with a comma right after a letter ("struggle**, and**") would print the asterisks.
    const flanks = canOpen(previous, core[0]!) && canClose(core.at(-1)!, next)
    const [open, close] = flanks
      ? (op === 'insert' ? ['**', '**'] : ['~~', '~~'])
      : (op === 'insert' ? ['<ins>', '</ins>'] : ['<del>', '</del>'])
    out += `${before}${open}${core}${close}${after}`
  })
  return out
}

function canOpen(previous: string | undefined, first: string): boolean {
  return !PUNCTUATION_RE.test(first) || previous === undefined || SPACE_RE.test(previous) || PUNCTUATION_RE.test(previous)
}

function canClose(last: string, next: string | undefined): boolean {
  return !PUNCTUATION_RE.test(last) || next === undefined || SPACE_RE.test(next) || PUNCTUATION_RE.test(next)
}
