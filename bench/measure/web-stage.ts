import { ChildTimeout } from '../child.ts'
import type { SyntheticCorpus } from '../corpus/synthetic-corpus.ts'
import type { Deadline } from '../deadline.ts'
import { log } from '../log.ts'
import type { LargeImport, WebResult } from '../result.ts'
import { sizesFor, type Sizes } from '../sizes.ts'
import { alignmentCorpus } from './align.ts'
import { importLargeYears, webTargets } from './web-corpus.ts'
import { measureWeb } from './web.ts'

/** Seconds the page loads take, with a margin for starting the server and the first requests. */
export function webLoadSeconds(sizes: Sizes): number {
  return 3 * sizes.web.pageSeconds + sizes.web.sustainedSeconds + 5
}

/**
 * The two large years imported into the benchmark database, then the pages measured on them.
 * When a full run cannot import them in time, the pages are measured at the quick size instead
 * (and the result says so) rather than not at all.
 */
export async function runWebStage(dir: string, dbPath: string, corpus: SyntheticCorpus, sizes: Sizes, deadline: Deadline): Promise<WebResult> {
  const timeout = () => Math.min(sizes.web.importTimeoutSeconds, deadline.remainingSeconds() - webLoadSeconds(sizes))
  let largeImport: LargeImport
  try {
    largeImport = await importLargeYears(dir, dbPath, corpus, sizes.seed, timeout())
  } catch (error) {
    if (!(error instanceof ChildTimeout) || sizes.quick) throw error
    log(`web: ${error.message}; measuring the pages at the quick size instead`)
    const smaller = alignmentCorpus(sizes, sizesFor(true).align.statementsPerYear)
    largeImport = { ...(await importLargeYears(dir, dbPath, smaller, sizes.seed, timeout())), fallback: error.message }
  }
  return { ...(await measureWeb(dbPath, webTargets(largeImport.series), sizes)), largeImport }
}
