import { describe, expect, test, vi } from 'vitest'
import { browserAvailability, CHROMIUM } from './browser.ts'

/** The browser suites run their tests whenever `run` is true and fail at once on a `failure`. */
describe('browserAvailability', () => {
  test('with Chromium present the browser tests run', () => {
    expect(browserAvailability(process.execPath, { CI: 'true' })).toEqual({ run: true, failure: null })
  })

  test('in CI without Chromium they run and fail, naming what is missing', () => {
    const outcome = browserAvailability('/nonexistent/chromium', { CI: 'true' })
    expect(outcome.run).toBe(true)
    expect(outcome.failure).toContain('/nonexistent/chromium is missing')
  })

  test('outside CI without Chromium they are skipped, loudly', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(browserAvailability('/nonexistent/chromium', {})).toEqual({ run: false, failure: null })
    expect(warn.mock.calls[0]?.[0]).toContain('BROWSER TESTS SKIPPED')
    warn.mockRestore()
  })

  test('the suites look for Debian\'s Chromium', () => {
    expect(CHROMIUM).toBe('/usr/bin/chromium')
  })
})
