import { parseArgs } from 'node:util'
import { UsageError } from './usage.ts'

const OPTIONS = {
  db: { type: 'string' },
  date: { type: 'string' },
  title: { type: 'string' },
  issuer: { type: 'string' },
  series: { type: 'string' },
  kind: { type: 'string' },
  json: { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  'from-doc': { type: 'string' },
  'to-doc': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'ignore-case': { type: 'boolean' },
  'ignore-punctuation': { type: 'boolean' },
  position: { type: 'string' },
  all: { type: 'boolean' },
  port: { type: 'string' },
  host: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

export type CliValues = ReturnType<typeof parse>['values']

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
}

export function parseCommandLine(argv: string[]): { command: string | undefined; positionals: string[]; values: CliValues } {
  try {
    const { values, positionals } = parse(argv)
    return { command: positionals[0], positionals: positionals.slice(1), values }
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!)
  }
}

/** A whole positive number from a flag, or a usage error naming the flag. */
export function integerFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number, got "${value}"`)
  return Number(value)
}
