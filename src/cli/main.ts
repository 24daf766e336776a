import { runCompare, runImport, runList, runShow, runTimeline, type Io } from './commands.ts'
import { parseCommandLine, integerFlag } from './args.ts'
import { UsageError, USAGE } from './usage.ts'
import { RedlineFailure } from '../errors.ts'

/** Parses argv, runs one command; returns the exit code. Errors are one line on stderr. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const { command, positionals, values } = parseCommandLine(argv)
    if (values.help || command === undefined || command === 'help') {
      io.out(USAGE)
      return command === undefined && !values.help ? 2 : 0
    }
    switch (command) {
      case 'import': runImport(positionals, values, io); break
      case 'list': runList(values, io); break
      case 'show': runShow(positionals, values, io); break
      case 'compare': await runCompare(values, io); break
      case 'timeline': await runTimeline(values, io); break
      case 'serve': {
        const { serve } = await import('../web/serve.ts')
        await serve({ dbPath: values.db, port: integerFlag('port', values.port), host: values.host })
        break
      }
      default: throw new UsageError(`unknown command "${command}" (expected import, list, show, compare, timeline or serve; see --help)`)
    }
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`redline: ${error.message}\n`)
      return 2
    }
    if (error instanceof RedlineFailure || (error instanceof Error && 'redline' in error)) {
      process.stderr.write(`redline: ${error.message}\n`)
      return 1
    }
    if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_')) {
      process.stderr.write(`redline: database error: ${error.message}\n`)
      return 1
    }
    throw error
  }
}

