import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { makeTempDir } from '../helpers/temp-db.ts'

export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
const PROJECT_DIR = join(import.meta.dirname, '..', '..')
export const SCREENSHOTS_DIR = join(PROJECT_DIR, 'screenshots')
const SERVING_RE = /serving \d+ documents at http:\/\/[^:]+:(\d+)/

/**
 * Whether the browser tests run here. In CI a missing Chromium is a failure (the suite must not
 * pass by skipping); on a developer machine it is a loud skip.
 */
export function browserAvailability(executable = CHROMIUM, env: NodeJS.ProcessEnv = process.env): { run: boolean; failure: string | null } {
  if (existsSync(executable)) return { run: true, failure: null }
  if (env.CI === 'true') {
    return { run: true, failure: `CI=true but ${executable} is missing: install Debian's chromium so the browser tests can run` }
  }
  console.warn(`\n${'!'.repeat(78)}\n!! BROWSER TESTS SKIPPED: ${executable} not found. Install chromium (apt-get install chromium)\n!! to run the end-to-end tests; in CI (CI=true) this is a failure, not a skip.\n${'!'.repeat(78)}\n`)
  return { run: false, failure: null }
}

export interface RunningServer {
  origin: string
  stop: () => Promise<void>
}

/**
 * `redline serve` as a user starts it, in its own process, on 127.0.0.1 and a port the system
 * picks, over a fresh database that it fills from documents/ on start (after `redline import`
 * of any extra folders).
 */
export async function startServer(folders: string[] = []): Promise<RunningServer> {
  const temp = makeTempDir()
  const cli = join(PROJECT_DIR, 'bin', 'redline.js')
  if (folders.length > 0) execFileSync(process.execPath, [cli, 'import', ...folders, '--db', temp.dbPath], { cwd: PROJECT_DIR, stdio: 'pipe' })
  const child: ChildProcess = spawn(process.execPath, [cli, 'serve', '--db', temp.dbPath, '--port', '0', '--host', '127.0.0.1'], {
    cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, REDLINE_TOKEN: '' },
  })
  let output = ''
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = SERVING_RE.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    }
    child.stderr!.on('data', read)
    child.stdout!.on('data', read)
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      temp.cleanup()
    },
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

/** What a page did that it must not: requests off the origin, console errors, uncaught exceptions. */
export interface PageWatch {
  external: string[]
  errors: string[]
}

export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { external: [], errors: [] }
  page.on('request', (request) => {
    const url = request.url()
    if (/^(https?|wss?|ftp):/i.test(url) && !url.startsWith(`${origin}/`)) watch.external.push(url)
  })
  page.on('console', (message) => { if (message.type() === 'error') watch.errors.push(message.text()) })
  page.on('pageerror', (error) => watch.errors.push(String(error)))
  return watch
}

/** What a sighted reader sees of an element: its text without the screen-reader-only words. */
export function visibleText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((element) => {
    const copy = element.cloneNode(true) as Element
    for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove()
    return (copy.textContent ?? '').replace(/\s+/g, ' ')
  })
}

/** A refusal the test provokes on purpose: Chromium logs the 4xx response itself as a console error. */
export const PROVOKED_STATUS_RE = /the server responded with a status of 4\d\d/

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true })
}
