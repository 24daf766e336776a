import type { CompareReport, PositionTimeline } from '../../src/types.ts'

/** Text an attacker could put in a document: markup, quotes, separators, line breaks, URLs. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  attribute: '"><img src=x onerror=alert(1)>',
  link: '[click](javascript:alert(1)) <a href="javascript:alert(2)">here</a>',
  csv: 'one, "two", three\r\nfour\nfive',
  formula: '=HYPERLINK("http://evil.example","x")',
  markdown: '# not a heading *not bold* ~~not struck~~ | not | a table | &amp; `code`',
  unicode: 'Türkiye’nin “açıklaması” – RTL \u202Eevil\u202C and e\u0301 and 👍',
} as const

/**
 * A complete report with hostile text in every field a renderer prints, built by hand so that the
 * renderers can be tested without the alignment stage.
 */
export function hostileReport(): CompareReport {
  const from = (id: number, text: string, speaker: string | null = null) => ({ id, documentId: 1, text, speaker })
  const to = (id: number, text: string, speaker: string | null = null) => ({ id, documentId: 2, text, speaker })
  return {
    schemaVersion: 1,
    series: `series ${HOSTILE.script}`,
    from: { year: 2023, documents: [{ id: 1, title: `Title ${HOSTILE.attribute}`, date: '2023-02-03' }] },
    to: { year: 2025, documents: [{ id: 2, title: `Title, "quoted"\nsecond line \u202Eright-to-left`, date: '2025-09-24' }] },
    options: { ignoreCase: false, ignorePunctuation: false },
    summary: { persistent: 2, changed: 1, unchanged: 1, new: 1, dropped: 1, pairs: 2, added: 1, removed: 1, wordsChangedShare: 0.25 },
    positions: [
      {
        id: 11, label: `label ${HOSTILE.script}`, status: 'persistent', statements: [],
        pairs: [{
          from: from(101, `The <i>people</i> ${HOSTILE.csv} struggle.`, HOSTILE.attribute),
          to: to(201, `The <i>people</i> ${HOSTILE.script} struggle, and ${HOSTILE.link}.`, HOSTILE.attribute),
          similarity: 0.8123, change: 'substantive', wordsInserted: 9, wordsDeleted: 5,
          diff: [
            { op: 'equal', text: 'The <i>people</i> ' },
            { op: 'delete', text: `${HOSTILE.csv} ` },
            { op: 'insert', text: `${HOSTILE.script} ` },
            { op: 'equal', text: 'struggle' },
            { op: 'delete', text: '.' },
            { op: 'insert', text: `, and ${HOSTILE.link}.` },
          ],
        }],
      },
      {
        id: 12, label: `label, "quoted" ${HOSTILE.markdown}`, status: 'persistent', statements: [],
        pairs: [{
          from: from(102, HOSTILE.unicode), to: to(202, HOSTILE.unicode),
          similarity: 1, change: 'unchanged', wordsInserted: 0, wordsDeleted: 0, diff: [{ op: 'equal', text: HOSTILE.unicode }],
        }],
      },
      { id: 13, label: `dropped ${HOSTILE.attribute}`, status: 'dropped', pairs: [], statements: [from(103, HOSTILE.formula)] },
      { id: 14, label: `new ${HOSTILE.link}`, status: 'new', pairs: [], statements: [to(203, HOSTILE.markdown, HOSTILE.script)] },
    ],
    removed: [{ ...from(103, HOSTILE.formula), positions: [{ id: 13, label: `dropped ${HOSTILE.attribute}` }] }],
    added: [{ ...to(203, HOSTILE.markdown, HOSTILE.script), positions: [{ id: 14, label: `new ${HOSTILE.link}` }] }],
    termShifts: [{
      from: 'IIOJ&K', to: HOSTILE.script, count: 2,
      examples: [{ fromId: 101, toId: 201, fromText: HOSTILE.csv, toText: HOSTILE.link }],
    }],
  }
}

export function hostileTimelines(): PositionTimeline[] {
  const report = hostileReport()
  const pair = report.positions[0]!.pairs[0]!
  return [{
    schemaVersion: 1,
    position: { id: 11, label: report.positions[0]!.label, series: report.series },
    steps: [
      { year: 2023, statements: [pair.from], diff: null, change: null, previousYear: null },
      { year: 2024, statements: [], diff: null, change: null, previousYear: null },
      { year: 2025, statements: [pair.to, { id: 299, documentId: 2, text: HOSTILE.formula, speaker: null }], diff: pair.diff, change: 'substantive', previousYear: 2023 },
    ],
  }]
}
