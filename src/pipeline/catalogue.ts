import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCatalogue, type Catalogue } from '../align/index.ts'
import { fail, type Result, ok } from '../errors.ts'

export const CATALOGUE_FILE = 'positions.json'

/** The optional position catalogue beside the documents; absent is fine, malformed is an error. */
export function loadCatalogue(dir: string): Result<Catalogue | undefined> {
  const path = join(dir, CATALOGUE_FILE)
  if (!existsSync(path)) return ok(undefined)
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    return fail('invalid-input', `${path}: not valid JSON (${(error as Error).message})`)
  }
  const parsed = parseCatalogue(data)
  if (!parsed.ok) return fail('invalid-input', `${path}: ${parsed.error.message}`)
  return parsed
}
