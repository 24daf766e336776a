import Database from 'better-sqlite3'
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runCli } from '../helpers/run-cli.ts'
import { makeTempDir } from '../helpers/temp-db.ts'
import { findDamage } from './helpers/check-whole.ts'
import { readDatabaseState } from './helpers/db-state.ts'
import { seededRandom, writeGeneratedCorpus } from './helpers/generate-corpus.ts'
import { sleep, spawnCli } from './helpers/spawn-cli.ts'

/** 20 series × 10 releases: an import long enough (seconds) to be killed in the middle of. */
const CORPUS = { series: 20, perSeries: 10, seed: 7 }
const TOTAL = CORPUS.series * CORPUS.perSeries
/** Documents imported (and committed) before the import that gets killed. */
const FIRST = 40
const SEED = Number(process.env.REDLINE_CRASH_SEED ?? Date.now() % 100_000)

let temp: ReturnType<typeof makeTempDir>
let corpus: string
let first: string
beforeAll(() => {
  temp = makeTempDir()
  corpus = join(temp.dir, 'corpus')
  first = join(temp.dir, 'first')
  writeGeneratedCorpus(corpus, CORPUS)
  mkdirSync(first)
  for (const name of readdirSync(corpus).sort().slice(0, FIRST)) copyFileSync(join(corpus, name), join(first, name))
})
afterAll(() => temp.cleanup())

function countDocuments(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM document').get() as { n: number }).n
  } finally {
    db.close()
  }
}

function importFolder(folder: string, dbPath: string): void {
  const run = runCli(['import', folder, '--db', dbPath], { cwd: temp.dir })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
}

/**
 * True while another connection holds the write lock: the import's transaction (BEGIN IMMEDIATE)
 * is then in progress. A probe that gets the lock gives it back at once.
 */
function writerActive(path: string): boolean {
  const db = new Database(path, { fileMustExist: true })
  try {
    db.pragma('busy_timeout = 0')
    db.exec('BEGIN IMMEDIATE')
    db.exec('ROLLBACK')
    return false
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    if (code === 'SQLITE_BUSY') return true
    // SQLITE_BUSY_RECOVERY and the like: another connection is recovering the WAL a killed run left,
    // which is not yet the import's transaction. Look again.
    if (code.startsWith('SQLITE_BUSY_')) return false
    throw error
  } finally {
    db.close()
  }
}

/** Wall time of a whole run of the CLI, start-up included. */
async function timeRun(args: string[]): Promise<number> {
  const started = performance.now()
  const outcome = await spawnCli(args, temp.dir).done
  expect(outcome.status, outcome.stderr).toBe(0)
  return performance.now() - started
}

describe(`kill -9 during an import leaves the database exactly as it was before the import (seed ${SEED})`, () => {
  test('three kills at random moments of the import; a re-run then imports everything', async () => {
    // How long start-up and a whole import take here, so the kills land inside the import.
    const startupMs = await timeRun(['list', '--db', join(temp.dir, 'timing-startup.db')])
    const timing = join(temp.dir, 'timing.db')
    importFolder(first, timing)
    const importMs = await timeRun(['import', corpus, '--db', timing])
    expect(importMs - startupMs, 'the import is too short to be killed in the middle of').toBeGreaterThan(300)

    const dbPath = join(temp.dir, 'crash.db')
    importFolder(first, dbPath)
    const before = readDatabaseState(dbPath)
    expect(countDocuments(dbPath)).toBe(FIRST)

    const random = seededRandom(SEED)
    for (let kill = 0; kill < 3; kill++) {
      const run = spawnCli(['import', corpus, '--db', dbPath], temp.dir)
      let finished = false
      void run.done.then(() => { finished = true })
      while (!finished && !writerActive(dbPath)) await sleep(5)
      // Inside the import's transaction now; kill at a random instant of its first part.
      const at = random() * 0.3 * (importMs - startupMs)
      await sleep(at)
      expect(finished, `the import ended before it could be killed (${Math.round(at)} ms into its transaction)`).toBe(false)
      run.child.kill('SIGKILL')
      expect((await run.done).signal).toBe('SIGKILL')
      // Nothing of the killed import is left: the same rows and, once checkpointed, the same bytes.
      expect(readDatabaseState(dbPath)).toEqual(before)
      expect(findDamage(dbPath)).toEqual({ problems: [], documents: FIRST })
    }

    const rest = runCli(['import', corpus, '--db', dbPath], { cwd: temp.dir })
    expect(rest.stderr).toBe('')
    expect(rest.status).toBe(0)
    expect(rest.stdout.match(/^unchanged/gm)?.length ?? 0).toBe(FIRST)
    expect(rest.stdout.match(/^imported/gm)?.length ?? 0).toBe(TOTAL - FIRST)
    expect(findDamage(dbPath)).toEqual({ problems: [], documents: TOTAL })
  }, 180_000)
})
