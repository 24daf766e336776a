import { relatedStems, synonymStrength } from './synonyms.ts'

/**
 * Derived forms that Porter leaves apart: Kashmir/Kashmiri, Pakistan/Pakistani. Short stems are
 * excluded because a letter or two changes the word there (plan/plane).
 */
const VARIANT_MIN_LENGTH = 5
const VARIANT_MAX_EXTRA = 2
const VARIANT_STRENGTH = 0.9
const ACRONYM_RE = /^[\p{Lu}\p{N}]+$/u

/**
 * Below this strength a match is a synonym, which counts only beside an exact match (match-matrix.ts):
 * WordNet makes "permanent" a synonym of "lasting", right for "lasting solution" / "permanent
 * solution", wrong for "Permanent Representative" / "lasting stability".
 */
export const SYNONYM_MAX_STRENGTH = 0.85

const cache = new Map<string, number>()

/** Whether a term is an acronym key (they only equal themselves: expansions were collapsed onto them). */
export const isAcronymKey = (term: string) => ACRONYM_RE.test(term)

/**
 * How far two content terms (stems or acronym keys) mean the same, 0..1: 1 when equal, less for a
 * derived form or a WordNet synonym, 0 otherwise.
 */
export function termRelatedness(a: string, b: string): number {
  if (a === b) return 1
  const id = a < b ? `${a}|${b}` : `${b}|${a}`
  let strength = cache.get(id)
  if (strength === undefined) {
    strength = isAcronymKey(a) || isAcronymKey(b) ? 0 : isDerivedForm(a, b) ? VARIANT_STRENGTH : synonymStrength(a, b)
    cache.set(id, strength)
  }
  return strength
}

/** The WordNet relatives of a term (not its derived forms, which depend on the vocabulary). */
export function wordnetRelatives(term: string): Map<string, number> {
  return isAcronymKey(term) ? new Map() : relatedStems(term)
}

/** The shorter forms a term may be a derived form of (kashmiri → kashmir, kashmi). */
export function variantStems(term: string): string[] {
  if (isAcronymKey(term)) return []
  const out: string[] = []
  for (let cut = 1; cut <= VARIANT_MAX_EXTRA && term.length - cut >= VARIANT_MIN_LENGTH; cut++) out.push(term.slice(0, term.length - cut))
  return out
}

export { VARIANT_STRENGTH }

function isDerivedForm(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= VARIANT_MIN_LENGTH && long.length - short.length <= VARIANT_MAX_EXTRA && long.startsWith(short)
}
