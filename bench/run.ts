/**
 * `npm run bench`: Redline at corpus scale, measured against the naive way in the same run.
 * Generates a seeded synthetic corpus, measures import, alignment, diff and the web pages, runs
 * over ../shared/corpora when present, writes BENCHMARKS.md, and with --json prints one JSON object.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parseBenchArgs } from './args.ts'
import { createDeadline } from './deadline.ts'
import { log, round } from './log.ts'
import { describeMachine } from './machine.ts'
import { alignmentCorpus, measureAlign, measureScaling } from './measure/align.ts'
import { measureDiff } from './measure/diff.ts'
import { measureIngest, prepareIngestCorpus } from './measure/ingest.ts'
import { measureRealCorpora } from './measure/real-corpora.ts'
import { runWebStage, webLoadSeconds } from './measure/web-stage.ts'
import { renderBenchmarks } from './report/benchmarks-md.ts'
import { isSkipped, type BenchResult } from './result.ts'
import { sizesFor } from './sizes.ts'
import { runStage } from './stages.ts'
import { judgeTargets, type Figures } from './targets.ts'

const args = parseBenchArgs(process.argv.slice(2))
if (args.render) {
  writeFileSync(args.out!, renderBenchmarks(JSON.parse(readFileSync(args.render, 'utf8')) as BenchResult))
  log(`wrote ${args.out} from ${args.render}`)
  process.exit(0)
}
// Whatever a library prints must not corrupt the one JSON object: stdout is ours only at the end.
const writeStdout = process.stdout.write.bind(process.stdout)
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write

const sizes = sizesFor(args.quick)
const deadline = createDeadline(sizes.deadlineSeconds)
const started = performance.now()
const machine = describeMachine()
log(`${args.quick ? 'quick' : 'full-size'} run on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, load ${machine.loadAverage}`)

const workspace = prepareIngestCorpus(sizes)
try {
  // The child only checks its budget between documents: allow for one slow document after it.
  const ingestTimeout = (sizes.ingest.alignBudgetSeconds ?? Infinity) * 1.5 + sizes.ingest.targetMb * 3 + 10
  const ingest = await runStage('ingest', deadline, 0, () => measureIngest(workspace, sizes, ingestTimeout),
    (skipped) => ({ mbPerS: null, skipped }))
  const corpus = alignmentCorpus(sizes)
  let align = measureAlign(sizes, corpus)
  const diff = measureDiff(corpus, sizes.diff.rounds)
  const web = await runStage('web', deadline, webLoadSeconds(sizes) + 5, () => runWebStage(workspace.dir, workspace.dbPath, corpus, sizes, deadline),
    (skipped) => ({ compareP99Ms: null, searchP99Ms: null, skipped }))
  const realCorpora = await runStage('real corpora', deadline, 5,
    () => measureRealCorpora(() => Math.min(sizes.realCorpora.timeoutSeconds, deadline.remainingSeconds() - 2)), (skipped) => ({ skipped }))
  // The doubled corpus costs about twice the 1× run: last, so that a slow aligner only loses this figure.
  if (deadline.remainingSeconds() > 3 * align.indexedS * sizes.align.repeats) align = measureScaling(sizes, align)
  else log('align: no time left for the doubled corpus; scaling not measured')

  const figures: Figures = {
    quick: sizes.quick,
    seed: sizes.seed,
    machine,
    durationS: round((performance.now() - started) / 1000, 1),
    ingest,
    memory: { peakRssMb: isSkipped(ingest) ? null : ingest.peakRssMb },
    align,
    diff,
    web,
    realCorpora,
  }
  const result: BenchResult = { ...figures, targets: judgeTargets(figures) }
  if (args.out) {
    writeFileSync(args.out, renderBenchmarks(result))
    log(`wrote ${args.out}`)
  }
  const missed = Object.entries(result.targets).filter(([, met]) => met === false).map(([key]) => key)
  log(`done in ${result.durationS} s; targets missed: ${missed.length ? missed.join(', ') : 'none'}`)
  if (args.json) writeStdout(`${JSON.stringify(result)}\n`)
} finally {
  if (args.keep) log(`kept ${workspace.dir}`)
  else workspace.remove()
}
