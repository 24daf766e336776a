import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runChild } from '../child.ts'
import { writeDocumentCorpus, type DocumentCorpusSummary } from '../corpus/write-documents.ts'
import { log, MB, round, significant } from '../log.ts'
import type { Sizes } from '../sizes.ts'
import type { IngestProgress, IngestReply, IngestRequest } from './ingest-child.ts'

const CHILD = join(import.meta.dirname, 'ingest-child.ts')

export interface IngestFigures {
  /** The issue's figure: read, parse, segment and store, per second of that stage. */
  mbPerS: number
  /**
   * The whole `redline import`, alignment included: MB per second of store + align + commit. When
   * the align stage ran out of budget, its time is extrapolated from the series it aligned.
   */
  withAlignmentMbPerS: number
  corpusMb: number
  documents: number
  series: number
  statements: number
  storeSeconds: number
  alignSeconds: number
  commitSeconds: number
  /** False when the align stage stopped at its budget: alignSeconds then covers seriesAligned only. */
  alignComplete: boolean
  seriesAligned: number
  documentsAligned: number
  baselineRssMb: number
  storePeakRssMb: number
  peakRssMb: number
  /** Store-stage MB/s over each twentieth of the documents, in order: a falling rate means cost grows faster than the corpus. */
  rateCurve: number[]
}

/** A folder of synthetic documents written for the run, and the database it is imported into. */
export interface IngestWorkspace {
  dir: string
  corpusDir: string
  dbPath: string
  corpus: DocumentCorpusSummary
  remove(): void
}

export function prepareIngestCorpus(sizes: Sizes): IngestWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'redline-bench-'))
  const corpusDir = join(dir, 'corpus')
  log(`writing a ${sizes.ingest.targetMb} MB corpus to ${corpusDir}`)
  const corpus = writeDocumentCorpus({
    dir: corpusDir,
    seed: sizes.seed,
    targetBytes: sizes.ingest.targetMb * MB,
    yearsPerSeries: sizes.ingest.yearsPerSeries,
    statementsPerDocument: sizes.ingest.statementsPerDocument,
  })
  return { dir, corpusDir, dbPath: join(dir, 'redline.db'), corpus, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Imports the corpus in a child process through the real pipeline; MB/s counts the files' bytes. */
export async function measureIngest(workspace: IngestWorkspace, sizes: Sizes, timeoutSeconds: number): Promise<IngestFigures> {
  const { alignBudgetSeconds } = sizes.ingest
  const { corpus } = workspace
  log(`importing ${corpus.documents} documents (${corpus.series} series, ${round(corpus.bytes / MB, 1)} MB)` +
    `${alignBudgetSeconds === null ? '' : `, aligning for at most ${alignBudgetSeconds} s`}`)
  const reply = await runChild<IngestRequest, IngestReply>(CHILD, { dir: workspace.corpusDir, dbPath: workspace.dbPath, alignBudgetSeconds }, timeoutSeconds)
  const alignComplete = reply.seriesAligned === reply.seriesTotal
  const alignAll = reply.documentsAligned === 0 ? Infinity : reply.alignSeconds * (reply.documents / reply.documentsAligned)
  log(`stored ${reply.documents} documents in ${round(reply.storeSeconds, 1)} s, aligned ${reply.seriesAligned}/${reply.seriesTotal} series ` +
    `in ${round(reply.alignSeconds, 1)} s, peak RSS ${round(reply.peakRssMb, 0)} MB`)
  return {
    mbPerS: significant(reply.bytes / MB / reply.storeSeconds),
    withAlignmentMbPerS: significant(reply.bytes / MB / (reply.storeSeconds + alignAll + reply.commitSeconds)),
    corpusMb: round(corpus.bytes / MB, 1),
    documents: reply.documents,
    series: corpus.series,
    statements: reply.statements,
    storeSeconds: round(reply.storeSeconds, 2),
    alignSeconds: round(reply.alignSeconds, 2),
    commitSeconds: round(reply.commitSeconds, 2),
    alignComplete,
    seriesAligned: reply.seriesAligned,
    documentsAligned: reply.documentsAligned,
    baselineRssMb: round(reply.baselineRssMb, 0),
    storePeakRssMb: round(reply.storePeakRssMb, 0),
    peakRssMb: round(reply.peakRssMb, 0),
    rateCurve: rateOverTwentieths(reply.progress),
  }
}

/** MB/s over each twentieth of the documents imported (each document when fewer than twenty were). */
export function rateOverTwentieths(progress: readonly IngestProgress[]): number[] {
  const chunks = Math.min(20, progress.length)
  const rates: number[] = []
  let previous: IngestProgress = { documents: 0, mb: 0, seconds: 0 }
  for (let chunk = 1; chunk <= chunks; chunk++) {
    const point = progress[Math.round((chunk * progress.length) / chunks) - 1]!
    rates.push(significant((point.mb - previous.mb) / (point.seconds - previous.seconds)))
    previous = point
  }
  return rates
}
