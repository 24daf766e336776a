import { fail, ok, type Result } from '../errors.ts'

const UTF8 = new TextDecoder('utf-8', { fatal: true })
const UTF16LE = new TextDecoder('utf-16le', { fatal: true })
const UTF16BE = new TextDecoder('utf-16be', { fatal: true })
/**
 * C0 controls other than tab, line feed, vertical tab, form feed and carriage return (which PDF
 * and word-processor exports do contain). No text document needs the rest, and ESC in particular
 * would reach a terminal through `redline show` as an escape sequence.
 */
const CONTROL_RE = /[\u0001-\u0008\u000E-\u001F]/

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
  const control = findControlCharacter(text)
  if (control) return fail('invalid-input', `${name}: contains a control character ${control}; is it a binary file?`)
  return ok(text.replace(/^\uFEFF/, ''))
}

/** `U+001B at offset 6` for the first control character no text needs, or null. */
export function findControlCharacter(text: string): string | null {
  const control = CONTROL_RE.exec(text)
  if (!control) return null
  return `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at offset ${control.index}`
}

/**
 * UTF-16 of any script below U+2000 (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic…) has a byte
 * under 0x20 in every other position: 0x00 for Latin, 0x04 for Cyrillic, 0x06 for Arabic. Such
 * bytes are rare in UTF-8 text and never confined to one parity. Counting only zero bytes let
 * Cyrillic UTF-16 through as valid "UTF-8" full of control characters.
 */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 512)
  if (sample < 4) return false
  const low = [0, 0]
  for (let i = 0; i < sample; i++) if (bytes[i]! < 0x20) low[i % 2]!++
  const half = sample / 2
  const [most, least] = low[0]! > low[1]! ? [low[0]!, low[1]!] : [low[1]!, low[0]!]
  return most > half * 0.6 && least < half * 0.3
}

/**
 * Offset of the first byte of the first ill-formed sequence (Unicode §3.9, table 3-7): the lead
 * byte of a sequence whose continuation is wrong or missing, so the offset points at the character
 * the user must fix rather than at the byte after it.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i]!
    if (lead < 0x80) {
      i++
      continue
    }
    let length: number
    let min = 0x80
    let max = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      if (lead === 0xe0) min = 0xa0
      if (lead === 0xed) max = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      if (lead === 0xf0) min = 0x90
      if (lead === 0xf4) max = 0x8f
    } else return i
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]
      if (next === undefined || next < (k === 1 ? min : 0x80) || next > (k === 1 ? max : 0xbf)) return i
    }
    i += length
  }
  return i
}
