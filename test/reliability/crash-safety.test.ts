import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runCli } from '../helpers/run-cli.ts'
import { makeTempDir } from '../helpers/temp-db.ts'
import { findDamage } from './helpers/check-whole.ts'
import { seededRandom, writeGeneratedCorpus } from './helpers/generate-corpus.ts'
import { sleep, spawnCli } from './helpers/spawn-cli.ts'

/**
 * 20 series × 10 releases: hundreds of documents, each aligned with up to 9 others of its series
 * (a full import is about 11 s of CPU; longer series cost quadratically more, not more coverage).
 */
const CORPUS = { series: 20, perSeries: 10, seed: 7 }
const TOTAL = CORPUS.series * CORPUS.perSeries
const SEED = Number(process.env.REDLINE_CRASH_SEED ?? Date.now() % 100_000)

let temp: ReturnType<typeof makeTempDir>
let corpus: string
beforeAll(() => {
  temp = makeTempDir()
  corpus = join(temp.dir, 'corpus')
  writeGeneratedCorpus(corpus, CORPUS)
})
afterAll(() => temp.cleanup())

function countDocuments(path: string): number {
  if (!existsSync(path)) return 0
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true })
    try {
      return (db.prepare('SELECT count(*) AS n FROM document').get() as { n: number }).n
    } finally {
      db.close()
    }
  } catch {
    return 0 // not created or not migrated yet
  }
}

/** Starts an import, lets it commit at least `target` documents, then kills it at a random instant. */
async function importAndKill(dbPath: string, target: number, jitterMs: number): Promise<number> {
  const run = spawnCli(['import', corpus, '--db', dbPath], temp.dir)
  let finished = false
  void run.done.then(() => { finished = true })
  while (!finished && countDocuments(dbPath) < target) await sleep(15)
  await sleep(jitterMs)
  expect(finished, `the import ended before it could be killed (target ${target})`).toBe(false)
  run.child.kill('SIGKILL')
  const outcome = await run.done
  expect(outcome.signal).toBe('SIGKILL')
  return countDocuments(dbPath)
}

describe(`kill -9 during a long import loses only the document in flight (seed ${SEED})`, () => {
  test('three kills at random moments, each leaving a sound database; a re-run completes the rest', async () => {
    const dbPath = join(temp.dir, 'crash.db')
    const random = seededRandom(SEED)
    const between = (low: number, high: number) => low + Math.floor(random() * (high - low))
    let present = 0
    for (const [low, high] of [[3, 40], [50, 100], [110, 160]] as const) {
      const target = Math.max(between(low, high), present + 1)
      present = await importAndKill(dbPath, target, between(0, 40))
      expect(present).toBeGreaterThanOrEqual(target)
      expect(present).toBeLessThan(TOTAL)
      expect(findDamage(dbPath)).toEqual({ problems: [], documents: present })
    }

    const rest = runCli(['import', corpus, '--db', dbPath], { cwd: temp.dir })
    expect(rest.stderr).toBe('')
    expect(rest.status).toBe(0)
    expect(rest.stdout.match(/^unchanged/gm)?.length ?? 0).toBe(present)
    expect(rest.stdout.match(/^imported/gm)?.length ?? 0).toBe(TOTAL - present)
    expect(findDamage(dbPath)).toEqual({ problems: [], documents: TOTAL })
  }, 120_000)
})
