import Database from 'better-sqlite3'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { runCli } from '../helpers/run-cli.ts'
import { makeTempDir } from '../helpers/temp-db.ts'

let temp: ReturnType<typeof makeTempDir>
beforeAll(() => {
  temp = makeTempDir()
})
afterAll(() => temp.cleanup())

/** Everything a user could lose: row counts of every table and SQLite's own change counter. */
function snapshot(dbPath: string) {
  const db = new Database(dbPath, { readonly: true })
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'statement_fts%'").all() as Array<{ name: string }>
  const counts = Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]))
  const documents = db.prepare('SELECT id, hash FROM document ORDER BY id').all()
  db.close()
  return { counts, documents }
}

describe('redline CLI (subprocess, temporary database)', () => {
  test('import documents, then list --json reports 2023 and 2025 with statement counts', () => {
    const imported = runCli(['import', DOCUMENTS_DIR, '--db', temp.dbPath], { cwd: temp.dir })
    expect(imported.stderr).toBe('')
    expect(imported.status).toBe(0)
    expect(imported.stdout.match(/^imported/gm)).toHaveLength(2)

    const listed = runCli(['list', '--json', '--db', temp.dbPath], { cwd: temp.dir })
    expect(listed.status).toBe(0)
    const documents = JSON.parse(listed.stdout) as Array<{ id: number; year: number; date: string; title: string; statements: number }>
    expect(documents.map((d) => [d.year, d.date])).toEqual([[2023, '2023-02-03'], [2025, '2025-09-24']])
    for (const document of documents) expect(document.statements).toBeGreaterThan(10)
  })

  test('importing the folder again changes nothing', () => {
    const before = snapshot(temp.dbPath)
    const again = runCli(['import', DOCUMENTS_DIR, '--db', temp.dbPath], { cwd: temp.dir })
    expect(again.status).toBe(0)
    expect(again.stdout.match(/^unchanged/gm)).toHaveLength(2)
    expect(snapshot(temp.dbPath)).toEqual(before)
  })

  test('a file with invalid UTF-8 exits non-zero with one clear line and leaves the database as it was', () => {
    const bad = join(temp.dir, '2024-01-01-bad.txt')
    writeFileSync(bad, Buffer.from([0x54, 0x65, 0x78, 0x74, 0xc3, 0x28, 0x2e]))
    const before = snapshot(temp.dbPath)
    const run = runCli(['import', bad, '--db', temp.dbPath], { cwd: temp.dir })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^redline: (.*\/)?2024-01-01-bad\.txt: not valid UTF-8 \(first bad byte at offset 4\); save it as UTF-8\n$/)
    expect(snapshot(temp.dbPath)).toEqual(before)
  })

  test('a folder with one bad file imports nothing from it', () => {
    const dir = makeTempDir()
    writeFileSync(join(dir.dir, '2024-01-01-good.txt'), 'A good statement about dialogue.')
    writeFileSync(join(dir.dir, '2024-02-30-bad-date.txt'), 'Another statement.')
    const before = snapshot(temp.dbPath)
    const run = runCli(['import', dir.dir, '--db', temp.dbPath], { cwd: temp.dir })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/2024-02-30-bad-date\.txt: date "2024-02-30" does not exist/)
    expect(snapshot(temp.dbPath)).toEqual(before)
    dir.cleanup()
  })

  test('compare --format json prints exactly the report on stdout', () => {
    const run = runCli(['compare', '--from', '2023', '--to', '2025', '--format', 'json', '--db', temp.dbPath], { cwd: temp.dir })
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    const report = JSON.parse(run.stdout)
    expect(report.from.year).toBe(2023)
    expect(report.to.year).toBe(2025)
    expect(report.positions.length).toBeGreaterThan(0)
    expect(run.stdout.trimEnd().split('\n')[0]).toBe('{')
  })

  test('show prints a document with its statements and speakers', () => {
    const run = runCli(['show', '1', '--json', '--db', temp.dbPath], { cwd: temp.dir })
    expect(run.status).toBe(0)
    const document = JSON.parse(run.stdout)
    expect(document.year).toBe(2023)
    expect(document.statements.some((s: { speaker: string | null }) => s.speaker === 'Munir Akram')).toBe(true)
  })

  const usageCases = [
    { args: ['frobnicate'], status: 2, stderr: /unknown command "frobnicate"/ },
    { args: ['compare', '--from', '2023'], status: 2, stderr: /compare needs --from YEAR --to YEAR/ },
    { args: ['compare', '--from', 'x', '--to', '2025'], status: 2, stderr: /--from must be a whole number/ },
    { args: ['compare', '--from', '2023', '--to', '2025', '--format', 'docx'], status: 2, stderr: /unknown format "docx"/ },
    { args: ['compare', '--from', '2023', '--to', '2024'], status: 1, stderr: /no documents of 2024/ },
    { args: ['show', '999'], status: 1, stderr: /no document with id 999/ },
    { args: ['list', '--bogus'], status: 2, stderr: /Unknown option '--bogus'/ },
    { args: ['import', '/no/such/path'], status: 1, stderr: /\/no\/such\/path: no such file or folder/ },
  ]
  test.each(usageCases)('bad use: $args', ({ args, status, stderr }) => {
    const run = runCli([...args, '--db', temp.dbPath], { cwd: temp.dir })
    expect(run.status).toBe(status)
    expect(run.stderr).toMatch(stderr)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  test('--help prints usage and exits 0', () => {
    const run = runCli(['--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('redline import PATH...')
  })
})
