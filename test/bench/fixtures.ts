import type { IngestFigures } from '../../bench/measure/ingest.ts'
import type { RealCorpusFigures } from '../../bench/measure/real-corpora.ts'
import type { WebResult } from '../../bench/result.ts'
import type { Figures } from '../../bench/targets.ts'

/** Figures with every stage measured, so tests can change any one of them. */
export type MeasuredFigures = Figures & { ingest: IngestFigures; web: WebResult; realCorpora: RealCorpusFigures[] }

const page = (path: string, p99Ms: number) => ({
  path, status: 200, firstMs: 12, bytes: 20480, p50Ms: p99Ms / 2, p99Ms, maxMs: p99Ms * 2, requestsPerS: 900, requests: 9000, errors: 0, non2xx: 0,
})

/** A full-size run's figures with every target met; tests change one figure at a time. */
export function passingFigures(): MeasuredFigures {
  return {
    quick: false,
    seed: 1,
    machine: { cpu: 'Test CPU', cores: 2, ramGb: 8, os: 'linux', node: 'v20.0.0', date: '2025-01-02T03:04:05.000Z', loadAverage: 0.1 },
    durationS: 100,
    ingest: {
      mbPerS: 25, withAlignmentMbPerS: 2, corpusMb: 100, documents: 5000, series: 250, statements: 600000, storeSeconds: 4, alignSeconds: 46,
      commitSeconds: 0.1, alignComplete: true, seriesAligned: 250, documentsAligned: 5000, baselineRssMb: 90, storePeakRssMb: 300, peakRssMb: 400,
      rateCurve: [25, 25],
    },
    memory: { peakRssMb: 400 },
    align: {
      statementsPerYear: 10000, indexedS: 2, naiveS: 50, speedup: 25, recall: 0.95, precision: 0.97, naiveRecall: 0.94, naivePrecision: 0.96,
      naiveThreshold: 0.5, scaling: 2.1, indexedS2x: 4.2, buildS: 0.5, truthPairs: 9000, pairsFound: 8900, naivePairsFound: 8800, coldStartS: 1,
    },
    diff: { pairs: 9000, pairsPerS: 90000, vsDiffMatchPatch: 1.2, redlineS: 0.1, diffMatchPatchS: 0.083, roundTripFailures: 0, dmpRoundTripFailures: 0 },
    web: {
      compareP99Ms: 80, searchP99Ms: 40, compare: page('/compare', 80), search: page('/search?q=x', 40), compareApi: page('/api/compare', 90),
      sustained: { seconds: 60, requests: 50000, errors: 0, non2xx: 0, p99Ms: 70, rssStartMb: 200, rssEndMb: 205, rssPeakMb: 210, heapStartMb: 50, heapEndMb: 52, rssSamplesMb: [200, 210, 205] },
      connections: 50, searchQueries: ['x'], largeImport: { series: 'bench-large-10000', statementsPerYear: 10000, seconds: 10, statements: 20004, peakRssMb: 300 },
    },
    realCorpora: [],
  }
}
