import { DEFAULT_MAX_BYTES } from '../../../src/ingest/index.ts'

/** One input that must be refused, with the answer each channel owes it. */
export interface BadInput {
  name: string
  fileName: string
  bytes: Uint8Array
  /** The specific reason, as both the CLI line and the web page must state it. */
  message: RegExp
  /** HTTP status of `POST /documents`; the CLI exits 1 for all of them. */
  status: 400 | 413
}

const utf8 = (text: string) => new TextEncoder().encode(text)
const withDate = (body: string, date = '2024-05-01') => utf8(`---\ndate: ${date}\ntitle: Probe\n---\n${body}\n`)
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'))
const swapPairs = (bytes: Uint8Array) => bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1]!)
const concat = (...parts: Array<Uint8Array | number[]>) => new Uint8Array(parts.flatMap((part) => [...part]))

const SENTENCE = 'Peace and dialogue remain the only way forward for the region.'
/** The per-document limit the web tests set, small so the test sends kilobytes, not megabytes. */
export const WEB_MAX_BYTES = 4096

/** The table of issue 7: each refused with its own message, and nothing written. */
export const BAD_INPUTS: BadInput[] = [
  { name: 'invalid UTF-8 (a lone lead byte)', fileName: '2024-01-01-invalid-utf8.txt', bytes: concat(utf8('Peace and dialogue '), [0xc3, 0x28], utf8(' now.')), message: /not valid UTF-8 \(first bad byte at offset 19\); save it as UTF-8/, status: 400 },
  { name: 'invalid UTF-8 (an encoded surrogate)', fileName: '2024-01-01-surrogate.txt', bytes: concat(utf8('Peace '), [0xed, 0xa0, 0x80], utf8(' dialogue.')), message: /not valid UTF-8 \(first bad byte at offset 6\)/, status: 400 },
  { name: 'invalid UTF-8 (truncated at the end)', fileName: '2024-01-01-truncated.txt', bytes: concat(utf8(SENTENCE), [0xe2, 0x82]), message: /not valid UTF-8 \(first bad byte at offset 62\)/, status: 400 },
  { name: 'UTF-16 LE without BOM (Latin text)', fileName: '2024-01-01-utf16le.txt', bytes: utf16le(SENTENCE), message: /looks like UTF-16 without a byte-order mark; save it as UTF-8/, status: 400 },
  { name: 'UTF-16 BE without BOM (Latin text)', fileName: '2024-01-01-utf16be.txt', bytes: swapPairs(utf16le(SENTENCE)), message: /looks like UTF-16 without a byte-order mark/, status: 400 },
  { name: 'UTF-16 LE without BOM (Cyrillic text)', fileName: '2024-01-01-utf16-cyrillic.txt', bytes: utf16le('Мир и диалог остаются единственным путём вперёд для региона.'), message: /looks like UTF-16 without a byte-order mark/, status: 400 },
  { name: 'UTF-16 LE without BOM (Arabic text)', fileName: '2024-01-01-utf16-arabic.txt', bytes: utf16le('السلام والحوار هما الطريق الوحيد'), message: /looks like UTF-16 without a byte-order mark/, status: 400 },
  { name: 'NUL bytes', fileName: '2024-01-01-nul.txt', bytes: utf8('Peace\0and dialogue.'), message: /contains a NUL character at offset 5; is it a binary file\?/, status: 400 },
  { name: 'terminal escape and other control characters', fileName: '2024-01-01-escape.txt', bytes: utf8('Peace \u001b[2J\u001b]0;pwned\u0007 and dialogue.'), message: /contains a control character U\+001B at offset 6/, status: 400 },
  { name: 'HTML spelling a terminal escape as a character reference', fileName: '2024-01-01-entity.html', bytes: utf8('<p>Peace &#27;[2J and dialogue.</p>'), message: /its text contains a control character U\+001B at offset 6/, status: 400 },
  { name: 'empty file', fileName: '2024-01-01-empty.txt', bytes: new Uint8Array(0), message: /the document has no text/, status: 400 },
  { name: 'whitespace only', fileName: '2024-01-01-blank.txt', bytes: utf8(' \n\t\r\n\u00a0\u3000\u2028 \n'), message: /the document has no text/, status: 400 },
  { name: 'front matter only', fileName: 'front-only.md', bytes: withDate(''), message: /the document has no text/, status: 400 },
  { name: 'HTML with only script and markup', fileName: '2024-01-01-markup.html', bytes: utf8('<html><body><script>alert("x")</script><p> </p><img src=x></body></html>'), message: /the document has no text/, status: 400 },
  { name: 'date that does not exist (2025-02-30)', fileName: 'feb-30.txt', bytes: withDate(SENTENCE, '2025-02-30'), message: /date "2025-02-30" does not exist \(expected YYYY-MM-DD\)/, status: 400 },
  { name: 'date that does not exist (2023-02-29, no leap year)', fileName: '2023-02-29-no-leap.txt', bytes: utf8(SENTENCE), message: /date "2023-02-29" does not exist/, status: 400 },
  { name: 'year out of range (1066)', fileName: 'hastings.txt', bytes: withDate(SENTENCE, '1066-10-14'), message: /year 1066 is out of range \(expected 1800–2200\)/, status: 400 },
  { name: 'year out of range (9999)', fileName: 'far.txt', bytes: withDate(SENTENCE, '9999-12-31'), message: /year 9999 is out of range \(expected 1800–2200\)/, status: 400 },
  { name: 'not a date', fileName: 'words.txt', bytes: withDate(SENTENCE, 'next Tuesday'), message: /date "next Tuesday" is not a date \(expected YYYY-MM-DD\)/, status: 400 },
  { name: 'no date anywhere', fileName: 'undated.txt', bytes: utf8(SENTENCE), message: /no date \(give "date: YYYY-MM-DD" in front matter/, status: 400 },
  { name: 'unknown format (.docx)', fileName: '2024-01-01-statement.docx', bytes: utf8('PK\u0003\u0004 not really a zip'), message: /unknown format "\.docx" \(expected \.txt, \.md or \.html\)/, status: 400 },
  { name: 'unknown format (no extension)', fileName: '2024-01-01-statement', bytes: utf8(SENTENCE), message: /unknown format "none" \(expected \.txt, \.md or \.html\)/, status: 400 },
]

/** Over the limit: the CLI is checked at the default limit, the web at `WEB_MAX_BYTES`. */
export const cliTooLarge = { name: 'too large (default limit + 1 byte)', fileName: '2024-01-01-large.txt', size: DEFAULT_MAX_BYTES + 1, message: new RegExp(`${DEFAULT_MAX_BYTES + 1} bytes is over the limit of ${DEFAULT_MAX_BYTES} bytes per document`) }
