import { join } from 'node:path'
import { parseArgs } from 'node:util'

export interface BenchArgs {
  quick: boolean
  json: boolean
  /** Where BENCHMARKS.md goes; null for none. A full run writes the repository's, a quick run none. */
  out: string | null
  keep: boolean
  /** Re-render the report from a saved `--json` result instead of measuring (after editing the notes). */
  render: string | null
}

export const USAGE = `usage: npm run bench -- [--quick] [--json] [--out FILE] [--keep]
  --quick     reduced sizes (finishes in under a minute); does not write BENCHMARKS.md unless --out
  --json      print the figures as one JSON object on stdout (progress stays on stderr)
  --out FILE  write the Markdown report to FILE (default for a full run: BENCHMARKS.md)
  --keep      keep the generated corpus and databases (their folder is printed)
  --render F  measure nothing: write the report (--out, default BENCHMARKS.md) from F, a saved --json result
`

const DEFAULT_REPORT = join(import.meta.dirname, '..', 'BENCHMARKS.md')

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      render: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if (values.help) {
    process.stderr.write(USAGE)
    process.exit(0)
  }
  return {
    quick: values.quick,
    json: values.json,
    out: values.out ?? (values.quick && !values.render ? null : DEFAULT_REPORT),
    keep: values.keep,
    render: values.render ?? null,
  }
}
