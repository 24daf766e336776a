import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  browserAvailability, launchBrowser, PROVOKED_STATUS_RE, startServer, visibleText, watchPage, type PageWatch, type RunningServer,
} from './browser.ts'

const availability = browserAvailability()

// Restates a 2025 sentence with only its capitals changed, so that ignoring case visibly removes marks.
const THIRD_YEAR = 'The Group Urged India to End its Repression in IIOJK, Release Political Prisoners, repeal restrictive and draconian laws, '
  + 'and allow Kashmiris to determine their own future under the framework of UN Security Council resolutions.\n'
  + 'It called for an independent fact-finding mission to visit the region in 2026.\n'

describe.runIf(availability.run)('uploading in Chromium', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  let watch: PageWatch

  beforeAll(async () => {
    if (availability.failure) throw new Error(availability.failure)
    server = await startServer()
    browser = await launchBrowser()
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    watch = watchPage(page, server.origin)
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  test('a bad file gets its error beside the form, and nothing is imported', async () => {
    await page.goto(`${server.origin}/`)
    await page.setInputFiles('#upload-file', { name: 'undated.txt', mimeType: 'text/plain', buffer: Buffer.from('A statement without a date.') })
    await page.getByRole('button', { name: 'Import' }).click()
    await expect.poll(() => page.locator('#upload-status [role=alert]').innerText()).toContain('no date')
    expect(page.url()).toBe(`${server.origin}/`)
    expect(await page.locator('ul.documents li').count()).toBe(2)
  })

  test('a third year is imported, opened, and compared', async () => {
    await page.goto(`${server.origin}/`)
    await page.setInputFiles('#upload-file', { name: 'third.txt', mimeType: 'text/plain', buffer: Buffer.from(THIRD_YEAR) })
    await page.fill('#upload-date', '2026-03-01')
    await page.fill('#upload-title', 'Contact Group statement 2026')
    await page.getByRole('button', { name: 'Import' }).click()
    await page.waitForURL(/\/documents\/3$/)
    expect(await page.locator('h1').innerText()).toBe('Contact Group statement 2026')
    await page.getByRole('link', { name: 'Compare with the previous year' }).click()
    await page.waitForURL(/\/compare\?from=2025&to=2026$/)
    expect(await visibleText(page, '#compare-view')).toContain('called for an independent fact-finding mission to visit the region in 2026')

    // Ignoring case takes the marks off the recapitalised words, in place and in the URL.
    const recased = page.locator('#compare-view .pair', { has: page.locator('.cell.from', { hasText: 'repeal restrictive and draconian laws, and allow Kashmiris' }) }).first()
    const marks = () => recased.locator('del, ins').allTextContents()
    expect((await marks()).join(' ')).toContain('Urged')
    await page.check('input[name=ignoreCase]')
    await page.waitForURL(/\/compare\?from=2025&to=2026&ignoreCase=1$/)
    await expect.poll(marks).toEqual([])
    expect(await visibleText(page, '#compare-view')).toContain('The Group Urged India to End its Repression')
    await page.goto(`${server.origin}/`)
    expect(await page.getByRole('link', { name: 'Compare 2025 → 2026' }).count()).toBe(1)
  })

  test('nothing left the origin and the console stayed clean', () => {
    expect(watch.external).toEqual([])
    // The refused upload answers 400 on purpose; the browser's own note about it is not a page error.
    expect(watch.errors.filter((error) => !PROVOKED_STATUS_RE.test(error))).toEqual([])
  })
})
