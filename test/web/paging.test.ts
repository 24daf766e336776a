import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { POSITIONS_PER_PAGE, SHIFTS_PER_PAGE } from '../../src/web/compare-view.ts'
import { seededApp, type WebFixture } from './helpers.ts'
import { MANY_POSITIONS, MANY_SERIES, writeManyPositions } from './many-positions.ts'
import { MANY_SHIFTS, MANY_SHIFTS_SERIES, writeManyShifts } from './many-shifts.ts'

let fixture: WebFixture
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-many-'))
  writeManyPositions(dir)
  writeManyShifts(dir)
  fixture = seededApp({}, [dir])
})
afterAll(() => {
  fixture.close()
  rmSync(dir, { recursive: true, force: true })
})

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0
const POSITION_RE = /<section class="position"/g

const MANY = `/compare?from=2021&to=2022&series=${MANY_SERIES}`
const MANY_HREF = MANY.replaceAll('&', '&amp;')

describe('a comparison larger than a page', () => {
  test('renders one page of positions and a link to the next', async () => {
    const html = await (await fixture.app.request(MANY)).text()
    expect(count(html, POSITION_RE)).toBe(POSITIONS_PER_PAGE)
    expect(html).toContain(`href="${MANY_HREF}&amp;page=2"`)
    expect(html).toContain(`hx-get="${MANY_HREF}&amp;page=2&amp;part=rows"`)
  })

  test('the next page comes as rows alone, for htmx to append', async () => {
    const html = await (await fixture.app.request(`${MANY}&page=2&part=rows`)).text()
    expect(html).not.toContain('<html')
    expect(count(html, POSITION_RE)).toBe(MANY_POSITIONS - POSITIONS_PER_PAGE)
    expect(html).not.toContain('class="more"')
  })

  test('without JavaScript, page 2 is a whole page pointing back', async () => {
    const html = await (await fixture.app.request(`${MANY}&page=2`)).text()
    expect(html).toContain('<html')
    expect(html).toContain(`Positions ${POSITIONS_PER_PAGE + 1}–${MANY_POSITIONS} of ${MANY_POSITIONS}`)
    expect(html).toContain('earlier positions')
  })
})

const SHIFT_ROW_RE = /<tr><td><del>/g
const SHIFTS = `/compare?from=2021&to=2022&series=${MANY_SHIFTS_SERIES}`

describe('term shifts, a page at a time', () => {
  test('the page shows the most frequent shifts and a row linking to the rest', async () => {
    const html = await (await fixture.app.request(SHIFTS)).text()
    expect(count(html, SHIFT_ROW_RE)).toBe(SHIFTS_PER_PAGE)
    expect(html).toContain(`Term shifts <span class="count">(${MANY_SHIFTS})</span>`)
    expect(html).toContain(`<tr class="more"><td colspan="4"><a href="/compare?from=2021&amp;to=2022&amp;series=${MANY_SHIFTS_SERIES}&amp;shiftsPage=2"`)
    expect(html).toContain(`hx-get="/compare?from=2021&amp;to=2022&amp;series=${MANY_SHIFTS_SERIES}&amp;shiftsPage=2&amp;part=shifts"`)
  })

  test('the next page comes as table rows alone, for htmx to append', async () => {
    const html = await (await fixture.app.request(`${SHIFTS}&shiftsPage=2&part=shifts`)).text()
    expect(html).not.toContain('<html')
    expect(html).not.toContain('<table')
    expect(html.startsWith('<tr>')).toBe(true)
    expect(count(html, SHIFT_ROW_RE)).toBe(MANY_SHIFTS - SHIFTS_PER_PAGE)
    expect(html).not.toContain('class="more"')
  })

  test('the summary links to every section, with its count', async () => {
    const html = await (await fixture.app.request(SHIFTS)).text()
    expect(html).toContain(`<a href="#shifts-title">Term shifts (${MANY_SHIFTS})</a>`)
    for (const id of ['positions-title', 'removed-title', 'added-title', 'shifts-title']) {
      expect(html).toContain(`href="#${id}"`)
      expect(html).toContain(`id="${id}"`)
    }
  })
})
