/**
 * Character tests on UTF-16 code units and the scanning loops built on them: running a regex per
 * character or on a slice per candidate was most of segmentation's cost. Each test agrees exactly
 * with the regex class named in its comment (test/segment/characters.test.ts checks every code
 * unit). Loops that look at every character live here rather than in their callers because under
 * tsx a call to another module's function goes through a getter that is not inlined.
 */

/** `\s`, as JS regexes and `String.prototype.trim` define it. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028
    || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** `[A-Za-z]` */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}

/** `[a-z]` */
export function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

/** `["'”’»)\]]`: quotes and brackets that close what a sentence mark ends. */
export function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0xbb
    || code === 0x29 || code === 0x5d
}

/** `[.!?…]` */
export function isSentenceMark(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026
}

/** `[\s“‘"'(\[«]`: what a word before a full stop starts after. */
export function isTokenStart(code: number): boolean {
  return isSpace(code) || code === 0x201c || code === 0x2018 || code === 0x22 || code === 0x27
    || code === 0x28 || code === 0x5b || code === 0xab
}

/** First index at or after `from` (up to `end`) that is not one of `[.!?…]`. */
export function skipSentenceMarks(text: string, from: number, end: number): number {
  let index = from
  while (index < end && isSentenceMark(text.charCodeAt(index))) index++
  return index
}

/** First index at or after `from` (up to `end`) that is not a closer. */
export function skipClosers(text: string, from: number, end: number): number {
  let index = from
  while (index < end && isCloser(text.charCodeAt(index))) index++
  return index
}

/** Index just after the last non-closer before `end` (down to `from`). */
export function skipClosersBack(text: string, end: number, from: number): number {
  let index = end
  while (index > from && isCloser(text.charCodeAt(index - 1))) index--
  return index
}

/** Just after the last token start in `[from, to)`, found looking back from `to`, or `current`. */
export function tokenStartBefore(text: string, to: number, from: number, current: number): number {
  for (let index = to; index > from; index--) if (isTokenStart(text.charCodeAt(index - 1))) return index
  return current
}

/** First index at or after `from` (up to `end`) that is not `\s`. */
export function skipSpace(text: string, from: number, end: number = text.length): number {
  let index = from
  while (index < end && isSpace(text.charCodeAt(index))) index++
  return index
}

/** First index at or after `from` that is `\s`, or the text's length. */
export function skipNonSpace(text: string, from: number): number {
  let index = from
  while (index < text.length && !isSpace(text.charCodeAt(index))) index++
  return index
}

/** Index just after the last non-`\s` unit before `end` (down to `from`). */
export function skipSpaceBack(text: string, end: number, from = 0): number {
  let index = end
  while (index > from && isSpace(text.charCodeAt(index - 1))) index--
  return index
}

/** Where the run of non-`\s` units that ends at `end` starts. */
export function skipNonSpaceBack(text: string, end: number): number {
  let index = end
  while (index > 0 && !isSpace(text.charCodeAt(index - 1))) index--
  return index
}

/** Where the trailing run of `[a-z]` before `end` starts. */
export function lowerRunStart(text: string, end: number): number {
  let index = end
  while (index > 0 && isAsciiLower(text.charCodeAt(index - 1))) index--
  return index
}

/**
 * Whether `re` (sticky, `y`) matches at `index` of `text`. Tests a regex at the one place a
 * cheap scan says a match could start, with its lookbehinds seeing the real text before it.
 */
export function matchesAt(re: RegExp, text: string, index: number): boolean {
  re.lastIndex = index
  return re.test(text)
}

/** Like `matchesAt`, returning the match. */
export function execAt(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index
  return re.exec(text)
}
