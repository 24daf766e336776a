import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { POSITIONS_PER_PAGE } from '../../src/web/compare-view.ts'
import { MANY_POSITIONS, MANY_SERIES, writeManyPositions } from '../web/many-positions.ts'
import { browserAvailability, launchBrowser, startServer, watchPage, type PageWatch, type RunningServer } from './browser.ts'

const availability = browserAvailability()

describe.runIf(availability.run)('a long comparison in Chromium', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  let watch: PageWatch
  let dir: string

  beforeAll(async () => {
    if (availability.failure) throw new Error(availability.failure)
    dir = mkdtempSync(join(tmpdir(), 'redline-many-'))
    writeManyPositions(dir)
    server = await startServer([dir])
    browser = await launchBrowser()
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    watch = watchPage(page, server.origin)
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  test('shows a page of positions, and "more" appends the next in place', async () => {
    await page.goto(`${server.origin}/compare?from=2021&to=2022&series=${MANY_SERIES}`)
    const positions = page.locator('#compare-view section.position')
    expect(await positions.count()).toBe(POSITIONS_PER_PAGE)
    await page.locator('#compare-view .more a').click()
    await expect.poll(() => positions.count()).toBe(MANY_POSITIONS)
    expect(await page.locator('#compare-view .more').count()).toBe(0)
    // Appending is not navigating: the address stays on the view.
    expect(page.url()).toBe(`${server.origin}/compare?from=2021&to=2022&series=${MANY_SERIES}`)
    await page.keyboard.press('j')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('change'))).toBe(true)
    expect(watch).toEqual({ external: [], errors: [] })
  })
})
