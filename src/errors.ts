/** Expected failures are values; bugs and broken invariants are thrown. */
export type RedlineErrorKind = 'not-found' | 'invalid-input' | 'too-large' | 'conflict' | 'forbidden'

export interface RedlineError {
  kind: RedlineErrorKind
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: RedlineError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (kind: RedlineErrorKind, message: string): Result<never> => ({
  ok: false,
  error: { kind, message },
})

/** Thrown inside transactions so that better-sqlite3 rolls back; carries the typed error out. */
export class RedlineFailure extends Error {
  override readonly name = 'RedlineFailure'
  constructor(readonly error: RedlineError) {
    super(error.message)
  }
}

export const isRedlineFailure = (value: unknown): value is RedlineFailure => value instanceof RedlineFailure
