import { cpus, loadavg, platform, release, totalmem } from 'node:os'

export interface Machine {
  cpu: string
  cores: number
  ramGb: number
  os: string
  node: string
  date: string
  /** Load average over the minute before the run: other work on the machine skews every timing. */
  loadAverage: number
}

/** What the figures were measured on: they mean little without it. */
export function describeMachine(): Machine {
  const list = cpus()
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    ramGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    date: new Date().toISOString(),
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  }
}
