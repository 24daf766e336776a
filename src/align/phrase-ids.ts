/**
 * Two-term phrases of a corpus as small integers, so that counting and weighing them keys arrays
 * and small-integer maps rather than strings: a corpus of 20,000 statements has half a million.
 */
export interface PhraseIds {
  /** The id of the unordered pair of two vocabulary ids. */
  idOf(left: number, right: number): number
}

export function createPhraseIds(): PhraseIds {
  // Per smaller vocabulary id, the larger ones it has formed a phrase with.
  const byFirst: Array<Map<number, number> | undefined> = []
  let count = 0
  return {
    idOf(left, right) {
      const [first, second] = left < right ? [left, right] : [right, left]
      const partners = (byFirst[first] ??= new Map())
      let id = partners.get(second)
      if (id === undefined) {
        id = count++
        partners.set(second, id)
      }
      return id
    },
  }
}
