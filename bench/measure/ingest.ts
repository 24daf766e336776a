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
  mbPerS: number
  corpusMb: number
  /** False when the time budget ran out first: the figures are then those of the part imported. */
  complete: boolean
  mbImported: number
  documents: number
  documentsTotal: number
  series: number
  statements: number
  seconds: number
  readSeconds: number
  importSeconds: number
  baselineRssMb: number
  peakRssMb: number
  /** MB/s over each twentieth of the documents, in order: a falling rate means cost grows faster than the corpus. */
  rateCurve: number[]
  /** Diagnostic: the same files segmented and stored without aligning, into a database of their own. */
  withoutAlignment: { mbPerS: number; mbImported: number; complete: boolean }
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

/**
 * Imports the corpus in a child process through the real pipeline; MB/s counts the files' bytes.
 * Reading is timed for the whole corpus and charged in proportion to the part imported.
 */
export async function measureIngest(workspace: IngestWorkspace, sizes: Sizes, timeoutSeconds: number): Promise<IngestFigures> {
  const { budgetSeconds, withoutAlignmentSeconds } = sizes.ingest
  const { corpus } = workspace
  log(`importing ${corpus.documents} documents (${corpus.series} series, ${round(corpus.bytes / MB, 1)} MB)` +
    `${budgetSeconds === null ? '' : `, for at most ${budgetSeconds} s`}`)
  const reply = await runChild<IngestRequest, IngestReply>(CHILD, { dir: workspace.corpusDir, dbPath: workspace.dbPath, budgetSeconds, align: true }, timeoutSeconds)
  const share = reply.bytesImported / reply.bytesRead
  const seconds = reply.readSeconds * share + reply.importSeconds
  log(`imported ${reply.documents}/${reply.documentsRead} documents in ${round(seconds, 1)} s, peak RSS ${round(reply.peakRssMb, 0)} MB`)
  const rateCurve = rateOverTwentieths(reply.progress)
  const bare = await runChild<IngestRequest, IngestReply>(CHILD, {
    dir: workspace.corpusDir, dbPath: join(workspace.dir, 'without-alignment.db'), budgetSeconds: withoutAlignmentSeconds, align: false,
  }, withoutAlignmentSeconds * 2 + 30)
  const bareSeconds = bare.readSeconds * (bare.bytesImported / bare.bytesRead) + bare.importSeconds
  log(`without alignment: ${round(bare.bytesImported / MB, 1)} MB segmented and stored in ${round(bareSeconds, 1)} s`)
  return {
    mbPerS: significant(reply.bytesImported / MB / seconds),
    corpusMb: round(corpus.bytes / MB, 1),
    complete: reply.complete,
    mbImported: round(reply.bytesImported / MB, 2),
    documents: reply.documents,
    documentsTotal: reply.documentsRead,
    series: corpus.series,
    statements: reply.statements,
    seconds: round(seconds, 2),
    readSeconds: round(reply.readSeconds, 2),
    importSeconds: round(reply.importSeconds, 2),
    baselineRssMb: round(reply.baselineRssMb, 0),
    peakRssMb: round(reply.peakRssMb, 0),
    rateCurve,
    withoutAlignment: { mbPerS: significant(bare.bytesImported / MB / bareSeconds), mbImported: round(bare.bytesImported / MB, 1), complete: bare.complete },
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
