import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAligner } from '../../src/align/index.ts'
import { toAlignInput } from '../../src/pipeline/update-alignment.ts'
import { openStore } from '../../src/store/index.ts'
import { runChild } from '../child.ts'
import { log, round, timeSync } from '../log.ts'
import type { IngestReply, IngestRequest } from './ingest-child.ts'

export const CORPORA_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora')
const INGEST_CHILD = join(import.meta.dirname, 'ingest-child.ts')

export interface RealCorpusFigures {
  name: string
  documents: number
  statements: number
  kb: number
  importS: number
  peakRssMb: number
  /** Consecutive documents of the series, aligned again in this process: all pairs together. */
  alignConsecutiveS: number
  /** Links stored by the import between consecutive documents, and the share of later statements they reach. */
  consecutiveLinks: number
  laterStatementsPaired: number
  positions: number
}

/** Each folder of ../shared/corpora imported into its own database; none when the folder is absent. */
export async function measureRealCorpora(timeoutSeconds: () => number, dir = CORPORA_DIR): Promise<RealCorpusFigures[]> {
  if (!existsSync(dir)) {
    log(`real corpora: ${dir} not present, skipped`)
    return []
  }
  const figures: RealCorpusFigures[] = []
  for (const name of readdirSync(dir).sort()) {
    const corpusDir = join(dir, name)
    if (!statSync(corpusDir).isDirectory()) continue
    figures.push(await measureOne(name, corpusDir, timeoutSeconds()))
  }
  return figures
}

async function measureOne(name: string, corpusDir: string, timeoutSeconds: number): Promise<RealCorpusFigures> {
  const work = mkdtempSync(join(tmpdir(), 'redline-bench-real-'))
  try {
    const dbPath = join(work, 'redline.db')
    const reply = await runChild<IngestRequest, IngestReply>(INGEST_CHILD, { dir: corpusDir, dbPath, alignBudgetSeconds: null }, timeoutSeconds)
    const store = openStore(dbPath)
    try {
      const documents = store.corpus.listCorpus()
      const series = [...new Set(documents.map((document) => document.series))]
      const statements = series.flatMap((name) => store.documents.getSeriesStatements(name))
      const byDocument = new Map(documents.map((document) => [document.id, statements.filter((s) => s.documentId === document.id).map(toAlignInput)]))
      const consecutive = documents.slice(1).map((document, index) => [documents[index]!, document] as const)
        .filter(([from, to]) => from.series === to.series)
      const aligned = timeSync(() => {
        const aligner = createAligner(statements.map(toAlignInput))
        for (const [from, to] of consecutive) aligner.alignDocuments(byDocument.get(from.id)!, byDocument.get(to.id)!)
      })
      const links = consecutive.map(([from, to]) => store.alignment.getLinksBetween(from.id, to.id))
      const laterPaired = links.reduce((sum, list) => sum + new Set(list.map((link) => link.toId)).size, 0)
      const laterTotal = consecutive.reduce((sum, [, to]) => sum + byDocument.get(to.id)!.length, 0)
      const result: RealCorpusFigures = {
        name,
        documents: reply.documents,
        statements: reply.statements,
        kb: round(documents.reduce((sum, document) => sum + Buffer.byteLength(store.documents.getDocument(document.id)!.text), 0) / 1024, 1),
        importS: round(reply.storeSeconds + reply.alignSeconds + reply.commitSeconds, 2),
        peakRssMb: round(reply.peakRssMb, 0),
        alignConsecutiveS: round(aligned.seconds),
        consecutiveLinks: links.reduce((sum, list) => sum + list.length, 0),
        laterStatementsPaired: round(laterTotal ? laterPaired / laterTotal : 0),
        positions: series.reduce((sum, name) => sum + store.alignment.listPositions(name).length, 0),
      }
      log(`real corpus ${name}: ${result.documents} documents, ${result.statements} statements, import ${result.importS} s`)
      return result
    } finally {
      store.close()
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
