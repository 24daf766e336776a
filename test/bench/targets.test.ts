import { describe, expect, test } from 'vitest'
import { renderBenchmarks } from '../../bench/report/benchmarks-md.ts'
import { judgeTargets, TARGETS, type Figures } from '../../bench/targets.ts'
import { passingFigures, type MeasuredFigures } from './fixtures.ts'

const ISSUE_KEYS = [
  'ingest.mbPerS', 'align.statementsPerYear', 'align.indexedS', 'align.naiveS', 'align.speedup', 'align.recall', 'align.precision',
  'align.scaling', 'diff.pairsPerS', 'diff.vsDiffMatchPatch', 'web.compareP99Ms', 'web.searchP99Ms', 'memory.peakRssMb',
]

/** The value at a dotted key of the JSON, as CI or a reader would look it up. */
const at = (figures: Figures, key: string): unknown => key.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], figures)

describe('targets', () => {
  test('every key of the issue\'s table is judged and found at its dotted path in the figures', () => {
    expect(TARGETS.map((target) => target.key)).toEqual(ISSUE_KEYS)
    const figures = passingFigures()
    for (const target of TARGETS) expect(at(figures, target.key)).toBe(target.value(figures))
  })

  test('figures that meet every target are judged met; references are not judged', () => {
    const verdicts = judgeTargets(passingFigures())
    expect(Object.entries(verdicts).filter(([, met]) => met === false)).toEqual([])
    expect(verdicts['align.naiveS']).toBeNull()
    expect(verdicts['diff.pairsPerS']).toBeNull()
  })

  const misses: Array<{ key: string; change: (f: MeasuredFigures) => void }> = [
    { key: 'ingest.mbPerS', change: (f) => { f.ingest = { ...f.ingest, mbPerS: 19.9 } } },
    { key: 'align.indexedS', change: (f) => { f.align.indexedS = 3.01 } },
    { key: 'align.speedup', change: (f) => { f.align.speedup = 19 } },
    { key: 'align.recall', change: (f) => { f.align.recall = 0.93; f.align.naiveRecall = 0.94 } },
    { key: 'align.precision', change: (f) => { f.align.precision = 0.89; f.align.naivePrecision = 0.8 } },
    { key: 'align.scaling', change: (f) => { f.align.scaling = 2.6 } },
    { key: 'diff.vsDiffMatchPatch', change: (f) => { f.diff.vsDiffMatchPatch = 1.6 } },
    { key: 'web.compareP99Ms', change: (f) => { f.web = { ...f.web, compareP99Ms: 101 } } },
    { key: 'web.searchP99Ms', change: (f) => { f.web = { ...f.web, searchP99Ms: 51 } } },
    { key: 'memory.peakRssMb', change: (f) => { f.memory.peakRssMb = 601 } },
  ]
  for (const { key, change } of misses) {
    test(`${key} missed`, () => {
      const figures = passingFigures()
      change(figures)
      const verdicts = judgeTargets(figures)
      expect(verdicts[key]).toBe(false)
      expect(Object.entries(verdicts).filter(([, met]) => met === false).map(([k]) => k)).toEqual([key])
    })
  }

  test('a stage that did not run is not measured, neither met nor missed', () => {
    const figures: Figures = { ...passingFigures(), web: { compareP99Ms: null, searchP99Ms: null, skipped: 'out of time' } }
    const verdicts = judgeTargets(figures)
    expect([verdicts['web.compareP99Ms'], verdicts['web.searchP99Ms']]).toEqual([null, null])
    expect(renderBenchmarks({ ...figures, targets: verdicts })).toMatch(/\| `web\.compareP99Ms` \| [^|]+ \| – \| ≤ 100 ms \| not measured \|/)
  })

  test('a quick run needs a speedup of 5, not 20', () => {
    const figures = { ...passingFigures(), quick: true }
    figures.align = { ...figures.align, speedup: 6 }
    expect(judgeTargets(figures)['align.speedup']).toBe(true)
  })
})

describe('renderBenchmarks', () => {
  test('the table has a row per key with the figure and its verdict, and the machine', () => {
    const figures = passingFigures()
    figures.web = { ...figures.web, searchP99Ms: 75 }
    const markdown = renderBenchmarks({ ...figures, targets: judgeTargets(figures) })
    for (const key of ISSUE_KEYS) expect(markdown).toContain(`| \`${key}\` |`)
    expect(markdown).toMatch(/\| `web\.searchP99Ms` \| [^|]+ \| 75 \| ≤ 50 ms \| \*\*missed\*\* \|/)
    expect(markdown).toMatch(/\| `align\.statementsPerYear` \| [^|]+ \| 10,000 \|/)
    expect(markdown).toContain('| CPU | Test CPU |')
    expect(markdown).toContain('npm run -s bench -- --quick --json')
  })
})
