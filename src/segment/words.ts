const WORD_CHARACTER_RE = /^[\p{L}\p{N}]$/u

/**
 * How many words (runs of `[\p{L}\p{N}]`, as `/[\p{L}\p{N}]+/gu` finds them) `text` holds in
 * `[from, to)`, counting no further than `atMost`: callers only ask whether there are enough.
 */
export function countWords(text: string, from: number, to: number, atMost = Infinity): number {
  let words = 0
  let inWord = false
  for (let index = from; index < to;) {
    const code = text.charCodeAt(index)
    let width = 1
    let isWord: boolean
    if (code < 0x80) isWord = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
    else if (code < 0xd800 || code > 0xdfff) isWord = WORD_CHARACTER_RE.test(text.charAt(index))
    else if (code <= 0xdbff && index + 1 < to && isLowSurrogate(text.charCodeAt(index + 1))) {
      width = 2
      isWord = WORD_CHARACTER_RE.test(text.slice(index, index + 2))
    } else isWord = false // a lone surrogate
    if (isWord && !inWord && ++words >= atMost) return words
    inWord = isWord
    index += width
  }
  return words
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
