import Database from 'better-sqlite3'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { RedlineFailure } from '../errors.ts'

export type Db = Database.Database

const MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', 'db', 'migrations')
const MIGRATION_FILE_RE = /^(\d{4})_[\w-]+\.sql$/
/** How long a writer waits for another process's transaction before giving up (ms). */
const BUSY_TIMEOUT_MS = 30_000

export interface Migration {
  version: number
  name: string
  sql: string
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => MIGRATION_FILE_RE.test(name))
    .sort()
    .map((name) => ({
      version: Number(MIGRATION_FILE_RE.exec(name)![1]),
      name,
      sql: readFileSync(join(dir, name), 'utf8'),
    }))
}

export const SCHEMA_VERSION = readMigrations().at(-1)?.version ?? 0

/**
 * Opens (creating if needed) a Redline database: WAL so readers never block the writer,
 * foreign keys on, a busy timeout so two importers queue instead of failing, then every
 * migration newer than `user_version`, each in its own transaction.
 */
export function openDatabase(path: string, migrations = readMigrations()): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new Database(path)
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    // Before anything that writes: switching to WAL rewrites the file header, and a database of a
    // newer Redline must be left exactly as it was.
    refuseNewerSchema(db, path, migrations)
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = NORMAL')
    migrate(db, migrations)
  } catch (error) {
    db.close()
    throw error
  }
  return db
}

function refuseNewerSchema(db: Db, path: string, migrations: Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > latest) {
    throw new RedlineFailure({
      kind: 'invalid-input',
      message: `${path}: database schema version ${current} is newer than this Redline understands (${latest}); upgrade Redline`,
    })
  }
}

function migrate(db: Db, migrations: Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number
  for (const migration of migrations) {
    if (migration.version <= current) continue
    // BEGIN IMMEDIATE: two processes opening an old database at once must not both migrate it.
    db.transaction(() => {
      const now = db.pragma('user_version', { simple: true }) as number
      if (now >= migration.version) return
      db.exec(migration.sql)
      db.pragma(`user_version = ${migration.version}`)
    }).immediate()
  }
}
