import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

const PROJECT_DIR = join(import.meta.dirname, '..')

/**
 * Runs a TypeScript module of the benchmark in its own Node process (through tsx, as `npm run
 * bench` does), so that its memory is its own to measure. The child's stdout goes to our stderr:
 * our stdout carries only the JSON result.
 */
export function startChild(modulePath: string): ChildProcess {
  return fork(modulePath, [], {
    cwd: PROJECT_DIR,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 2, 2, 'ipc'],
  })
}

/** A child that had not replied when its time was up; it has been killed. */
export class ChildTimeout extends Error {
  override readonly name = 'ChildTimeout'
}

/**
 * Sends one request to a fresh child and resolves with its one reply; rejects if it dies first,
 * or with ChildTimeout (after killing it) if it has not replied within `timeoutSeconds`.
 */
export function runChild<Request, Reply>(modulePath: string, request: Request, timeoutSeconds = Infinity): Promise<Reply> {
  const child = startChild(modulePath)
  return new Promise<Reply>((resolve, reject) => {
    let reply: Reply | undefined
    let timedOut = false
    const timer = Number.isFinite(timeoutSeconds)
      ? setTimeout(() => {
          timedOut = true
          child.kill('SIGKILL')
        }, Math.max(0, timeoutSeconds) * 1000)
      : undefined
    child.once('message', (message) => {
      reply = message as Reply
    })
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      if (reply !== undefined && code === 0) resolve(reply)
      else if (timedOut) reject(new ChildTimeout(`${modulePath} did not finish within ${Math.round(timeoutSeconds)} s`))
      else reject(new Error(`${modulePath} exited with ${signal ?? `code ${code}`} before replying`))
    })
    child.send(request as object)
  })
}

/** Reads the one request a child is sent, does the work, replies and exits. */
export function serveOneRequest<Request, Reply>(work: (request: Request) => Reply | Promise<Reply>): void {
  process.once('message', async (request) => {
    const reply = await work(request as Request)
    process.send!(reply as object, () => process.disconnect())
  })
}
