import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import {
  browserAvailability, launchBrowser, PROVOKED_STATUS_RE, startServer, watchPage, type PageWatch, type RunningServer,
} from './browser.ts'

const availability = browserAvailability()

/** The word marks of the comparison, in order, as a reader sees them. */
const marks = (page: Page) => page.locator('#compare-view del, #compare-view ins').evaluateAll((elements) =>
  elements.map((element) => `${element.tagName}:${element.textContent}`))

describe.runIf(availability.run)('reading in Chromium', () => {
  let server: RunningServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let watch: PageWatch
  /** Set by a test that provokes a refusal on purpose. */
  let provoked = false

  beforeAll(async () => {
    if (availability.failure) throw new Error(availability.failure)
    server = await startServer()
    browser = await launchBrowser()
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    page = await context.newPage()
    watch = watchPage(page, server.origin)
    provoked = false
  })
  afterEach(async () => {
    await context.close()
    // Every test: nothing fetched from anywhere but this server, no console error, no CSP violation.
    expect(watch.external).toEqual([])
    expect(watch.errors.filter((error) => !(provoked && PROVOKED_STATUS_RE.test(error)))).toEqual([])
  })

  test('one click from the home page to the latest comparison, with its marks', async () => {
    await page.goto(`${server.origin}/`)
    await page.getByRole('link', { name: 'Compare 2023 → 2025' }).click()
    await page.waitForURL(`${server.origin}/compare?from=2023&to=2025`)
    expect(await page.locator('#compare-view .cell.from del').count()).toBeGreaterThan(0)
    expect(await page.locator('#compare-view .cell.to ins').count()).toBeGreaterThan(0)
    await expect.poll(() => page.locator('.term-shifts').innerText()).toContain('IIOJ&K')
  })

  test('picking years swaps the view and the address bar follows', async () => {
    await page.goto(`${server.origin}/compare?from=2023&to=2025`)
    provoked = true // 2023 → 2023 is refused (400), and says why
    await page.selectOption('#to-year', '2023')
    await expect.poll(() => page.locator('#compare-view [role=alert]').innerText()).toContain('itself')
    await page.selectOption('#from-year', '2025')
    await page.waitForURL(/\/compare\?from=2025&to=2023$/)
    await expect.poll(() => page.locator('#compare-view h1').innerText()).toMatch(/^2025\s*→?\s*(to)?\s*2023/)
    expect(await page.locator('#compare-view .cell.from del').count()).toBeGreaterThan(0)
  })

  test('toggles go into the URL, and the copied URL reopens the same view', async () => {
    await page.goto(`${server.origin}/compare?from=2023&to=2025`)
    await page.check('input[name=view][value=inline]')
    await page.waitForURL(/view=inline/)
    await page.check('input[name=ignorePunctuation]')
    await page.waitForURL(/\/compare\?from=2023&to=2025&view=inline&ignorePunctuation=1$/)
    await expect.poll(() => page.locator('#rows.inline').count()).toBe(1)
    const view = await marks(page)
    expect(view.length).toBeGreaterThan(0)

    const copy = await context.newPage()
    const copyWatch = watchPage(copy, server.origin)
    await copy.goto(page.url())
    expect(await marks(copy)).toEqual(view)
    expect(await copy.isChecked('input[name=ignorePunctuation]')).toBe(true)
    expect(await copy.isChecked('input[name=view][value=inline]')).toBe(true)
    await page.reload()
    expect(await marks(page)).toEqual(view)
    expect(copyWatch).toEqual({ external: [], errors: [] })

    // Back goes to the previous view, rendered again by the server.
    await page.goBack()
    await page.waitForURL(/\/compare\?from=2023&to=2025&view=inline$/)
    await expect.poll(() => page.isChecked('input[name=ignorePunctuation]')).toBe(false)
  })

  test('a row leads to its position page, and that to the statement in its document', async () => {
    await page.goto(`${server.origin}/compare?from=2023&to=2025`)
    await page.locator('#compare-view .position-label a').first().click()
    await page.waitForURL(/\/positions\/\d+$/)
    expect(await page.locator('.timeline .step').count()).toBeGreaterThanOrEqual(2)
    expect(await page.locator('.timeline').innerText()).toMatch(/2023[\s\S]*2025/)
    const link = page.locator('.timeline .doc-link').last()
    const href = (await link.getAttribute('href'))!
    await link.click()
    await page.waitForURL(`${server.origin}${href}`)
    expect(await page.locator(':target').getAttribute('id')).toBe(href.split('#')[1])
    expect(await page.locator(':target').isVisible()).toBe(true)
  })

  test('search finds "fact-finding mission" as you type, and a hit opens its document', async () => {
    await page.goto(`${server.origin}/search`)
    await page.locator('#q').pressSequentially('fact-finding mission', { delay: 20 })
    await page.waitForURL(/\/search\?q=fact-finding\+mission$/)
    await expect.poll(async () => (await page.locator('#results mark').allInnerTexts()).join(' ')).toContain('mission')
    const hit = page.locator('#results .hit .doc-link').first()
    const href = (await hit.getAttribute('href'))!
    await hit.click()
    await page.waitForURL(`${server.origin}${href}`)
    expect(await page.locator(':target').innerText()).toContain('fact-finding mission')
  })

  test('j lands on the next change and k on the previous', async () => {
    await page.goto(`${server.origin}/compare?from=2023&to=2025`)
    const ids = await page.locator('#compare-view .change').evaluateAll((elements) => elements.map((element) => element.id))
    expect(ids.length).toBeGreaterThan(2)
    const focused = () => page.evaluate(() => document.activeElement?.id)
    await page.keyboard.press('j')
    expect(await focused()).toBe(ids[0])
    await page.keyboard.press('j')
    expect(await focused()).toBe(ids[1])
    await page.keyboard.press('k')
    expect(await focused()).toBe(ids[0])
    expect(await page.locator(`#${ids[0]}`).isVisible()).toBe(true)
  })
})
