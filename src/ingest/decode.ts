import { fail, ok, type Result } from '../errors.ts'

const UTF8 = new TextDecoder('utf-8', { fatal: true })
const UTF16LE = new TextDecoder('utf-16le', { fatal: true })
const UTF16BE = new TextDecoder('utf-16be', { fatal: true })

/**
 * Bytes to text. UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted; anything else is
 * refused rather than guessed, because a wrong guess silently corrupts every later comparison.
 */
export function decodeText(bytes: Uint8Array, name: string): Result<string> {
  let text: string
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = UTF16LE.decode(bytes.subarray(2))
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = UTF16BE.decode(bytes.subarray(2))
    else if (looksLikeUtf16WithoutBom(bytes)) {
      return fail('invalid-input', `${name}: looks like UTF-16 without a byte-order mark; save it as UTF-8`)
    } else text = UTF8.decode(bytes)
  } catch {
    const offset = firstInvalidUtf8(bytes)
    return fail('invalid-input', `${name}: not valid UTF-8 (first bad byte at offset ${offset}); save it as UTF-8`)
  }
  const nul = text.indexOf('\0')
  if (nul >= 0) return fail('invalid-input', `${name}: contains a NUL character at offset ${nul}; is it a binary file?`)
  return ok(text.replace(/^\uFEFF/, ''))
}

/** UTF-16 text of Latin script has a zero byte in every other position. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 512)
  if (sample < 4) return false
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample; i++) {
    if (bytes[i] !== 0) continue
    if (i % 2 === 0) evenZeros++
    else oddZeros++
  }
  const half = sample / 2
  return evenZeros > half * 0.6 || oddZeros > half * 0.6
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0
  let high = bytes.length
  // The shortest invalid prefix: decoding is monotone in the prefix length, so bisect.
  while (low < high) {
    const mid = (low + high) >> 1
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true })
      low = mid + 1
    } catch {
      high = mid
    }
  }
  return low
}
