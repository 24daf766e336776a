import { join } from 'node:path'

/** The project folder: defaults are found relative to it, not to the working folder. */
export const PROJECT_DIR = join(import.meta.dirname, '..')
export const DOCUMENTS_DIR = join(PROJECT_DIR, 'documents')
export const DEFAULT_DB_PATH = join(PROJECT_DIR, 'db', 'redline.db')

/** `--db` wins, then `REDLINE_DB`, then `db/redline.db` in the project. */
export function databasePath(flag: string | undefined): string {
  return flag ?? process.env.REDLINE_DB ?? DEFAULT_DB_PATH
}
