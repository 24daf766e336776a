import type { DiffOptions } from '../types.ts'

/** One token of a word diff: a word or a punctuation mark, with the text before it. */
export interface DiffToken {
  /** Whitespace (and, when punctuation is ignored, punctuation) between the previous token and this one. */
  gap: string
  text: string
  /** What the diff compares: the text with typographic variants, and case if asked, folded. */
  key: string
}

/**
 * Words are runs of letters and digits; every other visible character is its own token. Quotes and
 * apostrophes are therefore split off ("India" "’" "s"), so a change of quote style changes one
 * mark, not the word, and punctuation never glues onto words ("dispute," vs "dispute").
 */
const TOKEN_RE = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu
const PUNCTUATION_RE = /^[^\p{L}\p{N}]$/u
/** Typographic variants of one mark, compared as the same mark (NBSP-joined hyphens from PDFs included). */
const TYPOGRAPHIC: Array<[RegExp, string]> = [
  [/[‘’‚‛′]/gu, "'"],
  [/[“”„‟″]/gu, '"'],
  [/[‐‑‒]/gu, '-'],
  [/[–—―]/gu, '—'],
]

/** ASCII is its own NFKC form and holds no typographic variant: most tokens need no folding. */
const NON_ASCII_RE = /[^\x00-\x7f]/

function keyOf(text: string, options: DiffOptions): string {
  const folded = NON_ASCII_RE.test(text) ? TYPOGRAPHIC.reduce((out, [pattern, to]) => out.replace(pattern, to), text.normalize('NFKC')) : text
  return options.ignoreCase ? folded.toLowerCase() : folded
}

/**
 * The tokens of a text and what follows the last one. Concatenating every `gap + text` and then
 * `tail` gives the text back exactly.
 */
export function tokenizeForDiff(text: string, options: DiffOptions): { tokens: DiffToken[]; tail: string } {
  const tokens: DiffToken[] = []
  let gap = ''
  let end = 0
  const pattern = new RegExp(TOKEN_RE)
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const token = match[0]
    gap += text.slice(end, match.index)
    end = match.index + token.length
    if (options.ignorePunctuation && PUNCTUATION_RE.test(token)) {
      gap += token
      continue
    }
    tokens.push({ gap, text: token, key: keyOf(token, options) })
    gap = ''
  }
  return { tokens, tail: gap + text.slice(end) }
}
