/**
 * The time a run may still take. A quick run (CI) must end within a minute whatever the code's
 * speed: a stage that would start too late is skipped and reported as such, never left hanging.
 */
export interface Deadline {
  remainingSeconds(): number
}

export function createDeadline(seconds: number | null): Deadline {
  const end = seconds === null ? Infinity : performance.now() + seconds * 1000
  return { remainingSeconds: () => (end - performance.now()) / 1000 }
}
