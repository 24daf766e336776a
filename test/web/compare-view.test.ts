import { describe, expect, test } from 'vitest'
import { changedShare, paginate, parseIgnoreWords, selectPositions, type CompareFilter } from '../../src/web/compare-view.ts'
import type { CompareReport, ReportPair, ReportPosition } from '../../src/types.ts'

const ref = (id: number, documentId: number, text: string) => ({ id, documentId, text, speaker: null })

function pair(fromText: string, toText: string, diff: ReportPair['diff'], change: ReportPair['change']): ReportPair {
  return { from: ref(1, 1, fromText), to: ref(2, 2, toText), similarity: 0.9, change, diff, wordsInserted: 0, wordsDeleted: 0 }
}

const UNCHANGED = pair('peace in the region', 'peace in the region', [{ op: 'equal', text: 'peace in the region' }], 'unchanged')
const ONE_WORD = pair('the just dispute of Kashmir', 'the just conflict of Kashmir', [
  { op: 'equal', text: 'the just ' }, { op: 'delete', text: 'dispute' }, { op: 'insert', text: 'conflict' }, { op: 'equal', text: ' of Kashmir' },
], 'substantive')
const ARTICLE_ONLY = pair('support for cause', 'support for the cause', [
  { op: 'equal', text: 'support for ' }, { op: 'insert', text: 'the ' }, { op: 'equal', text: 'cause' },
], 'substantive')

function report(positions: ReportPosition[]): CompareReport {
  return {
    schemaVersion: 1, series: 's', options: { ignoreCase: false, ignorePunctuation: false },
    from: { year: 2023, documents: [{ id: 1, title: 'a', date: '2023-01-01' }] },
    to: { year: 2025, documents: [{ id: 2, title: 'b', date: '2025-01-01' }] },
    summary: { persistent: 0, changed: 0, unchanged: 0, new: 0, dropped: 0, pairs: 0, added: 0, removed: 0, wordsChangedShare: 0 },
    positions, added: [], removed: [], termShifts: [],
  }
}

const position = (id: number, pairs: ReportPair[], status: ReportPosition['status'] = 'persistent'): ReportPosition =>
  ({ id, label: `p${id}`, status, pairs, statements: [] })

const NONE: CompareFilter = { hideUnchanged: false, substantive: false, threshold: 10, ignoreWords: new Set() }

describe('changedShare', () => {
  test.each([
    { name: 'unchanged pair', pair: UNCHANGED, ignore: [], share: 0 },
    { name: 'one word replaced in five counts once', pair: ONE_WORD, ignore: [], share: 1 / 5 },
    { name: 'ignored words do not count', pair: ARTICLE_ONLY, ignore: ['the'], share: 0 },
    { name: 'an article counts unless ignored', pair: ARTICLE_ONLY, ignore: [], share: 1 / 4 },
  ])('$name', ({ pair: p, ignore, share }) => {
    expect(changedShare(p, new Set(ignore), { ignoreCase: false, ignorePunctuation: false })).toBeCloseTo(share)
  })

  test('a change of case only does not count when case is ignored', () => {
    const recased = pair('the Group urged', 'The group urged', [
      { op: 'delete', text: 'the Group' }, { op: 'insert', text: 'The group' }, { op: 'equal', text: ' urged' },
    ], 'minor')
    expect(changedShare(recased, new Set(), { ignoreCase: false, ignorePunctuation: false })).toBeCloseTo(2 / 3)
    expect(changedShare(recased, new Set(), { ignoreCase: true, ignorePunctuation: false })).toBe(0)
  })
})

describe('selectPositions', () => {
  const all = report([position(1, [UNCHANGED]), position(2, [ONE_WORD]), position(3, [ARTICLE_ONLY]), position(4, [], 'new')])

  test.each([
    { name: 'no filter keeps every persistent position', filter: NONE, ids: [1, 2, 3] },
    { name: 'hide unchanged', filter: { ...NONE, hideUnchanged: true }, ids: [2, 3] },
    { name: 'substantive at 10%', filter: { ...NONE, substantive: true }, ids: [2, 3] },
    { name: 'substantive at 22%', filter: { ...NONE, substantive: true, threshold: 22 }, ids: [3] },
    { name: 'substantive, not counting "the"', filter: { ...NONE, substantive: true, ignoreWords: new Set(['the']) }, ids: [2] },
  ])('$name', ({ filter, ids }) => {
    expect(selectPositions(all, filter).map((view) => view.position.id)).toEqual(ids)
  })

  test('a position restated through another year shows its statements on each side', () => {
    const restated = { ...position(5, []), statements: [ref(7, 1, 'old'), ref(8, 2, 'new')] }
    const [view] = selectPositions(report([restated]), NONE)
    expect(view!.fromStatements.map((s) => s.id)).toEqual([7])
    expect(view!.toStatements.map((s) => s.id)).toEqual([8])
  })

  test('pairs per position are capped and the rest counted', () => {
    const many = position(6, Array.from({ length: 25 }, () => ONE_WORD))
    const [view] = selectPositions(report([many]), NONE)
    expect(view!.pairs).toHaveLength(20)
    expect(view!.morePairs).toBe(5)
  })
})

describe('parseIgnoreWords', () => {
  test('splits on commas, semicolons and spaces, lower-cased', () => {
    expect([...parseIgnoreWords('the, And;Excellency  of')]).toEqual(['the', 'and', 'excellency', 'of'])
    expect(parseIgnoreWords(undefined).size).toBe(0)
  })
})

describe('paginate', () => {
  test.each([
    { page: 1, items: [1, 2], pages: 3 },
    { page: 3, items: [5], pages: 3 },
    { page: 9, items: [5], pages: 3 },
  ])('page $page', ({ page, items, pages }) => {
    const result = paginate([1, 2, 3, 4, 5], page, 2)
    expect(result.items).toEqual(items)
    expect(result.pages).toBe(pages)
    expect(result.total).toBe(5)
    expect(result.after).toBe(5 - items.at(-1)!)
  })

  test.each([
    { page: 1, items: [1], pages: 4, after: 7 },
    { page: 2, items: [2, 3, 4], pages: 4, after: 4 },
    { page: 3, items: [5, 6, 7], pages: 4, after: 1 },
    { page: 4, items: [8], pages: 4, after: 0 },
    { page: 9, items: [8], pages: 4, after: 0 },
  ])('a short first page, then longer ones: page $page', ({ page, items, pages, after }) => {
    const result = paginate([1, 2, 3, 4, 5, 6, 7, 8], page, { first: 1, next: 3 })
    expect(result).toEqual({ items, page: Math.min(page, pages), pages, total: 8, after })
  })

  test('a list no longer than the first page is one page', () => {
    expect(paginate([1, 2], 1, { first: 2, next: 5 })).toEqual({ items: [1, 2], page: 1, pages: 1, total: 2, after: 0 })
    expect(paginate([], 3, { first: 2, next: 5 })).toEqual({ items: [], page: 1, pages: 1, total: 0, after: 0 })
  })
})
