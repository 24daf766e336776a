import type { Machine } from './machine.ts'
import type { AlignFigures } from './measure/align.ts'
import type { DiffFigures } from './measure/diff.ts'
import type { IngestFigures } from './measure/ingest.ts'
import type { RealCorpusFigures } from './measure/real-corpora.ts'
import type { WebFigures } from './measure/web.ts'

/**
 * A stage that did not run (out of time, or its child timed out): its table keys are still in the
 * JSON, as null, with the reason.
 */
export type Skipped<Key extends string> = { [K in Key]: null } & { skipped: string }

export interface LargeImport {
  series: string
  /** The size the pages were measured at: the alignment size, or the quick size when that import ran out of time. */
  statementsPerYear: number
  seconds: number
  statements: number
  peakRssMb: number
  /** Why the pages were not measured at the alignment size, if they were not. */
  fallback?: string
}

export type WebResult = WebFigures & { largeImport: LargeImport }

/** Everything one run measured: the JSON `--json` prints and BENCHMARKS.md is written from. */
export interface BenchResult {
  quick: boolean
  seed: number
  machine: Machine
  durationS: number
  ingest: IngestFigures | Skipped<'mbPerS'>
  memory: { peakRssMb: number | null }
  align: AlignFigures
  diff: DiffFigures
  web: WebResult | Skipped<'compareP99Ms' | 'searchP99Ms'>
  realCorpora: RealCorpusFigures[] | Skipped<never>
  /** Each target of the table, by its JSON key: met, missed, or null when not judged or not measured. */
  targets: Record<string, boolean | null>
}

export function isSkipped(stage: object): stage is { skipped: string } {
  return 'skipped' in stage
}
