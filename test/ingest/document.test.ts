import { describe, expect, test } from 'vitest'
import { ingestDocument } from '../../src/ingest/index.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('ingestDocument: formats and metadata', () => {
  test('txt with front matter: metadata read, body normalised, original kept', () => {
    const raw = '---\ntitle: "Joint communiqué"\ndate: 2024-05-06\nissuer: Ministry\nseries: ministry\nkind: communique\n---\r\n\r\n\r\n\r\nFirst paragraph.  \r\n\r\n\r\nSecond paragraph.\r\n'
    const result = ingestDocument('communique.txt', utf8(raw))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.meta).toEqual({
      title: 'Joint communiqué', date: '2024-05-06', issuer: 'Ministry', sourceUrl: null, kind: 'communique', series: 'ministry',
    })
    expect(result.value.text).toBe('First paragraph.\n\nSecond paragraph.')
    expect(result.value.original).toBe(raw)
    expect(result.value.format).toBe('txt')
  })

  test('Unicode is normalised to NFC and a BOM dropped', () => {
    const result = ingestDocument('2020-01-02-x.txt', utf8('\uFEFFT\u0075\u0308rkiye said so.'))
    expect(result.ok && result.value.text).toBe('Türkiye said so.')
  })

  test('date from a leading YYYY-MM-DD in the file name; title from the rest of the name', () => {
    const result = ingestDocument('2019-03-04-annual-statement.txt', utf8('Text of the statement.'))
    expect(result.ok && result.value.meta.date).toBe('2019-03-04')
    expect(result.ok && result.value.meta.title).toBe('annual statement')
    expect(result.ok && result.value.meta.series).toBe('default')
  })

  test('manifest entry supplies date and title; front matter wins over it', () => {
    const manifest = { file: 'a.txt', date: '2015-12-16', title: 'From manifest', issuer: 'FOMC', source_url: 'https://example.org/a' }
    const plain = ingestDocument('a.txt', utf8('Some text.'), { manifest })
    expect(plain.ok && plain.value.meta).toMatchObject({ date: '2015-12-16', title: 'From manifest', issuer: 'FOMC', sourceUrl: 'https://example.org/a' })
    const front = ingestDocument('a.txt', utf8('---\ntitle: Own title\n---\nSome text.'), { manifest })
    expect(front.ok && front.value.meta.title).toBe('Own title')
  })

  test('overrides (CLI flags, upload form) win over everything', () => {
    const result = ingestDocument('2019-03-04-x.txt', utf8('---\ndate: 2018-01-01\n---\nText.'), { overrides: { date: '2021-06-07', title: 'Given' } })
    expect(result.ok && result.value.meta).toMatchObject({ date: '2021-06-07', title: 'Given' })
  })

  test('markdown markers are removed, words kept', () => {
    const md = '---\ndate: 2022-01-01\n---\n# The heading\n\nWe **strongly** support [the resolution](http://x.org) and *dialogue*.\n\n- first item\n- second item'
    const result = ingestDocument('x.md', utf8(md))
    expect(result.ok && result.value.text).toBe('The heading\n\nWe strongly support the resolution and dialogue.\n\nfirst item\nsecond item')
  })

  test('HTML through a parser: paragraphs kept, scripts and styles dropped, title and date from head', () => {
    const html = `<!doctype html><html><head><title>Statement &amp; remarks</title><meta name="date" content="2021-09-21">
      <style>p{color:red}</style><script>alert("x")</script></head><body><nav>Menu</nav>
      <h1>Remarks</h1><p>We call for <b>restraint</b>&nbsp;now.</p><p>Second<br>line.</p></body></html>`
    const result = ingestDocument('remarks.html', utf8(html))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.meta).toMatchObject({ title: 'Statement & remarks', date: '2021-09-21' })
    expect(result.value.text).toBe('Remarks\n\nWe call for restraint\u00A0now.\n\nSecond\n\nline.')
    expect(result.value.text).not.toContain('alert')
    expect(result.value.text).not.toContain('Menu')
  })

  test('the hash ignores invisible differences (CRLF, BOM) so re-import is a no-op', () => {
    const a = ingestDocument('2020-01-01-a.txt', utf8('One.\nTwo.'))
    const b = ingestDocument('2020-01-01-a.txt', utf8('\uFEFFOne.\r\nTwo.\r\n'))
    expect(a.ok && b.ok && a.value.hash === b.value.hash).toBe(true)
  })
})

describe('ingestDocument: bad input is refused with a message naming the file and the reason', () => {
  const cases: Array<{ name: string; file: string; bytes: Uint8Array; kind: string; message: RegExp; maxBytes?: number }> = [
    { name: 'invalid UTF-8', file: '2020-01-01-a.txt', bytes: new Uint8Array([0x41, 0x42, 0xff, 0xfe, 0x43]), kind: 'invalid-input', message: /2020-01-01-a\.txt: not valid UTF-8 \(first bad byte at offset 2\)/ },
    { name: 'UTF-16 without BOM', file: '2020-01-01-a.txt', bytes: new Uint8Array([...'Hello world text'].flatMap((c) => [c.charCodeAt(0), 0])), kind: 'invalid-input', message: /UTF-16 without a byte-order mark/ },
    { name: 'NUL byte', file: '2020-01-01-a.txt', bytes: utf8('Hello\0world'), kind: 'invalid-input', message: /NUL character at offset 5/ },
    { name: 'empty document', file: '2020-01-01-a.txt', bytes: utf8(''), kind: 'invalid-input', message: /a\.txt: the document has no text/ },
    { name: 'whitespace only', file: '2020-01-01-a.txt', bytes: utf8(' \n\t\r\n  '), kind: 'invalid-input', message: /the document has no text/ },
    { name: 'front matter only', file: '2020-01-01-a.md', bytes: utf8('---\ntitle: x\n---\n'), kind: 'invalid-input', message: /the document has no text/ },
    { name: 'missing date', file: 'statement.txt', bytes: utf8('Text.'), kind: 'invalid-input', message: /statement\.txt: no date/ },
    { name: 'impossible date', file: 'a.txt', bytes: utf8('---\ndate: 2025-02-30\n---\nText.'), kind: 'invalid-input', message: /a\.txt: date "2025-02-30" does not exist/ },
    { name: 'not a date', file: 'a.txt', bytes: utf8('---\ndate: Feb 3 2023\n---\nText.'), kind: 'invalid-input', message: /is not a date \(expected YYYY-MM-DD\)/ },
    { name: 'year out of range', file: 'a.txt', bytes: utf8('---\ndate: 0999-01-01\n---\nText.'), kind: 'invalid-input', message: /year 999 is out of range/ },
    { name: 'unknown format', file: '2020-01-01-a.pdf', bytes: utf8('Text.'), kind: 'invalid-input', message: /unknown format "\.pdf"/ },
    { name: 'too large', file: '2020-01-01-a.txt', bytes: utf8('x'.repeat(101)), kind: 'too-large', message: /101 bytes is over the limit of 100 bytes/, maxBytes: 100 },
  ]
  test.each(cases)('$name', ({ file, bytes, kind, message, maxBytes }) => {
    const result = ingestDocument(file, bytes, maxBytes ? { maxBytes } : {})
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.kind).toBe(kind)
    expect(result.error.message).toMatch(message)
  })

  test('UTF-16 with a BOM is decoded', () => {
    const body = 'Date line.'
    const bytes = new Uint8Array([0xff, 0xfe, ...[...body].flatMap((c) => [c.charCodeAt(0), 0])])
    const result = ingestDocument('2020-01-01-a.txt', bytes)
    expect(result.ok && result.value.text).toBe(body)
  })
})
