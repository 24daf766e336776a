import { describe, expect, test } from 'vitest'
import { inspectHtml, NO_FINDINGS } from './helpers/html-safety.ts'
import { findLiveMarkdown, unescapeMarkdown } from './helpers/markdown-safety.ts'

/** The hostile-corpus tests are only as good as these checkers: each must see what it claims to. */
describe('inspectHtml', () => {
  const cases = [
    { html: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', findings: NO_FINDINGS, text: '<script>alert(1)</script>' },
    { html: '<p><script>alert(1)</script></p>', findings: { ...NO_FINDINGS, scripts: ['<script> src=null inline=true'] }, text: '' },
    { html: '<script src="/assets/htmx.js"></script><script src="//evil.example/x.js"></script>', findings: { ...NO_FINDINGS, scripts: ['<script> src="//evil.example/x.js" inline=false'] }, text: '' },
    { html: '<p title="x" onclick="alert(1)">t</p>', findings: { ...NO_FINDINGS, handlers: ['<p> onclick="alert(1)"'] }, text: 't' },
    { html: '<a href=" java\tscript:alert(1)">a</a>', findings: { ...NO_FINDINGS, scriptUrls: ['<a> href=" java\\tscript:alert(1)"'] }, text: 'a' },
    { html: '<div hx-get="javascript:alert(1)"></div>', findings: { ...NO_FINDINGS, scriptUrls: ['<div> hx-get="javascript:alert(1)"'] }, text: '' },
    { html: '<a title="javascript:alert(1)" href="/x">a</a>', findings: NO_FINDINGS, text: 'a' },
    { html: '<x-evil>n</x-evil><img src=x>', findings: { ...NO_FINDINGS, corpusElements: ['<x-evil>', '<img>'] }, text: 'n' },
    { html: '<template><svg onload="alert(1)"></svg></template>', findings: { ...NO_FINDINGS, handlers: ['<svg> onload="alert(1)"'] }, text: '' },
  ]
  test.each(cases)('$html', ({ html, findings, text }) => {
    const inspected = inspectHtml(`<!doctype html><html><body>${html}</body></html>`)
    expect(inspected.findings).toEqual(findings)
    expect(inspected.text).toBe(text)
  })
})

describe('findLiveMarkdown', () => {
  const cases = [
    { md: 'plain \\<script\\>alert(1)\\</script\\> text', findings: 0 },
    { md: 'a <script>alert(1)</script>', findings: 2 },
    { md: 'changed **word** and <ins>x</ins><del>y</del>', findings: 0 },
    { md: '<ins onclick="x">y</ins>', findings: 1 },
    { md: 'see <javascript:alert(1)>', findings: 1 },
    { md: '<!-- hidden -->', findings: 1 },
    { md: '[click](javascript:alert(1))', findings: 1 },
    { md: '\\[click\\](javascript:alert(1))', findings: 0 },
    { md: 'code `<script>` span', findings: 0 },
    { md: 'x < y and 3<4', findings: 0 },
  ]
  test.each(cases)('$md', ({ md, findings }) => {
    expect(findLiveMarkdown(md)).toHaveLength(findings)
  })

  test('unescapeMarkdown resolves backslash escapes only', () => {
    expect(unescapeMarkdown('\\<b\\> \\*x\\* \\\\ \\a')).toBe('<b> *x* \\ \\a')
  })
})
