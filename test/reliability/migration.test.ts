import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openStore, SCHEMA_VERSION } from '../../src/store/index.ts'
import { buildSchemaV1Database, SEED_FILES } from '../fixtures/schema-v1.ts'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { runCli } from '../helpers/run-cli.ts'
import { makeTempDir } from '../helpers/temp-db.ts'
import { readDatabaseState } from './helpers/db-state.ts'
import { spawnCli } from './helpers/spawn-cli.ts'

let temp: ReturnType<typeof makeTempDir>
let counts: Map<number, number>
beforeEach(() => {
  temp = makeTempDir()
  counts = buildSchemaV1Database(temp.dbPath, SEED_FILES)
})
afterEach(() => temp.cleanup())

function rows(path: string) {
  const db = new Database(path, { readonly: true })
  try {
    return {
      documents: db.prepare('SELECT * FROM document ORDER BY id').all(),
      statements: db.prepare('SELECT * FROM statement ORDER BY id').all(),
    }
  } finally {
    db.close()
  }
}

describe('a database written by schema version 1 (documents and statements only)', () => {
  test('is migrated by the CLI on first use, keeping every row as it was', () => {
    const before = rows(temp.dbPath)
    expect(before.statements.length).toBeGreaterThan(20)
    const listed = runCli(['list', '--json', '--db', temp.dbPath], { cwd: temp.dir })
    expect(listed.stderr).toBe('')
    expect(listed.status).toBe(0)
    const documents = JSON.parse(listed.stdout) as Array<{ id: number; statements: number }>
    expect(documents.map((d) => [d.id, d.statements])).toEqual([...counts.entries()])
    expect(readDatabaseState(temp.dbPath).userVersion).toBe(SCHEMA_VERSION)
    expect(rows(temp.dbPath)).toEqual(before)
  })

  test('its statements are found by search once migrated', () => {
    const store = openStore(temp.dbPath)
    try {
      const hits = store.search.search({ query: 'self-determination', limit: 20 })
      expect(hits.length).toBeGreaterThan(0)
      expect(hits.every((hit) => counts.has(hit.documentId))).toBe(true)
    } finally {
      store.close()
    }
  })

  test('its documents can then be aligned and compared: importing them again aligns what was never aligned', () => {
    const again = runCli(['import', DOCUMENTS_DIR, '--db', temp.dbPath], { cwd: temp.dir })
    expect(again.stderr).toBe('')
    expect(again.status).toBe(0)
    expect(again.stdout.match(/^unchanged/gm)).toHaveLength(2)
    const compared = runCli(['compare', '--from', '2023', '--to', '2025', '--format', 'json', '--db', temp.dbPath], { cwd: temp.dir })
    expect(compared.stderr).toBe('')
    expect(compared.status).toBe(0)
    const report = JSON.parse(compared.stdout) as { positions: Array<{ pairs: unknown[] }>; summary: { pairs: number } }
    expect(report.summary.pairs).toBeGreaterThan(3)
  })

  test('two processes opening it at once both succeed, and it is migrated once', async () => {
    const runs = [spawnCli(['list', '--json', '--db', temp.dbPath], temp.dir), spawnCli(['list', '--json', '--db', temp.dbPath], temp.dir)]
    for (const outcome of await Promise.all(runs.map((run) => run.done))) {
      expect(outcome.stderr).toBe('')
      expect(outcome.status).toBe(0)
      expect(JSON.parse(outcome.stdout)).toHaveLength(2)
    }
    const state = readDatabaseState(temp.dbPath)
    expect(state.userVersion).toBe(SCHEMA_VERSION)
    expect(state.counts.document).toBe(2)
  })
})

describe('a database of a newer schema version', () => {
  test.each([['list'], ['import', DOCUMENTS_DIR], ['compare', '--from', '2023', '--to', '2025']])('`redline %s` refuses it in one line and leaves it untouched', (...args) => {
    const path = join(temp.dir, 'newer.db')
    const db = new Database(path)
    db.exec('CREATE TABLE future (x); INSERT INTO future VALUES (1), (2);')
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    db.close()
    const before = readDatabaseState(path)
    const run = runCli([...args, '--db', path], { cwd: temp.dir })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(`redline: ${path}: database schema version ${SCHEMA_VERSION + 1} is newer than this Redline understands (${SCHEMA_VERSION}); upgrade Redline\n`)
    expect(readDatabaseState(path)).toEqual(before)
  })
})
