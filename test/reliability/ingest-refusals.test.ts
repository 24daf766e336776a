import { truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { DEFAULT_MAX_BYTES, ingestDocument, readDocuments } from '../../src/ingest/index.ts'
import { makeTempDir } from '../helpers/temp-db.ts'
import { BAD_INPUTS } from './helpers/bad-inputs.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

/**
 * The bad-input table at the function both channels call. The CLI and web tests repeat it end to
 * end; this one pins each message to its cause without a process or a database.
 */
describe('ingestDocument refuses each bad input with its own message', () => {
  test.each(BAD_INPUTS)('$name', ({ fileName, bytes, message, status }) => {
    const result = ingestDocument(fileName, bytes)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message).toMatch(message)
    expect(result.error.message.startsWith(`${fileName}: `)).toBe(true)
    expect(result.error.kind).toBe(status === 413 ? 'too-large' : 'invalid-input')
    expect(result.error.message).not.toContain('\n')
  })

  test('over the limit is "too-large", named with the limit', () => {
    const result = ingestDocument('2024-01-01-big.txt', utf8('Peace and dialogue.'.repeat(10)), { maxBytes: 100 })
    expect(result).toEqual({ ok: false, error: { kind: 'too-large', message: '2024-01-01-big.txt: 190 bytes is over the limit of 100 bytes per document' } })
  })

  test('metadata from a manifest or a form field may not carry control characters either', () => {
    const bytes = utf8('Peace and dialogue.')
    const manifest = ingestDocument('2024-01-01-a.txt', bytes, { manifest: { file: '2024-01-01-a.txt', title: 'Red \u001b[31mtitle' } })
    expect(manifest).toEqual({ ok: false, error: { kind: 'invalid-input', message: '2024-01-01-a.txt: the title contains a control character U+001B at offset 4' } })
    const form = ingestDocument('2024-01-01-a.txt', bytes, { overrides: { issuer: 'Mission\u0007' } })
    expect(form.ok || form.error.message).toBe('2024-01-01-a.txt: the issuer contains a control character U+0007 at offset 7')
  })

  test('a file far over the limit is refused from its size, before it is read', () => {
    const temp = makeTempDir()
    try {
      // Sparse: 3 GiB on paper, no disk used. Reading it first would throw ERR_FS_FILE_TOO_LARGE.
      const path = join(temp.dir, '2024-01-01-huge.txt')
      writeFileSync(path, '')
      truncateSync(path, 3 * 2 ** 30)
      expect(readDocuments([path])).toEqual({
        ok: false,
        error: { kind: 'too-large', message: `2024-01-01-huge.txt: ${3 * 2 ** 30} bytes is over the limit of ${DEFAULT_MAX_BYTES} bytes per document` },
      })
    } finally {
      temp.cleanup()
    }
  })

  // Controls: the refusals are specific, not a wall. Each of these is close to a refused input.
  const accepted = [
    { name: 'UTF-16 LE with BOM', bytes: new Uint8Array([0xff, 0xfe, ...Buffer.from('Мир и диалог.', 'utf16le')]), text: 'Мир и диалог.' },
    { name: 'UTF-16 BE with BOM', bytes: new Uint8Array([0xfe, 0xff, ...Buffer.from('Peace.', 'utf16le').swap16()]), text: 'Peace.' },
    { name: 'UTF-8 with BOM', bytes: utf8('\uFEFFPeace.'), text: 'Peace.' },
    { name: 'Cyrillic and Arabic in UTF-8', bytes: utf8('Мир. السلام.'), text: 'Мир. السلام.' },
    { name: 'tab, form feed and vertical tab (PDF and Word exports)', bytes: utf8('Page one.\f\nPage\ttwo.\u000bEnd.'), text: 'Page one.\f\nPage\ttwo.\u000bEnd.' },
    { name: 'exactly at the limit', bytes: utf8('x'.repeat(100)), text: 'x'.repeat(100), maxBytes: 100 },
  ]
  test.each(accepted)('accepts $name', ({ bytes, text, maxBytes }) => {
    const result = ingestDocument('2024-02-29-leap-day.txt', bytes, { maxBytes })
    expect(result.ok && result.value.text).toBe(text)
    expect(result.ok && result.value.meta.date).toBe('2024-02-29')
  })
})
