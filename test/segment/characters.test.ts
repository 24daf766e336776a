import { describe, expect, test } from 'vitest'
import { isCloser, isSentenceMark, isSpace, isTokenStart } from '../../src/segment/characters.ts'
import { countWords } from '../../src/segment/words.ts'

/** Each code-unit test must agree with the regex class it replaces, on every UTF-16 code unit. */
const CLASSES: Array<[string, (code: number) => boolean, RegExp]> = [
  ['isSpace', isSpace, /^\s$/],
  ['isCloser', isCloser, /^["'”’»)\]]$/u],
  ['isSentenceMark', isSentenceMark, /^[.!?…]$/u],
  ['isTokenStart', isTokenStart, /^[\s“‘"'(\[«]$/u],
]

describe('code-unit classes', () => {
  test.each(CLASSES)('%s', (_, isIn, re) => {
    const wrong: number[] = []
    for (let code = 0; code <= 0xffff; code++) if (isIn(code) !== re.test(String.fromCharCode(code))) wrong.push(code)
    expect(wrong).toEqual([])
  })

  test('isSpace is what trim() removes', () => {
    const wrong: number[] = []
    for (let code = 0; code <= 0xffff; code++) if (isSpace(code) !== (String.fromCharCode(code).trim() === '')) wrong.push(code)
    expect(wrong).toEqual([])
  })
})

describe('countWords', () => {
  const PIECES = ['a', 'Zé', '9', ' ', '-', '😀', '𝐀', '\ud800', '\udc00', 'ß', 'ǅ', '١', '.', '’', 'x y']
  test('counts what /[\\p{L}\\p{N}]+/gu matches', () => {
    let seed = 1
    for (let run = 0; run < 2000; run++) {
      let text = ''
      for (let piece = 0; piece < 12; piece++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        text += PIECES[seed % PIECES.length]
      }
      const expected = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
      expect(countWords(text, 0, text.length), JSON.stringify(text)).toBe(expected)
      expect(countWords(text, 0, text.length, 3)).toBe(Math.min(expected, 3))
    }
  })
})
