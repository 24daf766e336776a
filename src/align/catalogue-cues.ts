import type { Catalogue } from './catalogue.ts'
import { tokenizeWords } from './tokenize.ts'

/** Which catalogue entries a text carries, by cue phrase. */
export interface CueMatcher {
  /** Indexes of the catalogue entries whose cues occur in `text`. */
  entriesOf(text: string): number[]
}

/**
 * Cues match on content-word keys in order, function words skipped, so "right to
 * self-determination" also finds "the right of self-determination" and "rights to self determination".
 */
export function createCueMatcher(catalogue: Catalogue): CueMatcher {
  const cues = catalogue.flatMap((entry, index) => entry.cues.map((cue) => ({ index, keys: contentKeys(cue) })))
  return {
    entriesOf(text) {
      const keys = contentKeys(text)
      const entries = new Set<number>()
      for (const cue of cues) if (cue.keys.length > 0 && containsRun(keys, cue.keys)) entries.add(cue.index)
      return [...entries]
    },
  }
}

function contentKeys(text: string): string[] {
  return tokenizeWords(text).filter((token) => !token.stop).map((token) => token.key)
}

function containsRun(keys: string[], run: string[]): boolean {
  outer: for (let start = 0; start + run.length <= keys.length; start++) {
    for (let offset = 0; offset < run.length; offset++) if (keys[start + offset] !== run[offset]) continue outer
    return true
  }
  return false
}
