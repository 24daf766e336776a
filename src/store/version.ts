import type { Db } from './open.ts'

/**
 * A token that changes whenever the database changes: `data_version` moves on commits by other
 * connections (a CLI import while the server runs), `total_changes()` on this connection's own.
 * Caches of derived data (rendered reports) key on it instead of guessing when to expire.
 */
export function createVersionStore(db: Db) {
  const select = db.prepare<[], { version: string }>(
    `SELECT (SELECT data_version FROM pragma_data_version()) || ':' || total_changes() AS version`)
  return {
    current: (): string => select.get()!.version,
  }
}
