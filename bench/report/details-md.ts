import type { AlignFigures } from '../measure/align.ts'
import type { DiffFigures } from '../measure/diff.ts'
import type { IngestFigures } from '../measure/ingest.ts'
import { isSkipped, type BenchResult } from '../result.ts'
import { formatNumber as n } from './format-number.ts'
import { realCorporaSection, webSection } from './web-md.ts'

/** The figures behind the table: breakdowns, the naive method's quality, every page measured. */
export function detailSections(result: BenchResult): string[] {
  return [
    '## Details',
    '',
    '### Import',
    '',
    ...(isSkipped(result.ingest) ? [`Not measured (${result.ingest.skipped}).`, ''] : ingestSection(result.ingest)),
    '### Alignment',
    '',
    ...alignSection(result.align),
    '### Diff',
    '',
    ...diffSection(result.diff),
    '### Web',
    '',
    ...(isSkipped(result.web) ? [`Not measured (${result.web.skipped}).`, ''] : webSection(result.web)),
    '### Real corpora (`../shared/corpora`)',
    '',
    ...(isSkipped(result.realCorpora) ? [`Not measured (${result.realCorpora.skipped}).`, ''] : realCorporaSection(result.realCorpora)),
  ]
}

function ingestSection(ingest: IngestFigures): string[] {
  const alignRate = ingest.alignComplete
    ? `all ${n(ingest.series)} series in ${n(ingest.alignSeconds)} s`
    : `**${n(ingest.seriesAligned)} of ${n(ingest.series)} series (${n(ingest.documentsAligned)} documents) within its budget**, ` +
      `in ${n(ingest.alignSeconds)} s; the whole-import rate extrapolates that to every document`
  return [
    `${n(ingest.corpusMb)} MB of \`.txt\` files with front matter: ${n(ingest.documents)} documents in ${n(ingest.series)} series ` +
      `(one document a year per series), ${n(ingest.statements)} statements, imported as \`redline import\` does: one transaction, ` +
      'a store stage (read, decode, parse, segment, store, index for search) and then an align stage (each series once: ' +
      'every document with its neighbours, diffs, term shifts, positions).',
    '',
    `Store stage: ${n(ingest.storeSeconds)} s (${n(ingest.mbPerS)} MB/s, the figure). Align stage: ${alignRate}. ` +
      `Commit: ${n(ingest.commitSeconds)} s. The whole import: ${n(ingest.withAlignmentMbPerS)} MB/s. ` +
      `RSS with modules loaded, before importing: ${n(ingest.baselineRssMb)} MB; peak during the store stage ${n(ingest.storePeakRssMb)} MB, ` +
      `of the whole import ${n(ingest.peakRssMb)} MB.`,
    '',
    `Store-stage rate (MB/s) over each twentieth of the documents: ${ingest.rateCurve.map(n).join(', ')}.`,
    '',
  ]
}

function alignSection(align: AlignFigures): string[] {
  return [
    '| method | seconds | pairs found | precision | recall |',
    '|---|---:|---:|---:|---:|',
    `| Redline (\`createAligner(...).alignDocuments\`) | ${n(align.indexedS)} | ${n(align.pairsFound)} | ${n(align.precision)} | ${n(align.recall)} |`,
    `| naive all-pairs TF-IDF cosine, threshold ${n(align.naiveThreshold)} | ${n(align.naiveS)} | ${n(align.naivePairsFound)} | ` +
      `${n(align.naivePrecision)} | ${n(align.naiveRecall)} |`,
    '',
    `${n(align.statementsPerYear)} statements a year, ${n(align.truthPairs)} true pairs. Redline's time is the median of its runs and ` +
      `includes building the aligner over both years (${n(align.buildS)} s of it). ` +
      (align.indexedS2x === null || align.scaling === null
        ? 'The doubled corpus was not run (no time left in a quick run). '
        : `At ${n(2 * align.statementsPerYear)} a year it took ${n(align.indexedS2x)} s (scaling ${n(align.scaling)}). `) +
      `The first alignment in a fresh process, loading lexical resources, took ${n(align.coldStartS)} s and is not counted.`,
    '',
  ]
}

function diffSection(diff: DiffFigures): string[] {
  return [
    `${n(diff.pairs)} true pairs diffed word by word: Redline \`diffWords\` ${n(diff.redlineS)} s, diff-match-patch (word-encoded) ` +
      `${n(diff.diffMatchPatchS)} s, best of several rounds after a warm-up. Diffs that fail to give back both texts: ` +
      `Redline ${diff.roundTripFailures}, diff-match-patch ${diff.dmpRoundTripFailures}.`,
    '',
  ]
}
