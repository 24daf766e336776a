import type { WordToken } from './tokenize.ts'

/**
 * What closes a clause, so that a restated position rarely crosses it: punctuation, and the
 * conjunctions that start a new predicate ("… support to the struggle and to end the occupation").
 */
const CLAUSE_BREAK_RE = /[,;:()“”"—–[\]]|\b(?:and|or) to\b|\b(?:but|while|whereas)\b/gu
/** Shorter pieces ("moral," in "diplomatic, moral, and political support") join the next clause. */
const CLAUSE_MIN_TERMS = 3

/**
 * The clauses of a statement as lists of term indexes (`tokenTerms` gives each token's). Lets
 * similarity find a position restated inside a longer sentence ("… to promote the just and lasting
 * resolution of Kashmir dispute").
 */
export function splitClauses(text: string, tokens: WordToken[], tokenTerms: number[]): number[][] {
  const breaks = [...text.matchAll(CLAUSE_BREAK_RE)].map((match) => match.index)
  const clauses: number[][] = []
  let current: number[] = []
  let nextBreak = 0
  tokens.forEach((token, position) => {
    let crossed = false
    while (nextBreak < breaks.length && breaks[nextBreak]! < token.start) {
      nextBreak++
      crossed = true
    }
    if (crossed && current.length >= CLAUSE_MIN_TERMS) {
      clauses.push(current)
      current = []
    }
    const index = tokenTerms[position]!
    if (!current.includes(index)) current.push(index)
  })
  const last = clauses[clauses.length - 1]
  if (current.length >= CLAUSE_MIN_TERMS || !last) clauses.push(current)
  else for (const index of current) if (!last.includes(index)) last.push(index)
  return clauses
}
