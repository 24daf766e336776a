import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { startChild } from '../child.ts'
import type { ServerMessage, ServerReply } from './web-server-child.ts'

const CHILD = join(import.meta.dirname, 'web-server-child.ts')

/** A Redline server in a child process, and the means to ask it for its memory. */
export interface ServerHandle {
  origin: string
  memory(): Promise<{ rssMb: number; heapUsedMb: number }>
  stop(): Promise<void>
}

export function startServer(dbPath: string): Promise<ServerHandle> {
  const child = startChild(CHILD)
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`web server child exited with code ${code} before listening`)))
    child.once('message', (reply: ServerReply) => {
      if (reply.type !== 'listening') return reject(new Error(`web server child: unexpected reply ${reply.type}`))
      child.removeAllListeners('exit')
      resolve(handle(child, `http://127.0.0.1:${reply.port}`))
    })
    send(child, { type: 'start', dbPath })
  })
}

function handle(child: ChildProcess, origin: string): ServerHandle {
  return {
    origin,
    memory: () => new Promise((resolve) => {
      child.once('message', (reply: ServerReply) => {
        if (reply.type === 'rss') resolve({ rssMb: reply.rssMb, heapUsedMb: reply.heapUsedMb })
      })
      send(child, { type: 'rss' })
    }),
    stop: () => new Promise((resolve) => {
      child.once('exit', () => resolve())
      send(child, { type: 'stop' })
      // A server stuck under load must not hold the benchmark open.
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
    }),
  }
}

function send(child: ChildProcess, message: ServerMessage): void {
  child.send(message)
}
