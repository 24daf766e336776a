import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { POSITIONS_PER_PAGE, SHIFTS_PER_PAGE } from '../../src/web/compare-view.ts'
import { schemaErrors, validateCompareReport } from '../report/schema.ts'
import type { CompareReport } from '../../src/types.ts'
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
    expect(count(html, SHIFT_ROW_RE)).toBe(SHIFTS_PER_PAGE.first)
    expect(html).toContain(`Term shifts <span class="count">(${MANY_SHIFTS})</span>`)
    expect(html).toContain(`<tr class="more"><td colspan="4"><a href="/compare?from=2021&amp;to=2022&amp;series=${MANY_SHIFTS_SERIES}&amp;shiftsPage=2"`)
    expect(html).toContain(`hx-get="/compare?from=2021&amp;to=2022&amp;series=${MANY_SHIFTS_SERIES}&amp;shiftsPage=2&amp;part=shifts"`)
  })

  test('the next page comes as table rows alone, for htmx to append', async () => {
    const html = await (await fixture.app.request(`${SHIFTS}&shiftsPage=2&part=shifts`)).text()
    expect(html).not.toContain('<html')
    expect(html).not.toContain('<table')
    expect(html.startsWith('<tr>')).toBe(true)
    expect(count(html, SHIFT_ROW_RE)).toBe(MANY_SHIFTS - SHIFTS_PER_PAGE.first)
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

describe('/api/compare, a window at a time', () => {
  const API = `/api/compare?from=2021&to=2022&series=${MANY_SERIES}`

  test('a window is a report of the schema, with a link to the next while more follow', async () => {
    const res = await fixture.app.request(`${API}&limit=15`)
    const report = await res.json() as CompareReport
    expect(validateCompareReport(report), schemaErrors(validateCompareReport)).toBe(true)
    expect(report.positions).toHaveLength(15)
    expect(report.summary.persistent).toBe(MANY_POSITIONS)
    expect(res.headers.get('Link')).toBe(`</api/compare?from=2021&to=2022&series=${MANY_SERIES}&limit=15&offset=15>; rel="next"`)
  })

  test('following the links gives every item of the whole report, once, in order', async () => {
    const whole = await (await fixture.app.request(`${API}&limit=1000`)).json() as CompareReport
    expect(whole.positions).toHaveLength(MANY_POSITIONS)
    const joined: CompareReport = { ...whole, positions: [], added: [], removed: [], termShifts: [] }
    let next: string | undefined = `${API}&limit=15`
    let windows = 0
    while (next) {
      const res = await fixture.app.request(next)
      const window = await res.json() as CompareReport
      expect(window.summary).toEqual(whole.summary)
      for (const list of ['positions', 'added', 'removed', 'termShifts'] as const) (joined[list] as unknown[]).push(...window[list])
      next = /^<([^>]+)>; rel="next"$/.exec(res.headers.get('Link') ?? '')?.[1]
      windows++
    }
    expect(windows).toBe(Math.ceil(MANY_POSITIONS / 15))
    expect(joined).toEqual(whole)
  })

  test('a report that fits in the default window comes whole, with no link', async () => {
    const res = await fixture.app.request(API)
    expect(res.headers.get('Link')).toBeNull()
    expect((await res.json() as CompareReport).positions).toHaveLength(MANY_POSITIONS)
  })

  test.each(['limit=0', 'limit=1001', 'limit=x', 'offset=-1', 'offset=a'])('%s is a 400 naming the parameter', async (param) => {
    const res = await fixture.app.request(`${API}&${param}`)
    expect(res.status).toBe(400)
    expect((await res.json()).error).toContain(param.split('=')[0])
  })
})
