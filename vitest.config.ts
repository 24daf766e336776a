import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and CLI tests start processes; two workers match the two cores machines here have.
    maxWorkers: 2,
  },
})
