import { diffWords } from '../../src/align/index.ts'
import type { DiffOp } from '../../src/types.ts'
import { diffWordsWithDmp } from '../align/dmp-word-diff.ts'
import { truthPairs, type SyntheticCorpus } from '../corpus/synthetic-corpus.ts'
import { log, round, timeSync } from '../log.ts'
import { FROM_YEAR, TO_YEAR } from './align.ts'

export interface DiffFigures {
  pairs: number
  pairsPerS: number
  vsDiffMatchPatch: number
  redlineS: number
  diffMatchPatchS: number
  /** Diffs whose equal+delete runs do not give back the old text or equal+insert the new (must be 0). */
  roundTripFailures: number
  dmpRoundTripFailures: number
}

const OPTIONS = { ignoreCase: false, ignorePunctuation: false }

/**
 * Word diffs of the truth pairs of the alignment corpus (the pairs a report shows), by Redline's
 * diffWords and by diff-match-patch on word-encoded text. Each timing is the best of several rounds,
 * after a warm-up round, so that neither pays for JIT compilation.
 */
export function measureDiff(corpus: SyntheticCorpus, rounds: number): DiffFigures {
  const text = new Map(corpus.statements.map((statement) => [statement.id, statement.text]))
  const pairs = truthPairs(corpus, FROM_YEAR, TO_YEAR).map((pair) => [text.get(pair.fromId)!, text.get(pair.toId)!] as const)
  const run = (diff: (before: string, after: string) => DiffOp[]) => {
    const results = pairs.map(([before, after]) => diff(before, after))
    const times = Array.from({ length: rounds }, () => timeSync(() => {
      for (const [before, after] of pairs) diff(before, after)
    }).seconds)
    return { seconds: Math.min(...times), failures: results.filter((ops, index) => !roundTrips(ops, pairs[index]!)).length }
  }
  const redline = run((before, after) => diffWords(before, after, OPTIONS))
  const reference = run(diffWordsWithDmp)
  log(`diff: ${pairs.length} pairs, Redline ${round(redline.seconds, 3)} s, diff-match-patch ${round(reference.seconds, 3)} s`)
  return {
    pairs: pairs.length,
    pairsPerS: Math.round(pairs.length / redline.seconds),
    vsDiffMatchPatch: round(redline.seconds / reference.seconds, 2),
    redlineS: round(redline.seconds),
    diffMatchPatchS: round(reference.seconds),
    roundTripFailures: redline.failures,
    dmpRoundTripFailures: reference.failures,
  }
}

function roundTrips(ops: DiffOp[], [before, after]: readonly [string, string]): boolean {
  const side = (skip: DiffOp['op']) => ops.filter((op) => op.op !== skip).map((op) => op.text).join('')
  return side('insert') === before && side('delete') === after
}
