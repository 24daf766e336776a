/** Progress goes to stderr: stdout carries only the JSON result when `--json` is given. */
export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`)
}

/** Wall-clock seconds of a synchronous piece of work. */
export function timeSync<T>(work: () => T): { value: T; seconds: number } {
  const start = process.hrtime.bigint()
  const value = work()
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 }
}

export const MB = 1024 * 1024

export function round(value: number, digits = 3): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Three significant digits: a rate of 0.000412 MB/s must not print as 0. */
export function significant(value: number): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(3))
}
