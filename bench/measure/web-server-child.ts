/**
 * Child process of the web measurement: Redline's app over a benchmark database, on 127.0.0.1 and
 * a free port. It answers `rss` messages with its memory so the parent can watch it under load.
 */
import { serve } from '@hono/node-server'
import { openStore } from '../../src/store/index.ts'
import { createApp } from '../../src/web/app.tsx'

export type ServerMessage = { type: 'start'; dbPath: string } | { type: 'rss' } | { type: 'stop' }
export type ServerReply = { type: 'listening'; port: number } | { type: 'rss'; rssMb: number; heapUsedMb: number }

let stop: (() => void) | undefined

process.on('message', (message: ServerMessage) => {
  if (message.type === 'start') {
    const store = openStore(message.dbPath)
    const server = serve({ fetch: createApp({ store }).fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      process.send!({ type: 'listening', port: info.port } satisfies ServerReply)
    })
    stop = () => server.close(() => {
      store.close()
      process.disconnect()
    })
  } else if (message.type === 'rss') {
    const memory = process.memoryUsage()
    process.send!({ type: 'rss', rssMb: memory.rss / 1024 / 1024, heapUsedMb: memory.heapUsed / 1024 / 1024 } satisfies ServerReply)
  } else {
    stop?.()
  }
})
