import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildAllTimelines, buildCompareReport } from '../../src/report/index.ts'
import { renderCompareReport, renderTimelines } from '../../src/report/render/index.ts'
import { escapeMarkdown, markdownDiff } from '../../src/report/render/markdown-text.ts'
import type { DiffOp } from '../../src/types.ts'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { importCorpus, unwrap } from './corpus-store.ts'
import { hostileReport, hostileTimelines } from './fixtures.ts'

const OPTIONS = { ignoreCase: false, ignorePunctuation: false }
let corpus: ReturnType<typeof importCorpus>
beforeAll(() => { corpus = importCorpus(DOCUMENTS_DIR) })
afterAll(() => corpus?.close())

/** `<` that Markdown would take as raw HTML: not backslash-escaped and not one of our ins/del marks. */
const RAW_HTML_RE = /(?<!\\)<(?!\/?(?:ins|del)>)/
const unescape = (text: string) => text.replace(/\\([\\`*_[\]<>#~|!&])/g, '$1')

describe('escapeMarkdown', () => {
  const rows = [
    { input: 'plain words, IIOJ&K and India’s', out: 'plain words, IIOJ&K and India’s' },
    { input: '<script>alert(1)</script>', out: '\\<script\\>alert(1)\\</script\\>' },
    { input: '*bold* _em_ ~~s~~ `c` [l](javascript:x) | # !', out: '\\*bold\\* \\_em\\_ \\~\\~s\\~\\~ \\`c\\` \\[l\\](javascript:x) \\| \\# \\!' },
    { input: '&amp; and &#x3C; stay literal', out: '\\&amp; and &\\#x3C; stay literal' },
    { input: 'two\r\nlines\n\n- not a list', out: 'two lines - not a list' },
    { input: 'an \u202Eoverride', out: '\u2068an \u202Eoverride\u2069' },
  ]
  test.each(rows)('$input', ({ input, out }) => expect(escapeMarkdown(input)).toBe(out))
})

describe('markdownDiff', () => {
  const rows: Array<{ name: string; diff: DiffOp[]; out: string }> = [
    { name: 'marks words, spaces outside', diff: [{ op: 'equal', text: 'the ' }, { op: 'delete', text: 'occupied ' }, { op: 'insert', text: 'illegally occupied ' }, { op: 'equal', text: 'land' }],
      out: 'the ~~occupied~~ **illegally occupied** land' },
    { name: 'a change starting at punctuation after a letter uses tags', diff: [{ op: 'equal', text: 'struggle' }, { op: 'insert', text: ', and more' }],
      out: 'struggle<ins>, and more</ins>' },
    { name: 'a change of spaces only is left as text', diff: [{ op: 'equal', text: 'a' }, { op: 'insert', text: ' ' }, { op: 'equal', text: 'b' }], out: 'a b' },
    { name: 'markup inside a change is escaped', diff: [{ op: 'insert', text: '<b>x</b>' }], out: '**\\<b\\>x\\</b\\>**' },
  ]
  test.each(rows)('$name', ({ diff, out }) => expect(markdownDiff(diff)).toBe(out))
})

describe('Markdown export', () => {
  test('the seed report has its sections, both sides, the summary and every position label', async () => {
    const report = unwrap(buildCompareReport(corpus.store, { kind: 'years', from: 2023, to: 2025 }, OPTIONS))
    const markdown = (await renderCompareReport(report, 'md')).body as string
    const headings = markdown.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.replace(/ \(\d+\)$/, ''))
    expect(headings).toEqual(expect.arrayContaining(['## Corpora', '## Summary', '## Positions restated',
      '## Dropped statements (in 2023, not in 2025)', '## New statements (in 2025, not in 2023)', '## Term shifts']))
    expect(markdown).toMatch(/^# Redline change report: .+2023 → 2025$/m)
    for (const document of [...report.from.documents, ...report.to.documents]) expect(markdown).toContain(`${document.title} (${document.date})`)
    expect(markdown).toContain(`| Positions restated | ${report.summary.persistent} |`)
    const text = unescape(markdown)
    for (const position of report.positions) expect(text).toContain(position.label)
    expect(markdown).toMatch(/~~[^~\n]+~~/)
    expect(markdown).toMatch(/\*\*[^*\n]+\*\*/)
    expect(markdown).not.toMatch(RAW_HTML_RE)
  })

  test('hostile text stays text: no raw HTML, no live links, no stray headings or table rows', async () => {
    const markdown = (await renderCompareReport(hostileReport(), 'md')).body as string
    expect(markdown).not.toMatch(RAW_HTML_RE)
    expect(markdown).not.toMatch(/(?<!\\)\]\(/)
    const structural = markdown.split('\n').filter((line) => /^(#|\|)/.test(line))
    expect(structural.every((line) => /^(#{1,3} |\|)/.test(line))).toBe(true)
    expect(structural.filter((line) => line.startsWith('# '))).toHaveLength(1)
    expect(unescape(markdown)).toContain('<script>alert("x")</script>')
  })

  test('timelines list every year of every position, gaps as absent', async () => {
    const timelines = unwrap(buildAllTimelines(corpus.store, undefined, OPTIONS))
    const markdown = (await renderTimelines(timelines, 'md')).body as string
    for (const timeline of timelines) expect(unescape(markdown)).toContain(`## ${timeline.position.label}`)
    const yearLines = markdown.split('\n').filter((line) => /^- \*\*\d{4}\*\*/.test(line))
    expect(yearLines).toHaveLength(timelines.reduce((sum, timeline) => sum + timeline.steps.length, 0))
    const hostile = (await renderTimelines(hostileTimelines(), 'md')).body as string
    expect(hostile).toContain('- **2024**: *absent*')
    expect(hostile).not.toMatch(RAW_HTML_RE)
  })
})
