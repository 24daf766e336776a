import { createAligner } from '../../src/align/index.ts'
import type { AlignInput } from '../../src/types.ts'
import { alignNaive, applyThreshold } from '../align/naive-align.ts'
import { scorePairs } from '../align/score-pairs.ts'
import { bestThreshold } from '../align/tune-threshold.ts'
import { generateCorpus, statementsOfYear, truthPairs, type SyntheticCorpus } from '../corpus/synthetic-corpus.ts'
import { log, median, round, timeSync } from '../log.ts'
import type { Sizes } from '../sizes.ts'

export const FROM_YEAR = 2024
export const TO_YEAR = 2025

export interface AlignFigures {
  statementsPerYear: number
  indexedS: number
  naiveS: number
  speedup: number
  recall: number
  precision: number
  naiveRecall: number
  naivePrecision: number
  /** The cut-off the naive method was given: the one with its best F1 on the truth. */
  naiveThreshold: number
  /** Null when a quick run had no time left for the doubled corpus. */
  scaling: number | null
  indexedS2x: number | null
  /** Building the aligner over both years (term weights, indexes) within indexedS. */
  buildS: number
  truthPairs: number
  pairsFound: number
  naivePairsFound: number
  /** First alignment in a fresh process (lexical resources loading), not part of indexedS. */
  coldStartS: number
}

/** The two years of the synthetic corpus that alignment and diff are measured on. */
export function alignmentCorpus(sizes: Sizes, statementsPerYear = sizes.align.statementsPerYear): SyntheticCorpus {
  return generateCorpus({ seed: sizes.seed, years: [FROM_YEAR, TO_YEAR], statementsPerYear })
}

export function toAlignInputs(corpus: SyntheticCorpus, year: number): AlignInput[] {
  return statementsOfYear(corpus, year).map((statement) => ({
    id: statement.id,
    documentId: statement.year === FROM_YEAR ? 1 : 2,
    year: statement.year,
    text: statement.text,
    kind: 'sentence',
    speaker: null,
  }))
}

/** Redline's aligner as the import runs it: built over the series' statements, then one document pair. */
function alignIndexed(from: AlignInput[], to: AlignInput[]) {
  const build = timeSync(() => createAligner([...from, ...to]))
  const align = timeSync(() => build.value.alignDocuments(from, to))
  return { links: align.value, seconds: build.seconds + align.seconds, buildSeconds: build.seconds }
}

function timeIndexed(corpus: SyntheticCorpus, repeats: number) {
  const from = toAlignInputs(corpus, FROM_YEAR)
  const to = toAlignInputs(corpus, TO_YEAR)
  const runs = Array.from({ length: repeats }, () => alignIndexed(from, to))
  return { seconds: median(runs.map((run) => run.seconds)), buildSeconds: median(runs.map((run) => run.buildSeconds)), links: runs.at(-1)!.links }
}

export function measureAlign(sizes: Sizes, corpus: SyntheticCorpus): AlignFigures {
  const n = sizes.align.statementsPerYear
  const warm = alignmentCorpus(sizes, 200)
  const cold = timeSync(() => alignIndexed(toAlignInputs(warm, FROM_YEAR), toAlignInputs(warm, TO_YEAR)))
  log(`align: cold start ${round(cold.seconds, 2)} s`)

  const truth = truthPairs(corpus, FROM_YEAR, TO_YEAR)
  const indexed = timeIndexed(corpus, sizes.align.repeats)
  const quality = scorePairs(indexed.links, truth)
  log(`align: Redline ${n}/year in ${round(indexed.seconds, 2)} s, P ${round(quality.precision)} R ${round(quality.recall)}`)

  const naive = timeSync(() => alignNaive(statementsOfYear(corpus, FROM_YEAR), statementsOfYear(corpus, TO_YEAR)))
  const threshold = bestThreshold(naive.value, truth)
  const naivePairs = applyThreshold(naive.value, threshold)
  const naiveQuality = scorePairs(naivePairs, truth)
  log(`align: naive ${n}/year in ${round(naive.seconds, 2)} s, P ${round(naiveQuality.precision)} R ${round(naiveQuality.recall)}`)

  return {
    statementsPerYear: n,
    indexedS: round(indexed.seconds),
    naiveS: round(naive.seconds),
    speedup: round(naive.seconds / indexed.seconds, 1),
    recall: round(quality.recall),
    precision: round(quality.precision),
    naiveRecall: round(naiveQuality.recall),
    naivePrecision: round(naiveQuality.precision),
    naiveThreshold: round(threshold),
    scaling: null,
    indexedS2x: null,
    buildS: round(indexed.buildSeconds),
    truthPairs: truth.length,
    pairsFound: new Set(indexed.links.map((link) => `${link.fromId}>${link.toId}`)).size,
    naivePairsFound: naivePairs.length,
    coldStartS: round(cold.seconds, 2),
  }
}

/** Redline's alignment at twice the statements a year; scaling is its time over the 1× time. */
export function measureScaling(sizes: Sizes, figures: AlignFigures): AlignFigures {
  const doubled = timeIndexed(alignmentCorpus(sizes, 2 * figures.statementsPerYear), sizes.align.repeats)
  log(`align: Redline ${2 * figures.statementsPerYear}/year in ${round(doubled.seconds, 2)} s`)
  return { ...figures, indexedS2x: round(doubled.seconds), scaling: round(doubled.seconds / figures.indexedS, 2) }
}
