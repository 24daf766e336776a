import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCompareReport } from '../../src/report/index.ts'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { importCorpus, unwrap } from './corpus-store.ts'

const YEARS = { kind: 'years', from: 2023, to: 2025 } as const
const PLAIN = { ignoreCase: false, ignorePunctuation: false }

let corpus: ReturnType<typeof importCorpus>
beforeAll(() => {
  corpus = importCorpus(DOCUMENTS_DIR)
})
afterAll(() => corpus.close())

describe('a report whose diffs are read on first use (the web server)', () => {
  test('is the same report as one read all at once, both ways round', () => {
    for (const target of [YEARS, { ...YEARS, from: 2025, to: 2023 }]) {
      const eager = unwrap(buildCompareReport(corpus.store, target, PLAIN))
      const lazy = unwrap(buildCompareReport(corpus.store, target, PLAIN, { lazyDiffs: true }))
      expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(eager)))
      expect(lazy.summary.pairs).toBeGreaterThan(0)
    }
  })

  test('still has its diffs once the connection is closed, made again from the texts', () => {
    const temp = importCorpus(DOCUMENTS_DIR)
    const eager = unwrap(buildCompareReport(temp.store, YEARS, PLAIN))
    const lazy = unwrap(buildCompareReport(temp.store, YEARS, PLAIN, { lazyDiffs: true }))
    temp.close()
    const diffs = (report: typeof eager) => report.positions.flatMap((position) => position.pairs.map((pair) => pair.diff))
    expect(diffs(lazy)).toEqual(diffs(eager))
  })
})
