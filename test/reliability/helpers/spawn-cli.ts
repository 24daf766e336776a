import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'redline.js')

export interface CliProcess {
  child: ChildProcess
  /** Resolves when the process ends, however it ends. */
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>
}

/** Starts the real CLI without waiting for it, for tests that kill it or run several at once. */
export function spawnCli(args: string[], cwd?: string): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, REDLINE_DB: '' }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk })
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }))
  })
  return { child, done }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
