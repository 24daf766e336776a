/**
 * Evaluates alignment: precision and recall of restated-position pairs on the hand-labelled seeds
 * (test/align/fixtures/seed-labels.json) for Redline's aligner and for a plain TF-IDF cosine
 * baseline, the labelled FOMC checks (fixtures/fomc-labels.json), and the time to align two
 * synthetic documents of 10,000 statements. Run: `npx tsx bench/eval-align.ts [statements]`.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createAligner, detectTermShifts, diffWords, discoverPositions } from '../src/align/index.ts'
import { loadSynonyms } from '../src/align/synonyms.ts'
import type { AlignInput, AlignmentLink } from '../src/types.ts'
import { alignWithTfIdf } from '../test/align/baseline-tfidf.ts'
import { checkFomcComparison, loadCorpusDocument, type FomcComparison } from '../test/align/fomc-check.ts'
import { scoreLinks, type LinkLabels } from '../test/align/link-labels.ts'
import { loadSeedDocuments, type EvalDocument } from '../test/align/seed-statements.ts'
import seedLabels from '../test/align/fixtures/seed-labels.json' with { type: 'json' }
import fomcLabels from '../test/align/fixtures/fomc-labels.json' with { type: 'json' }
import { CORPORA_DIR } from '../test/helpers/seeds.ts'
import { generateCorpus, statementsOfYear, truthPairs } from './corpus/synthetic-corpus.ts'

const BASELINE_THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3]
const TIMING_STATEMENTS = Number(process.argv[2] ?? 10_000)
const DIFF_OPTIONS = { ignoreCase: false, ignorePunctuation: false }

const percent = (value: number) => value.toFixed(2)
const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(2)
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since)
  return ((used.user + used.system) / 1e6).toFixed(2)
}

function evaluateSeeds(): number {
  const { from, to } = loadSeedDocuments()
  const corpus = [...from.statements, ...to.statements]
  const links = createAligner(corpus).alignDocuments(from.statements, to.statements)
  const score = scoreLinks(seedLabels as LinkLabels, from, to, links)
  console.log(`\n## Seeds (2023 → 2025), ${seedLabels.pairs.filter((pair) => !('optional' in pair)).length} labelled restatements`)
  console.log(`Redline:  precision ${percent(score.precision)}  recall ${percent(score.recall)}  (${links.length} links; new/dropped statements left unpaired: ${percent(score.unpairedCorrect)})`)
  for (const miss of score.missed) console.log(`  missed: "${miss.from}" → ${miss.to.map((text) => `"${text}"`).join(' | ')}`)
  for (const wrong of score.falsePositives) console.log(`  false:  "${wrong.fromText.slice(0, 70)}" → "${wrong.toText.slice(0, 70)}" (${wrong.similarity})`)
  let bestF1 = { threshold: BASELINE_THRESHOLDS[0]!, f1: -1 }
  for (const threshold of BASELINE_THRESHOLDS) {
    const baseline = scoreLinks(seedLabels as LinkLabels, from, to, alignWithTfIdf(corpus, from.statements, to.statements, threshold))
    const f1 = (2 * baseline.precision * baseline.recall) / (baseline.precision + baseline.recall || 1)
    if (f1 > bestF1.f1) bestF1 = { threshold, f1 }
    console.log(`TF-IDF cosine ≥ ${threshold.toFixed(2)}: precision ${percent(baseline.precision)}  recall ${percent(baseline.recall)}`)
  }
  printPositions(corpus, links, from, to)
  return bestF1.threshold
}

function printPositions(corpus: AlignInput[], links: AlignmentLink[], from: EvalDocument, to: EvalDocument): void {
  const text = new Map(corpus.map((statement) => [statement.id, statement.text]))
  const positions = discoverPositions(corpus, links)
  console.log(`Positions: ${positions.map((position) => `"${position.label}" (${position.statementIds.length})`).join(', ')}`)
  const pairs = links.map((link) => ({ ...link, fromText: text.get(link.fromId)!, toText: text.get(link.toId)!, diff: diffWords(text.get(link.fromId)!, text.get(link.toId)!, DIFF_OPTIONS) }))
  const shifts = detectTermShifts(pairs, { from: from.statements, to: to.statements })
  console.log(`Term shifts: ${shifts.map((shift) => `${shift.from} → ${shift.to} (${shift.count})`).join(', ') || 'none'}`)
}

function evaluateFomc(baselineThreshold: number): void {
  console.log('\n## FOMC statements, labelled year pairs')
  const totals = { redline: { found: 0, required: 0, stray: 0, forbidden: 0 }, baseline: { found: 0, required: 0, stray: 0, forbidden: 0 } }
  for (const comparison of fomcLabels.comparisons as FomcComparison[]) {
    const files = readdirSync(join(CORPORA_DIR, comparison.corpus)).filter((file) => file.endsWith('.txt')).sort()
    const documents = files.map((file, index) => loadCorpusDocument(comparison.corpus, file, index + 1))
    const corpus = documents.flatMap((document) => document.statements)
    const [from, to] = [documents[files.indexOf(comparison.from)]!, documents[files.indexOf(comparison.to)]!]
    const runs = {
      redline: createAligner(corpus).alignDocuments(from.statements, to.statements),
      baseline: alignWithTfIdf(corpus, from.statements, to.statements, baselineThreshold),
    }
    for (const [method, links] of Object.entries(runs) as Array<['redline' | 'baseline', AlignmentLink[]]>) {
      const result = checkFomcComparison(comparison, from, to, links)
      const total = totals[method]
      total.found += result.found
      total.required += result.required
      total.stray += result.strayLinks.length
      total.forbidden += result.forbiddenLinks.length
      if (method === 'redline') {
        console.log(`${comparison.from.slice(0, 10)} → ${comparison.to.slice(0, 10)} (${comparison.corpus.replace(/-\d{4}-\d{4}$/, '')}): found ${result.found}/${result.required}, links to other statements ${result.strayLinks.length}, forbidden links ${result.forbiddenLinks.length}`)
        for (const miss of result.missed) console.log(`  missed: "${miss}"`)
        for (const stray of result.strayLinks) console.log(`  other:  ${stray}`)
        for (const forbidden of result.forbiddenLinks) console.log(`  forbidden: ${forbidden}`)
      }
    }
  }
  for (const [method, total] of Object.entries(totals)) {
    const name = method === 'redline' ? 'Redline' : `TF-IDF cosine ≥ ${baselineThreshold.toFixed(2)}`
    console.log(`${name}: restatements found ${total.found}/${total.required} (recall ${percent(total.found / total.required)}), links elsewhere ${total.stray}, forbidden pairs linked ${total.forbidden}`)
  }
}

function timeAlignment(statements: number): void {
  console.log(`\n## Timing: two synthetic documents of ${statements} statements (bench/corpus/synthetic-corpus.ts)`)
  const corpus = generateCorpus({ seed: 20_250_924, years: [2024, 2025], statementsPerYear: statements })
  const inputs = (year: number): AlignInput[] => statementsOfYear(corpus, year).map((statement) => ({ id: statement.id, documentId: year, year, text: statement.text, kind: 'sentence', speaker: null }))
  const [from, to] = [inputs(2024), inputs(2025)]
  // CPU time too: wall time on a shared machine says more about the neighbours than about us.
  let start = performance.now()
  let cpu = process.cpuUsage()
  const aligner = createAligner([...from, ...to])
  const build = `${seconds(start)} s (CPU ${cpuSeconds(cpu)} s)`
  start = performance.now()
  cpu = process.cpuUsage()
  const links = aligner.alignDocuments(from, to)
  const align = `${seconds(start)} s (CPU ${cpuSeconds(cpu)} s)`
  const truth = new Set(truthPairs(corpus, 2024, 2025).map((pair) => `${pair.fromId}>${pair.toId}`))
  const correct = links.filter((link) => truth.has(`${link.fromId}>${link.toId}`)).length
  console.log(`createAligner ${build}, alignDocuments ${align}; ${links.length} links, precision ${percent(correct / links.length)} recall ${percent(correct / truth.size)} against the generator's truth`)
}

const loadStart = performance.now()
const stems = loadSynonyms()
console.log(`WordNet synonym map: ${stems} stems loaded in ${seconds(loadStart)} s`)
evaluateFomc(evaluateSeeds())
timeAlignment(TIMING_STATEMENTS)
