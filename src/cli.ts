import { main } from './cli/main.ts'

const code = await main(process.argv.slice(2), { out: (text) => process.stdout.write(text) })
if (code !== 0) process.exitCode = code
