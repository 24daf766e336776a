import type { WordToken } from './tokenize.ts'

/** Acronym key → the content-word keys of its expansion ("IIOJK" → indian illeg occupi jammu kashmir). */
export type AcronymTable = Map<string, string[]>

/**
 * Two-letter acronyms spell too many ordinary pairs of capitalised words, so they count only when
 * the run is whole ("at the United Nations held") or directly followed by the acronym ("… (UN)").
 */
const SHORT_ACRONYM = 2

/**
 * Learns which capitalised runs spell which acronyms of the corpus: "Organization of Islamic
 * Cooperation (OIC)", or "Indian Illegally Occupied Jammu and Kashmir" in one year and IIOJK in the
 * next. A simplified Schwartz & Hearst (2003): initials of the capitalised words, function words
 * skipped, must spell the acronym exactly.
 */
export function findAcronymDefinitions(statements: WordToken[][]): AcronymTable {
  const acronyms = new Set<string>()
  for (const tokens of statements) for (const token of tokens) if (token.acronym) acronyms.add(token.key)
  const table: AcronymTable = new Map()
  for (const tokens of statements) {
    for (const run of capitalisedRuns(tokens)) {
      for (let first = 0; first < run.words.length; first++) {
        let initials = ''
        for (let last = first; last < run.words.length; last++) {
          initials += run.words[last]!.surface[0]!.toUpperCase()
          if (!acronyms.has(initials) || table.has(initials)) continue
          const whole = first === 0 && last === run.words.length - 1
          const defined = last === run.words.length - 1 && run.followedBy === initials
          if (initials.length <= SHORT_ACRONYM && !whole && !defined) continue
          table.set(initials, run.words.slice(first, last + 1).map((word) => word.key))
        }
      }
    }
  }
  return table
}

interface CapitalisedRun {
  /** Capitalised content words; function words between them are allowed but not kept. */
  words: WordToken[]
  /** The acronym right after the run, if any. */
  followedBy: string | null
}

function capitalisedRuns(tokens: WordToken[]): CapitalisedRun[] {
  const runs: CapitalisedRun[] = []
  let words: WordToken[] = []
  const close = (next: WordToken | undefined) => {
    if (words.length >= 2) runs.push({ words, followedBy: next?.acronym ? next.key : null })
    words = []
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const isWord = token.capitalised && !token.acronym && !token.stop
    if (isWord) words.push(token)
    else if (!(token.stop && !token.capitalised && words.length > 0 && tokens[index + 1]?.capitalised)) close(token)
  }
  close(undefined)
  return runs
}

/**
 * The content words of a statement with each expansion replaced by its acronym, so that both
 * spellings of a name become one term.
 */
export function collapseExpansions(tokens: WordToken[], table: AcronymTable): WordToken[] {
  const content = tokens.filter((token) => !token.stop)
  if (table.size === 0) return content
  const out: WordToken[] = []
  for (let index = 0; index < content.length; ) {
    const match = longestExpansionAt(content, index, table)
    if (match) {
      const words = content.slice(index, index + match.length)
      out.push({ surface: words.map((word) => word.surface).join(' '), key: match.key, stop: false, capitalised: true, acronym: true, initial: words[0]!.initial, start: words[0]!.start })
      index += match.length
    } else {
      out.push(content[index]!)
      index++
    }
  }
  return out
}

function longestExpansionAt(content: WordToken[], index: number, table: AcronymTable): { key: string; length: number } | null {
  let best: { key: string; length: number } | null = null
  for (const [key, expansion] of table) {
    if (best && expansion.length <= best.length) continue
    if (expansion.every((stem, offset) => content[index + offset]?.key === stem)) best = { key, length: expansion.length }
  }
  return best
}
