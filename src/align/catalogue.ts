import { z } from 'zod'
import { fail, ok, type Result } from '../errors.ts'

/**
 * Positions named by users (e.g. `documents/positions.json`): a label and the cue phrases that
 * mark a statement as carrying it. It refines discovery (names, merges, seeds positions and links
 * statements sharing a cue); alignment works without it.
 */
export type Catalogue = Array<{ label: string; cues: string[] }>

const CATALOGUE_SCHEMA = z.array(
  z.object({
    label: z.string().trim().min(1),
    cues: z.array(z.string().trim().min(1)).min(1),
  }),
)

/** Validates a parsed catalogue file; the message names the entry and field at fault. */
export function parseCatalogue(json: unknown): Result<Catalogue> {
  const parsed = CATALOGUE_SCHEMA.safeParse(json)
  if (parsed.success) return ok(parsed.data)
  const issue = parsed.error.issues[0]!
  const where = issue.path.length === 0 ? 'catalogue' : issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '')
  return fail('invalid-input', `${where}: ${issue.message} (expected an array of { "label": string, "cues": [string, …] })`)
}
