#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx redline` works with no build step.
// The project's tsconfig is named explicitly: tsx would otherwise look in the working folder,
// and the JSX settings (Hono's runtime) would be missing when redline runs from anywhere else.
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })
await import('../src/cli.ts')
