import { main } from './cli/main.ts'

// `redline compare … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const code = await main(process.argv.slice(2), { out: (text) => process.stdout.write(text) })
if (code !== 0) process.exitCode = code
