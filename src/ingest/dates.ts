import { fail, ok, type Result } from '../errors.ts'

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
/** Leading date in a file name: `2023-02-03-oic.txt`, `2023-02-03_oic.md`. */
export const FILE_NAME_DATE_RE = /^(\d{4}-\d{2}-\d{2})(?=$|[^\d])/
export const MIN_YEAR = 1800
export const MAX_YEAR = 2200

/** Checks that `value` is a real calendar date `YYYY-MM-DD` in the range Redline handles. */
export function parseDate(value: string, where: string): Result<{ date: string; year: number }> {
  const match = ISO_DATE_RE.exec(value.trim())
  if (!match) return fail('invalid-input', `${where}: date "${value}" is not a date (expected YYYY-MM-DD)`)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail('invalid-input', `${where}: year ${year} is out of range (expected ${MIN_YEAR}–${MAX_YEAR})`)
  }
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return fail('invalid-input', `${where}: date "${value}" does not exist (expected YYYY-MM-DD)`)
  }
  return ok({ date: value.trim(), year })
}
