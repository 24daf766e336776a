import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { POSITIONS_PER_PAGE } from '../../src/web/compare-view.ts'
import { seededApp, type WebFixture } from './helpers.ts'
import { MANY_POSITIONS, writeManyPositions } from './many-positions.ts'

let fixture: WebFixture
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-many-'))
  writeManyPositions(dir)
  fixture = seededApp({}, [dir])
})
afterAll(() => {
  fixture.close()
  rmSync(dir, { recursive: true, force: true })
})

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0
const POSITION_RE = /<section class="position"/g

describe('a comparison larger than a page', () => {
  test('renders one page of positions and a link to the next', async () => {
    const html = await (await fixture.app.request('/compare?from=2021&to=2022')).text()
    expect(count(html, POSITION_RE)).toBe(POSITIONS_PER_PAGE)
    expect(html).toContain('href="/compare?from=2021&amp;to=2022&amp;page=2"')
    expect(html).toContain('hx-get="/compare?from=2021&amp;to=2022&amp;page=2&amp;part=rows"')
  })

  test('the next page comes as rows alone, for htmx to append', async () => {
    const html = await (await fixture.app.request('/compare?from=2021&to=2022&page=2&part=rows')).text()
    expect(html).not.toContain('<html')
    expect(count(html, POSITION_RE)).toBe(MANY_POSITIONS - POSITIONS_PER_PAGE)
    expect(html).not.toContain('class="more"')
  })

  test('without JavaScript, page 2 is a whole page pointing back', async () => {
    const html = await (await fixture.app.request('/compare?from=2021&to=2022&page=2')).text()
    expect(html).toContain('<html')
    expect(html).toContain(`Positions ${POSITIONS_PER_PAGE + 1}–${MANY_POSITIONS} of ${MANY_POSITIONS}`)
    expect(html).toContain('earlier positions')
  })
})
