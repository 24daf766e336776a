import { z } from 'zod'
import { RedlineFailure } from './errors.ts'
import { DEFAULT_MAX_BYTES } from './ingest/index.ts'

/** What an operator sets through the environment, for the server and the CLI alike; tests pass these to `createApp` directly. */
export interface Settings {
  /** Largest document an upload may carry, in bytes (`REDLINE_MAX_BYTES`, default 20 MB). */
  maxBytes: number
  /** Most files one upload request may carry (`REDLINE_MAX_FILES`). */
  maxFiles: number
  /** When set, every write must present it (`REDLINE_TOKEN`), as a header or a form field. */
  token: string | null
}

export const DEFAULT_MAX_FILES = 20
export const TOKEN_HEADER = 'X-Redline-Token'
export const TOKEN_FIELD = 'token'

const ENV_SCHEMA = z.object({
  REDLINE_MAX_BYTES: z.string().regex(/^[1-9]\d{0,12}$/, { error: 'REDLINE_MAX_BYTES must be a number of bytes' }).transform(Number).optional(),
  REDLINE_MAX_FILES: z.string().regex(/^[1-9]\d{0,4}$/, { error: 'REDLINE_MAX_FILES must be a positive whole number' }).transform(Number).optional(),
  REDLINE_TOKEN: z.string().optional(),
})

/** Reads the settings once at start; a malformed value stops the command with its name rather than being ignored. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = ENV_SCHEMA.safeParse(env)
  if (!parsed.success) {
    throw new RedlineFailure({ kind: 'invalid-input', message: parsed.error.issues.map((issue) => issue.message).join('; ') })
  }
  return {
    maxBytes: parsed.data.REDLINE_MAX_BYTES ?? DEFAULT_MAX_BYTES,
    maxFiles: parsed.data.REDLINE_MAX_FILES ?? DEFAULT_MAX_FILES,
    token: parsed.data.REDLINE_TOKEN ? parsed.data.REDLINE_TOKEN : null,
  }
}

/** "20 MB", "512 KB", "300 bytes": exact, so a message never rounds a limit the user must stay under. */
export function formatBytes(bytes: number): string {
  const MB = 1024 * 1024
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`
  return `${bytes} bytes`
}
