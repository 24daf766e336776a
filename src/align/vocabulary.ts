import { VARIANT_STRENGTH, variantStems, wordnetRelatives } from './term-match.ts'

/**
 * The terms of a corpus as small integers, and for each term its related terms in the corpus.
 * Aligning ten thousand statements compares millions of term pairs; looking relatedness up by
 * integer in a per-term map is what makes that take seconds rather than minutes.
 */
export interface Vocabulary {
  idOf(term: string): number
  /** The id of a term already in the vocabulary, or -1 (without adding it). */
  find(term: string): number
  termOf(id: number): string
  /**
   * Related terms of the vocabulary (derived forms, WordNet relatives) with their strength, as
   * parallel typed arrays: read once per term per compared pair, so iterating them must not allocate.
   */
  related(id: number): RelatedTerms
}

export interface RelatedTerms {
  ids: Int32Array
  strengths: Float64Array
}

export function createVocabulary(): Vocabulary {
  const ids = new Map<string, number>()
  const terms: string[] = []
  /** shorter form → longer terms of the vocabulary it may be a derived form of. */
  const longer = new Map<string, number[]>()
  let related: Array<RelatedTerms | undefined> = []
  const relatedOf = (id: number) => {
    const term = terms[id]!
    const out = new Map<number, number>()
    for (const [other, strength] of wordnetRelatives(term)) {
      const otherId = ids.get(other)
      if (otherId !== undefined) out.set(otherId, strength)
    }
    const variants = [...variantStems(term).map((stem) => ids.get(stem)), ...(longer.get(term) ?? [])]
    for (const otherId of variants) if (otherId !== undefined && otherId !== id) out.set(otherId, VARIANT_STRENGTH)
    return out
  }
  return {
    idOf(term) {
      let id = ids.get(term)
      if (id === undefined) {
        id = terms.length
        ids.set(term, id)
        terms.push(term)
        for (const stem of variantStems(term)) longer.set(stem, [...(longer.get(stem) ?? []), id])
        // Relatives computed before this term existed do not know it yet.
        if (related.length > 0) related = []
      }
      return id
    },
    find: (term) => ids.get(term) ?? -1,
    termOf: (id) => terms[id]!,
    related(id) {
      let list = related[id]
      if (!list) {
        const map = relatedOf(id)
        list = { ids: Int32Array.from(map.keys()), strengths: Float64Array.from(map.values()) }
        related[id] = list
      }
      return list
    },
  }
}
