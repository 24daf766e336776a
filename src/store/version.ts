import type { Db } from './open.ts'

/**
 * A token that changes whenever the database changes: `data_version` moves on commits by other
 * connections (a CLI import while the server runs), `total_changes()` on this connection's own.
 * Caches of derived data (rendered reports) key on it instead of guessing when to expire.
 * Asked on every page request, so it is two plain statements: reading `pragma_data_version()`
 * as a table inside one SELECT cost twice as much.
 */
export function createVersionStore(db: Db) {
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck()
  const totalChanges = db.prepare<[], number>('SELECT total_changes()').pluck()
  return {
    current: (): string => `${dataVersion.get()}:${totalChanges.get()}`,
  }
}
