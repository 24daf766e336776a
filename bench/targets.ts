import { isSkipped, type BenchResult } from './result.ts'

/** Results without the verdicts, which are computed from them. */
export type Figures = Omit<BenchResult, 'targets'>

export interface Target {
  /** The key in the JSON, as the benchmark issue names it. */
  key: string
  what: string
  target: string
  value(figures: Figures): number | null
  /** Null when the figure is a reference with no target of its own. */
  met: ((value: number, figures: Figures) => boolean) | null
}

const ingestRate = (f: Figures) => (isSkipped(f.ingest) ? null : f.ingest.mbPerS)
const web = (f: Figures) => (isSkipped(f.web) ? null : f.web)

/** The table: each figure, what it measures and the target at full size. */
export const TARGETS: readonly Target[] = [
  { key: 'ingest.mbPerS', what: 'import (parse, segment, store) of the synthetic corpus; alignment: see Details', target: '≥ 20 MB/s',
    value: ingestRate, met: (v) => v >= 20 },
  { key: 'align.statementsPerYear', what: 'size of each of the two years aligned', target: '10,000 (quick: 2,000)',
    value: (f) => f.align.statementsPerYear, met: null },
  { key: 'align.indexedS', what: 'alignment of the two years with Redline\'s method', target: '≤ 3 s',
    value: (f) => f.align.indexedS, met: (v) => v <= 3 },
  { key: 'align.naiveS', what: 'the same with all-pairs TF-IDF cosine', target: '(reference)',
    value: (f) => f.align.naiveS, met: null },
  { key: 'align.speedup', what: 'naiveS / indexedS', target: '≥ 20 (quick: ≥ 5)',
    value: (f) => f.align.speedup, met: (v, f) => v >= (f.quick ? 5 : 20) },
  { key: 'align.recall', what: 'pair recall against the synthetic truth', target: '≥ 0.9 and ≥ naive',
    value: (f) => f.align.recall, met: (v, f) => v >= 0.9 && v >= f.align.naiveRecall },
  { key: 'align.precision', what: 'pair precision against the synthetic truth', target: '≥ 0.9 and ≥ naive',
    value: (f) => f.align.precision, met: (v, f) => v >= 0.9 && v >= f.align.naivePrecision },
  { key: 'align.scaling', what: 'indexedS at 2× the statements ÷ indexedS', target: '≤ 2.5',
    value: (f) => f.align.scaling, met: (v) => v <= 2.5 },
  { key: 'diff.pairsPerS', what: 'word-level diffs of aligned pairs per second', target: '(report it)',
    value: (f) => f.diff.pairsPerS, met: null },
  { key: 'diff.vsDiffMatchPatch', what: 'our diff time ÷ diff-match-patch (word-encoded) on the same pairs', target: '≤ 1.5',
    value: (f) => f.diff.vsDiffMatchPatch, met: (v) => v <= 1.5 },
  { key: 'web.compareP99Ms', what: 'p99 latency of the compare page of the two large years, 50 connections', target: '≤ 100 ms',
    value: (f) => web(f)?.compareP99Ms ?? null, met: (v) => v <= 100 },
  { key: 'web.searchP99Ms', what: 'p99 latency of /search on the large corpus, 50 connections', target: '≤ 50 ms',
    value: (f) => web(f)?.searchP99Ms ?? null, met: (v) => v <= 50 },
  { key: 'memory.peakRssMb', what: 'peak RSS of the import', target: '≤ 600 MB',
    value: (f) => f.memory.peakRssMb, met: (v) => v <= 600 },
]

/** Met or missed per key; null for a reference figure, or one that was not measured. */
export function judgeTargets(figures: Figures): Record<string, boolean | null> {
  return Object.fromEntries(TARGETS.map((target) => {
    const value = target.value(figures)
    return [target.key, target.met && value !== null ? target.met(value, figures) : null]
  }))
}
