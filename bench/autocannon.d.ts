/** The part of autocannon's programmatic API the benchmark uses (it ships no types). */
declare module 'autocannon' {
  export interface Histogram {
    average: number
    max: number
    p50: number
    p90: number
    p99: number
  }
  export interface RawRequest {
    path?: string
    method?: string
  }
  export interface Options {
    url: string
    connections?: number
    duration?: number
    timeout?: number
    requests?: Array<{ path?: string; setupRequest?: (request: RawRequest) => RawRequest }>
  }
  export interface Result {
    latency: Histogram
    requests: Histogram & { total: number }
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    duration: number
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
