import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

/** What a refused input must leave exactly as it was. */
export interface DatabaseState {
  /** Rows per table, the FTS shadow tables included. */
  counts: Record<string, number>
  /** sha256 of the main database file once the WAL has been checkpointed into it. */
  checksum: string
  userVersion: number
}

/**
 * Row counts of every table, then a checksum of the file after a full checkpoint: a refused
 * input that wrote anything, even a row later deleted or an unchanged page, changes the file.
 */
export function readDatabaseState(path: string): DatabaseState {
  const db = new Database(path, { fileMustExist: true })
  try {
    db.pragma('busy_timeout = 10000')
    const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>
    if (checkpoint && checkpoint.busy !== 0) throw new Error(`${path}: checkpoint blocked by another connection`)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>
    const counts = Object.fromEntries(tables.map(({ name }) =>
      [name, (db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n]))
    const userVersion = db.pragma('user_version', { simple: true }) as number
    return { counts, userVersion, checksum: createHash('sha256').update(readFileSync(path)).digest('hex') }
  } finally {
    db.close()
  }
}

/**
 * A connection kept open across an operation: SQLite's `data_version` changes for it exactly
 * when another connection (another process, or the web app's store) commits to the file.
 */
export function watchCommits(path: string): { committed: () => boolean; close: () => void } {
  const db = new Database(path, { fileMustExist: true, readonly: true })
  const version = () => db.pragma('data_version', { simple: true }) as number
  const before = version()
  return { committed: () => version() !== before, close: () => db.close() }
}
