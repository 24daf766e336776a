import { describe, expect, test } from 'vitest'
import { compareQuery, describeIssues, searchQuery } from '../../src/web/params.ts'
import { compareSearch } from '../../src/web/compare-url.ts'
import { formatBytes, readSettings } from '../../src/settings.ts'

describe('compareQuery', () => {
  test.each([
    { query: { from: '2023', to: '2025' }, ok: true },
    { query: { from: '2023', to: '2025', ignoreCase: '1', threshold: '', ignoreWords: '' }, ok: true },
    { query: { fromDoc: '1', toDoc: '2' }, ok: true },
    { query: {}, ok: true },
    { query: { from: 'abc', to: '2025' }, ok: false, message: 'from: "abc" is not a year' },
    { query: { from: '99999', to: '2025' }, ok: false, message: 'from: "99999" is not a year' },
    { query: { from: '2023' }, ok: false, message: 'to: from and to go together' },
    { query: { fromDoc: '1' }, ok: false, message: 'toDoc: fromDoc and toDoc go together' },
    { query: { fromDoc: '-1', toDoc: '2' }, ok: false, message: 'fromDoc: "-1" is not an id' },
    { query: { from: '2023', to: '2025', view: 'sideways' }, ok: false, message: 'view: expected side or inline' },
    { query: { from: '2023', to: '2025', threshold: '101' }, ok: false, message: 'threshold: expected a percentage' },
    { query: { from: '2023', to: '2025', ignoreCase: 'maybe' }, ok: false, message: 'ignoreCase: expected 1 or 0' },
    { query: { from: '2023', to: '2025', page: '0' }, ok: false, message: 'page: "0" is not a page number' },
  ])('$query', ({ query, ok, message }) => {
    const result = compareQuery.safeParse(query)
    expect(result.success).toBe(ok)
    if (!result.success) expect(describeIssues(result.error)).toContain(message)
  })

  test('the canonical URL drops defaults and keeps a fixed order', () => {
    const parsed = compareQuery.parse({ ignoreWords: ' the, and ', to: '2025', from: '2023', view: 'side', threshold: '10', ignoreCase: 'on' })
    expect(compareSearch(parsed)).toBe('from=2023&to=2025&ignoreCase=1&ignoreWords=the%2C+and')
  })
})

describe('searchQuery', () => {
  test('a blank year is no year; a long query is refused', () => {
    expect(searchQuery.parse({ q: 'x', year: '' }).year).toBeUndefined()
    expect(searchQuery.safeParse({ q: 'x'.repeat(501) }).success).toBe(false)
  })
})

describe('readSettings', () => {
  test.each([
    { env: {}, out: { maxBytes: 20 * 1024 * 1024, maxFiles: 20, token: null } },
    { env: { REDLINE_MAX_BYTES: '1000', REDLINE_MAX_FILES: '2', REDLINE_TOKEN: 's3cret' }, out: { maxBytes: 1000, maxFiles: 2, token: 's3cret' } },
    { env: { REDLINE_TOKEN: '' }, out: { maxBytes: 20 * 1024 * 1024, maxFiles: 20, token: null } },
  ])('$env', ({ env, out }) => {
    expect(readSettings(env)).toEqual(out)
  })

  test('a malformed limit stops the server with its name', () => {
    expect(() => readSettings({ REDLINE_MAX_BYTES: '20MB' })).toThrow(/REDLINE_MAX_BYTES/)
  })

  test.each([
    { bytes: 20 * 1024 * 1024, out: '20 MB' },
    { bytes: 512 * 1024, out: '512 KB' },
    { bytes: 1000, out: '1000 bytes' },
  ])('formatBytes($bytes)', ({ bytes, out }) => {
    expect(formatBytes(bytes)).toBe(out)
  })
})
