import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  browserAvailability, launchBrowser, PROVOKED_STATUS_RE, screenshot, startServer, watchPage, type RunningServer,
} from './browser.ts'

const availability = browserAvailability()
const WIDTHS = [{ name: 'desktop', width: 1280 }, { name: 'phone', width: 390 }]

/** Every page at desktop and phone width, into screenshots/ (gitignored), for a person to look at. */
describe.runIf(availability.run)('screenshots', () => {
  let server: RunningServer
  let browser: Browser
  let pages: Array<{ name: string; path: string }>

  beforeAll(async () => {
    if (availability.failure) throw new Error(availability.failure)
    server = await startServer()
    browser = await launchBrowser()
    const report = await (await fetch(`${server.origin}/api/compare?from=2023&to=2025`)).json() as { positions: Array<{ id: number; status: string; pairs: unknown[] }> }
    const position = report.positions.find((entry) => entry.status === 'persistent' && entry.pairs.length > 0) ?? report.positions[0]!
    pages = [
      { name: 'home', path: '/' },
      { name: 'compare', path: '/compare?from=2023&to=2025' },
      { name: 'compare-inline', path: '/compare?from=2023&to=2025&view=inline&ignoreCase=1' },
      { name: 'compare-substantive', path: '/compare?from=2023&to=2025&substantive=1&threshold=20&ignoreWords=the%2C+and' },
      { name: 'position', path: `/positions/${position.id}` },
      { name: 'document', path: '/documents/2#s40' },
      { name: 'search', path: '/search?q=%22fact-finding+mission%22' },
      { name: 'trends', path: '/trends?terms=self-determination%2C+dialogue%2C+ceasefire%2C+IIOJK' },
      { name: 'not-found', path: '/documents/999' },
    ]
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  for (const { name: size, width } of WIDTHS) {
    test(`every page at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 })
      const page = await context.newPage()
      const watch = watchPage(page, server.origin)
      for (const { name, path } of pages) {
        const res = await page.goto(`${server.origin}${path}`)
        expect(res?.status(), path).toBe(name === 'not-found' ? 404 : 200)
        await screenshot(page, `${name}-${size}`)
      }
      await context.close()
      expect(watch.external).toEqual([])
      expect(watch.errors.filter((error) => !PROVOKED_STATUS_RE.test(error))).toEqual([]) // the not-found page answers 404 on purpose
    })
  }

  test('the compare page in dark mode and as printed', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' })
    const page = await context.newPage()
    await page.goto(`${server.origin}/compare?from=2023&to=2025`)
    await screenshot(page, 'compare-dark-desktop')
    await page.emulateMedia({ media: 'print', colorScheme: 'light' })
    await screenshot(page, 'compare-print')
    await page.goto(`${server.origin}/documents/1`)
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' })
    await screenshot(page, 'document-dark-desktop')
    await context.close()
  })
})
