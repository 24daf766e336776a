import type { DocumentText } from '../store/index.ts'

export interface TermYear {
  year: number
  /** Occurrences in the year's documents. */
  count: number
  /** Occurrences per 1,000 words of the year's documents. */
  perThousand: number
  /** Documents of the year that use the term at least once. */
  documents: number
}

/** When a term was used: first and last year, and each absence with the year it came back. */
export interface Lifecycle {
  first: number | null
  last: number | null
  /** Runs of years without the term after it was first used; `back` is null if it has not returned. */
  absences: Array<{ from: number; to: number; back: number | null }>
}

export interface TermTrend {
  term: string
  years: TermYear[]
  lifecycle: Lifecycle
}

export interface TrendReport {
  years: Array<{ year: number; documents: number; words: number }>
  terms: TermTrend[]
}

export const MAX_TERMS = 8
const MAX_TERM_LENGTH = 80
const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu
const SEPARATOR_RE = /[\s\-‐‑–—]+/

/** "self-determination, dialogue" → the distinct terms, at most `MAX_TERMS`. */
export function parseTerms(input: string | undefined): string[] {
  const seen = new Set<string>()
  const terms: string[] = []
  for (const raw of (input ?? '').split(/[,;\n]+/)) {
    const term = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TERM_LENGTH)
    if (!/[\p{L}\p{N}]/u.test(term) || seen.has(term.toLowerCase())) continue
    seen.add(term.toLowerCase())
    terms.push(term)
  }
  return terms.slice(0, MAX_TERMS)
}

/**
 * A whole-word, case-insensitive pattern; spaces and hyphens inside a term match either, so
 * "self determination" and "self-determination" count as one term.
 */
export function termPattern(term: string): RegExp {
  const parts = term.split(SEPARATOR_RE).filter(Boolean).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[\\s\\-‐‑–—]+')}(?![\\p{L}\\p{N}])`, 'giu')
}

export function countTerms(texts: DocumentText[], terms: string[]): TrendReport {
  const byYear = new Map<number, DocumentText[]>()
  for (const text of texts) {
    const list = byYear.get(text.year) ?? []
    list.push(text)
    byYear.set(text.year, list)
  }
  const years = [...byYear.keys()].sort((a, b) => a - b).map((year) => {
    const documents = byYear.get(year)!
    return { year, documents: documents.length, words: documents.reduce((sum, d) => sum + (d.text.match(WORD_RE)?.length ?? 0), 0) }
  })
  const trends = terms.map((term) => {
    const pattern = termPattern(term)
    const perYear = years.map(({ year, words }) => {
      const counts = byYear.get(year)!.map((document) => document.text.match(pattern)?.length ?? 0)
      const count = counts.reduce((sum, n) => sum + n, 0)
      return { year, count, perThousand: words === 0 ? 0 : (count * 1000) / words, documents: counts.filter((n) => n > 0).length }
    })
    return { term, years: perYear, lifecycle: lifecycleOf(perYear) }
  })
  return { years, terms: trends }
}

export function lifecycleOf(years: Array<{ year: number; count: number }>): Lifecycle {
  const present = years.filter((entry) => entry.count > 0).map((entry) => entry.year)
  const first = present[0] ?? null
  const last = present.at(-1) ?? null
  const absences: Lifecycle['absences'] = []
  if (first === null) return { first, last, absences }
  let runFrom: number | null = null
  let runTo = 0
  for (const entry of years) {
    if (entry.year <= first) continue
    if (entry.count === 0) {
      runFrom ??= entry.year
      runTo = entry.year
    } else if (runFrom !== null) {
      absences.push({ from: runFrom, to: runTo, back: entry.year })
      runFrom = null
    }
  }
  if (runFrom !== null) absences.push({ from: runFrom, to: runTo, back: null })
  return { first, last, absences }
}
