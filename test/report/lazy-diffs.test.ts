import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

const NOUNS = ['bridges', 'harbours', 'clinics', 'schools', 'railways', 'wetlands', 'archives', 'granaries', 'turbines', 'reservoirs',
  'orchards', 'tunnels', 'ferries', 'museums', 'canals']
const PLACES = ['Lisbon', 'Nairobi', 'Hanoi', 'Quito', 'Oslo', 'Dakar', 'Lima', 'Riga', 'Accra', 'Tbilisi']

/** Two years restating 150 distinct commitments, each with an edit: more pairs than a page reads one by one. */
function writeManyPairs(dir: string): void {
  const body = (later: boolean) => NOUNS.flatMap((noun) => PLACES.map((place) =>
    `The ministers agreed to ${later ? 'swiftly ' : ''}repair the ${noun} of ${place} with ${noun === 'bridges' ? 'steel' : 'care'}.`)).join('\n\n')
  for (const [year, later] of [[2021, false], [2022, true]] as const) {
    writeFileSync(join(dir, `${year}-03-01-pairs.txt`), `---\ntitle: Pairs ${year}\nseries: pairs\n---\n${body(later)}\n`)
  }
}

describe('a report that reads many diffs', () => {
  test('reads them all at once past the first hundred, and they are the same diffs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-pairs-'))
    writeManyPairs(dir)
    const many = importCorpus(dir)
    try {
      const target = { kind: 'years', from: 2021, to: 2022 } as const
      const eager = unwrap(buildCompareReport(many.store, target, PLAIN))
      const lazy = unwrap(buildCompareReport(many.store, target, PLAIN, { lazyDiffs: true }))
      expect(lazy.summary.pairs).toBeGreaterThan(100)
      expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(eager)))
    } finally {
      many.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
