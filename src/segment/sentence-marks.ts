const MARKS = ['.', '!', '?', '…']

/**
 * Finds the next of `[.!?…]` in `text` at or after `from`, which must never decrease from one
 * call to the next. One `indexOf` search per kind of mark, resumed only once passed, so the
 * whole text is searched once per kind: a loop testing every character was far slower.
 */
export function createMarkFinder(text: string): (from: number) => number {
  const next = MARKS.map(() => -1)
  return function nextMark(from: number): number {
    let nearest = text.length
    for (let kind = 0; kind < MARKS.length; kind++) {
      let at = next[kind]!
      if (at < from) {
        at = text.indexOf(MARKS[kind]!, from)
        next[kind] = at = at < 0 ? text.length : at
      }
      if (at < nearest) nearest = at
    }
    return nearest
  }
}
