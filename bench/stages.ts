import { ChildTimeout } from './child.ts'
import type { Deadline } from './deadline.ts'
import { log } from './log.ts'

/**
 * Runs a stage that a quick run may have to give up: skipped when less than `needsSeconds` remain,
 * or when one of its child processes times out. Any other error is a real failure and propagates.
 */
export async function runStage<T, S>(name: string, deadline: Deadline, needsSeconds: number, work: () => Promise<T>, skipped: (reason: string) => S): Promise<T | S> {
  const remaining = deadline.remainingSeconds()
  if (remaining < needsSeconds) return skip(name, `${Math.round(remaining)} s left of the run's time, ${needsSeconds} s needed`, skipped)
  try {
    return await work()
  } catch (error) {
    if (error instanceof ChildTimeout) return skip(name, error.message, skipped)
    throw error
  }
}

function skip<S>(name: string, reason: string, skipped: (reason: string) => S): S {
  log(`${name}: skipped: ${reason}`)
  return skipped(reason)
}
