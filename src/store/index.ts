import { createAlignmentStore } from './alignment.ts'
import { createDocumentStore } from './documents.ts'
import { openDatabase, type Db } from './open.ts'
import { createSearchStore } from './search.ts'

export type { Db } from './open.ts'
export type { StoredLink, LinkInput, PositionSummary } from './alignment.ts'
export type { SearchHit, SearchQuery } from './search.ts'
export { openDatabase, readMigrations, SCHEMA_VERSION } from './open.ts'

/** Everything the pipeline, CLI and web need of the database, prepared once per connection. */
export function createStore(db: Db) {
  return {
    db,
    documents: createDocumentStore(db),
    alignment: createAlignmentStore(db),
    search: createSearchStore(db),
    /** Runs `work` as one IMMEDIATE transaction: all of it is written, or none. */
    transaction<T>(work: () => T): T {
      return db.transaction(work).immediate()
    },
    close: () => db.close(),
  }
}

export type Store = ReturnType<typeof createStore>

export function openStore(path: string): Store {
  return createStore(openDatabase(path))
}
