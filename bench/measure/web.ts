import autocannon, { type Result } from 'autocannon'
import { log, round } from '../log.ts'
import type { Sizes } from '../sizes.ts'
import { startServer, type ServerHandle } from './server-handle.ts'

export interface PageFigures {
  path: string
  status: number
  /** One request on an idle server. */
  firstMs: number
  bytes: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  requestsPerS: number
  requests: number
  errors: number
  non2xx: number
}

export interface SustainedFigures {
  seconds: number
  requests: number
  errors: number
  non2xx: number
  p99Ms: number
  rssStartMb: number
  rssEndMb: number
  rssPeakMb: number
  heapStartMb: number
  heapEndMb: number
  /** RSS every few seconds, to see whether it levels off or climbs. */
  rssSamplesMb: number[]
}

export interface WebFigures {
  compareP99Ms: number | null
  searchP99Ms: number | null
  compare: PageFigures
  search: PageFigures
  compareApi: PageFigures
  sustained: SustainedFigures
  connections: number
  searchQueries: string[]
}

export interface WebTargets {
  comparePath: string
  compareApiPath: string
  searchPaths: string[]
}

/** Compare page, search and the JSON compare API under 50 connections, then a long mixed run. */
export async function measureWeb(dbPath: string, targets: WebTargets, sizes: Sizes): Promise<WebFigures> {
  const server = await startServer(dbPath)
  try {
    const { connections, pageSeconds } = sizes.web
    const compare = await loadPage(server, [targets.comparePath], connections, pageSeconds)
    const search = await loadPage(server, targets.searchPaths, connections, pageSeconds)
    // Half compare pages, half searches: the two pages issue 7 asks to hold under load.
    const mixed = targets.searchPaths.flatMap((path) => [targets.comparePath, path])
    const sustained = await loadSustained(server, mixed, sizes)
    // Last: its multi-megabyte answers would leave the server's memory inflated for the sustained run.
    const compareApi = await loadPage(server, [targets.compareApiPath], connections, pageSeconds)
    return {
      compareP99Ms: compare.status === 200 ? compare.p99Ms : null,
      searchP99Ms: search.status === 200 ? search.p99Ms : null,
      compare,
      search,
      compareApi,
      sustained,
      connections,
      searchQueries: targets.searchPaths.map((path) => decodeURIComponent(path.replace(/^\/search\?q=/, ''))),
    }
  } finally {
    await server.stop()
  }
}

async function loadPage(server: ServerHandle, paths: string[], connections: number, seconds: number): Promise<PageFigures> {
  const started = performance.now()
  const response = await fetch(server.origin + paths[0])
  const bytes = (await response.arrayBuffer()).byteLength
  const firstMs = performance.now() - started
  log(`web: ${paths[0]} → ${response.status}, ${round(bytes / 1024, 0)} KB in ${round(firstMs, 0)} ms; loading ${seconds} s`)
  const result = await fire(server.origin, paths, connections, seconds)
  log(`web: ${paths[0]} p99 ${result.latency.p99} ms, ${result.requests.total} requests, ${result.errors} errors, ${result.non2xx} non-2xx`)
  return {
    path: paths[0]!,
    status: response.status,
    firstMs: round(firstMs, 1),
    bytes,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requestsPerS: round(result.requests.average, 1),
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
  }
}

async function loadSustained(server: ServerHandle, paths: string[], sizes: Sizes): Promise<SustainedFigures> {
  const { connections, sustainedSeconds, sampleEverySeconds } = sizes.web
  log(`web: sustained mixed load for ${sustainedSeconds} s`)
  const start = await server.memory()
  const samples: number[] = [start.rssMb]
  let sampling = Promise.resolve()
  const timer = setInterval(() => {
    sampling = sampling.then(async () => { samples.push((await server.memory()).rssMb) })
  }, sampleEverySeconds * 1000)
  let result: Result
  try {
    result = await fire(server.origin, paths, connections, sustainedSeconds)
  } finally {
    clearInterval(timer)
  }
  await sampling
  const end = await server.memory()
  samples.push(end.rssMb)
  log(`web: sustained ${result.requests.total} requests, ${result.errors} errors, RSS ${round(start.rssMb, 0)} → ${round(end.rssMb, 0)} MB`)
  return {
    seconds: sustainedSeconds,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    p99Ms: result.latency.p99,
    rssStartMb: round(start.rssMb, 0),
    rssEndMb: round(end.rssMb, 0),
    rssPeakMb: round(Math.max(...samples), 0),
    heapStartMb: round(start.heapUsedMb, 0),
    heapEndMb: round(end.heapUsedMb, 0),
    rssSamplesMb: samples.map((sample) => round(sample, 0)),
  }
}

/** autocannon cycling through the paths, one per request. */
function fire(origin: string, paths: string[], connections: number, seconds: number): Promise<Result> {
  let next = 0
  return autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
  })
}
