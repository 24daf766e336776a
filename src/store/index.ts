import Database from 'better-sqlite3'
import { RedlineFailure } from '../errors.ts'
import { createAlignmentStore } from './alignment.ts'
import { createCorpusStore } from './corpus.ts'
import { createDocumentStore } from './documents.ts'
import { openDatabase, type Db } from './open.ts'
import { createSearchStore } from './search.ts'
import { createStatementPositionStore } from './statement-positions.ts'
import { createTrendStore } from './trends.ts'
import { createVersionStore } from './version.ts'

export type { Db } from './open.ts'
export type { StoredLink, LinkInput, PositionSummary } from './alignment.ts'
export type { SearchHit, SearchQuery } from './search.ts'
export type { PositionRef } from './statement-positions.ts'
export type { CorpusEntry } from './corpus.ts'
export type { DocumentText, PositionPresence } from './trends.ts'
export { openDatabase, readMigrations, SCHEMA_VERSION } from './open.ts'

/** Everything the pipeline, CLI and web need of the database, prepared once per connection. */
export function createStore(db: Db) {
  return {
    db,
    documents: createDocumentStore(db),
    alignment: createAlignmentStore(db),
    search: createSearchStore(db),
    corpus: createCorpusStore(db),
    trends: createTrendStore(db),
    statementPositions: createStatementPositionStore(db),
    version: createVersionStore(db),
    /**
     * Runs `work` as one IMMEDIATE transaction: all of it is written, or none. Another process's
     * import holds the write lock for its whole length; past the busy timeout that is a conflict
     * the user can act on, not a crash.
     */
    transaction<T>(work: () => T): T {
      try {
        return db.transaction(work).immediate()
      } catch (error) {
        if (error instanceof Database.SqliteError && error.code === 'SQLITE_BUSY') {
          throw new RedlineFailure({ kind: 'conflict', message: 'the database is busy with another import; try again when it has finished' })
        }
        throw error
      }
    },
    close: () => db.close(),
  }
}

export type Store = ReturnType<typeof createStore>

export function openStore(path: string): Store {
  return createStore(openDatabase(path))
}
