import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openDatabase, readMigrations, SCHEMA_VERSION } from '../../src/store/index.ts'
import { makeTempDir } from '../helpers/temp-db.ts'

let temp: ReturnType<typeof makeTempDir>
beforeEach(() => { temp = makeTempDir() })
afterEach(() => temp.cleanup())

describe('openDatabase', () => {
  test('a new database gets WAL, foreign keys and every migration', () => {
    const db = openDatabase(temp.dbPath)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((row) => (row as { name: string }).name)
    expect(tables).toEqual(expect.arrayContaining(['document', 'statement', 'link', 'position', 'position_statement', 'term_shift', 'statement_fts']))
    db.close()
  })

  test('a database written by an older schema is migrated, keeping its rows', () => {
    const [first] = readMigrations()
    const old = openDatabase(temp.dbPath, [first!])
    old.prepare(`INSERT INTO document (series, title, date, year, file_name, format, hash, original, text, imported_at)
      VALUES ('s', 't', '2020-01-01', 2020, 'f.txt', 'txt', 'h', 'o', 'x', 'now')`).run()
    old.prepare(`INSERT INTO statement (document_id, paragraph, sentence, clause, start, "end", kind, text)
      VALUES (1, 0, 0, 0, 0, 1, 'sentence', 'x')`).run()
    expect(old.pragma('user_version', { simple: true })).toBe(1)
    old.close()

    const db = openDatabase(temp.dbPath)
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(db.prepare('SELECT count(*) AS n FROM document').get()).toEqual({ n: 1 })
    expect(db.prepare('SELECT count(*) AS n FROM link').get()).toEqual({ n: 0 })
    db.close()
  })

  test('a database of a newer schema is refused with a clear message and left untouched', () => {
    const raw = new Database(temp.dbPath)
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    raw.close()
    expect(() => openDatabase(temp.dbPath)).toThrow(/schema version \d+ is newer than this Redline understands/)
    const check = new Database(temp.dbPath)
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1)
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 })
    check.close()
  })

  test('a failing migration rolls back whole, leaving the previous version', () => {
    const migrations = [...readMigrations(), { version: 99, name: '0099_bad.sql', sql: 'CREATE TABLE extra (x); INSERT INTO nowhere VALUES (1);' }]
    expect(() => openDatabase(temp.dbPath, migrations)).toThrow(/no such table: nowhere/)
    const db = openDatabase(temp.dbPath)
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra'").get()).toEqual({ n: 0 })
    db.close()
  })
})
