import { serve, type ServerType } from '@hono/node-server'
import Database from 'better-sqlite3'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { scanDocuments } from '../../src/ingest/index.ts'
import { importDocuments } from '../../src/pipeline/import-documents.ts'
import { openStore, type Store } from '../../src/store/index.ts'
import { createApp } from '../../src/web/app.tsx'
import { makeTempDir } from '../helpers/temp-db.ts'
import { findDamage } from './helpers/check-whole.ts'
import { writeGeneratedCorpus } from './helpers/generate-corpus.ts'
import { spawnCli } from './helpers/spawn-cli.ts'

let temp: ReturnType<typeof makeTempDir>
beforeAll(() => { temp = makeTempDir() })
afterAll(() => temp.cleanup())

describe('two writers at once', () => {
  test('two CLI imports into one new database (same series, different documents) both succeed, nothing lost', async () => {
    // Same dates and series, told apart by a tag: the two processes interleave in one series.
    const a = writeGeneratedCorpus(join(temp.dir, 'a'), { series: 1, perSeries: 15, seed: 1, tag: 'a' })
    const b = writeGeneratedCorpus(join(temp.dir, 'b'), { series: 1, perSeries: 15, seed: 2, tag: 'b' })
    const dbPath = join(temp.dir, 'two-writers.db')
    // Both start on a database that does not exist yet: they race to create and migrate it too.
    const runs = [spawnCli(['import', join(temp.dir, 'a'), '--db', dbPath], temp.dir), spawnCli(['import', join(temp.dir, 'b'), '--db', dbPath], temp.dir)]
    const outcomes = await Promise.all(runs.map((run) => run.done))
    for (const [index, outcome] of outcomes.entries()) {
      expect(outcome.stderr, `import ${index}`).toBe('')
      expect(outcome.status).toBe(0)
      expect(outcome.stdout.match(/^imported/gm)).toHaveLength(15)
    }
    expect(findDamage(dbPath)).toEqual({ problems: [], documents: a.length + b.length })
  }, 60_000)
})

describe('a CLI import while the server serves', () => {
  let store: Store
  let server: ServerType
  let base: string
  const dbPath = () => join(temp.dir, 'served.db')

  beforeAll(async () => {
    writeGeneratedCorpus(join(temp.dir, 'first'), { series: 1, perSeries: 6, perYear: 3, seed: 3, tag: 'first' })
    writeGeneratedCorpus(join(temp.dir, 'second'), { series: 1, perSeries: 12, perYear: 6, seed: 4, tag: 'second' })
    store = openStore(dbPath())
    const app = createApp({ store, settings: { maxBytes: 1 << 20, maxFiles: 5, token: null } })
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve())
    })
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
    store.close()
  })

  test('reads keep answering 200 during the import, and then show its documents', async () => {
    const first = spawnCli(['import', join(temp.dir, 'first'), '--db', dbPath()], temp.dir)
    expect((await first.done).status).toBe(0)
    const second = spawnCli(['import', join(temp.dir, 'second'), '--db', dbPath()], temp.dir)
    let running = true
    void second.done.then(() => { running = false })
    const paths = ['/', '/documents/1', '/compare?from=2000&to=2001', '/api/compare?from=2000&to=2001', '/search?q=dialogue', '/trends?terms=peace', '/positions/1']
    // A position may be merged into another as documents arrive: gone (404) is an answer, 500 is not.
    const allowed = (path: string) => new Set(path.startsWith('/positions/') ? [200, 404] : [200])
    const statuses = new Map<string, number[]>()
    let rounds = 0
    while (running) {
      for (const path of paths) {
        const response = await fetch(base + path)
        await response.arrayBuffer()
        statuses.set(path, [...(statuses.get(path) ?? []), response.status])
      }
      rounds++
    }
    const outcome = await second.done
    expect(outcome.stderr).toBe('')
    expect(outcome.status).toBe(0)
    expect(rounds).toBeGreaterThan(2)
    for (const [path, seen] of statuses) expect([...new Set(seen)].filter((status) => !allowed(path).has(status)), path).toEqual([])

    // The server's report cache must not hide what another process imported.
    const report = await (await fetch(`${base}/api/compare?from=2000&to=2001`)).json() as { from: { documents: unknown[] } }
    expect(report.from.documents).toHaveLength(3 + 6)
    const home = await (await fetch(`${base}/`)).text()
    expect(home).toContain('Release 12 of generated-0')
    expect(findDamage(dbPath()).problems).toEqual([])
  }, 60_000)
})

describe('an import while another process holds the write lock', () => {
  test('is refused as a conflict once the busy timeout passes, writing nothing', () => {
    const dbPath = join(temp.dir, 'locked.db')
    const folder = join(temp.dir, 'locked-corpus')
    writeGeneratedCorpus(folder, { series: 1, perSeries: 2, seed: 5 })
    const store = openStore(dbPath)
    const other = new Database(dbPath)
    try {
      // The other process's long import, in the middle of its transaction.
      other.exec('BEGIN IMMEDIATE')
      store.db.pragma('busy_timeout = 0')
      const documents = scanDocuments([folder])
      if (!documents.ok) throw new Error(documents.error.message)
      expect(importDocuments(store, documents.value)).toEqual({
        ok: false,
        error: { kind: 'conflict', message: 'the database is busy with another import; try again when it has finished' },
      })
      other.exec('ROLLBACK')
      expect(store.corpus.listCorpus()).toEqual([])
    } finally {
      other.close()
      store.close()
    }
  })
})
