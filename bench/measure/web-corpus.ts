import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runChild } from '../child.ts'
import { createRandom } from '../corpus/random.ts'
import { statementsOfYear, type SyntheticCorpus } from '../corpus/synthetic-corpus.ts'
import { renderDocument } from '../corpus/write-documents.ts'
import { log, round } from '../log.ts'
import { FROM_YEAR, TO_YEAR } from './align.ts'
import type { IngestReply, IngestRequest } from './ingest-child.ts'
import type { WebTargets } from './web.ts'


/** What users type into search: single words, phrases, names, common and rare. */
const SEARCH_QUERIES = [
  'self-determination', '"fact-finding mission"', 'ceasefire', 'humanitarian access', 'extrajudicial killings',
  'Kashmir', 'debt relief', '"peace agreement"', 'sanctions', 'detention of journalists', 'constitutional order',
  'landmines', 'refugees', '"Security Council resolutions"', 'dialogue', 'child soldiers', 'water resources',
  'corruption', 'elections Mali', 'blockade Gaza',
]

/**
 * Adds the two large years of the alignment corpus to the benchmark database, as one document a
 * year in their own series, through the real import (which aligns them). The web pages are then
 * measured on them inside the whole large corpus.
 */
export async function importLargeYears(dir: string, dbPath: string, corpus: SyntheticCorpus, seed: number, timeoutSeconds: number) {
  const series = largeSeries(corpus.options.statementsPerYear)
  const folder = join(dir, series)
  mkdirSync(folder, { recursive: true })
  const random = createRandom(seed)
  for (const [year, date] of [[FROM_YEAR, `${FROM_YEAR}-09-24`], [TO_YEAR, `${TO_YEAR}-09-23`]] as const) {
    const head = { series, issuer: 'General Assembly', date, kind: 'statement', random }
    writeFileSync(join(folder, `${date}-${series}.txt`), renderDocument(head, statementsOfYear(corpus, year)))
  }
  log(`web: importing the two large years (${corpus.options.statementsPerYear} statements each) into the benchmark database`)
  const reply = await runChild<IngestRequest, IngestReply>(join(import.meta.dirname, 'ingest-child.ts'), { dir: folder, dbPath, alignBudgetSeconds: null }, timeoutSeconds)
  log(`web: imported ${reply.statements} statements in ${round(reply.storeSeconds + reply.alignSeconds + reply.commitSeconds, 1)} s`)
  return {
    series,
    statementsPerYear: corpus.options.statementsPerYear,
    seconds: round(reply.storeSeconds + reply.alignSeconds + reply.commitSeconds, 2),
    statements: reply.statements,
    peakRssMb: round(reply.peakRssMb, 0),
  }
}

/** Each size gets its own series, so a smaller retry never meets a half-imported larger one. */
export function largeSeries(statementsPerYear: number): string {
  return `bench-large-${statementsPerYear}`
}

export function webTargets(series: string): WebTargets {
  const years = `from=${FROM_YEAR}&to=${TO_YEAR}&series=${series}`
  return {
    comparePath: `/compare?${years}`,
    compareApiPath: `/api/compare?${years}`,
    searchPaths: SEARCH_QUERIES.map((query) => `/search?q=${encodeURIComponent(query)}`),
  }
}
