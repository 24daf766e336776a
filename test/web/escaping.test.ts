import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'parse5'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { seededApp, type WebFixture } from './helpers.ts'

const HOSTILE = `---
title: <script>alert("title")</script> & "quotes" <img src=x onerror=alert(1)>
date: 2024-05-01
issuer: <b onmouseover=alert(1)>Issuer</b>
series: oic-contact-group-kashmir
source_url: javascript:alert(1)
---
Ambassador <script>alert(1)</script> Akram said that “the </p><img src=x onerror=alert(2)> dialogue must continue”.

The right to self-determination <iframe src=javascript:alert(3)></iframe> as prescribed by UN Security Council resolutions remains.
`

interface Node { nodeName: string; tagName?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Node[]; value?: string; content?: Node }

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node)
  for (const child of node.childNodes ?? []) walk(child, visit)
  if (node.content) walk(node.content, visit)
}

/** What an HTML parser (as a browser would) finds executable or dangerous in a page. */
function dangers(html: string): string[] {
  const found: string[] = []
  walk(parse(html) as unknown as Node, (node) => {
    if (!node.tagName) return
    const attrs = node.attrs ?? []
    const src = attrs.find((attr) => attr.name === 'src')?.value
    if (node.tagName === 'script' && !['/assets/htmx.js', '/assets/app.js'].includes(src ?? '')) found.push(`script ${src ?? 'inline'}`)
    if (['img', 'iframe', 'object', 'embed'].includes(node.tagName)) found.push(node.tagName)
    for (const attr of attrs) {
      if (/^on/i.test(attr.name)) found.push(`${node.tagName}[${attr.name}]`)
      if (/^\s*javascript:/i.test(attr.value)) found.push(`${node.tagName}[${attr.name}=${attr.value}]`)
      if (attr.name === 'style') found.push(`${node.tagName}[style]`)
    }
  })
  return found
}

function text(html: string): string {
  let out = ''
  walk(parse(html) as unknown as Node, (node) => { if (node.nodeName === '#text') out += node.value })
  return out
}

let fixture: WebFixture
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-hostile-'))
  writeFileSync(join(dir, 'hostile.md'), HOSTILE)
  fixture = seededApp({}, [DOCUMENTS_DIR, dir])
})
afterAll(() => {
  fixture.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('hostile text is shown as text on every page', () => {
  const pages = () => {
    const hostile = fixture.store.corpus.listCorpus().find((entry) => entry.year === 2024)!
    const positions = [...fixture.store.statementPositions.positionsOfDocument(hostile.id).values()].flat()
    return [
      '/', `/documents/${hostile.id}`, '/compare?from=2023&to=2024', '/compare?from=2024&to=2025&view=inline',
      `/compare?fromDoc=1&toDoc=${hostile.id}`, '/search?q=script', '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '/trends?terms=%3Cscript%3E,dialogue', ...positions.map((position) => `/positions/${position.id}`),
      '/compare?from=2023&to=%3Cscript%3E',
    ]
  }

  test('the hostile document was imported and aligned', () => {
    const hostile = fixture.store.corpus.listCorpus().find((entry) => entry.year === 2024)
    expect(hostile?.title).toContain('<script>')
    expect(fixture.store.statementPositions.positionsOfDocument(hostile!.id).size).toBeGreaterThan(0)
  })

  test('no page carries a script, handler, frame or javascript: URL of the document', async () => {
    for (const url of pages()) {
      const html = await (await fixture.app.request(url)).text()
      expect(dangers(html), url).toEqual([])
    }
  })

  test('the title and text read as written', async () => {
    const hostile = fixture.store.corpus.listCorpus().find((entry) => entry.year === 2024)!
    const page = text(await (await fixture.app.request(`/documents/${hostile.id}`)).text())
    expect(page).toContain('<script>alert("title")</script> & "quotes" <img src=x onerror=alert(1)>')
    expect(page).toContain('Ambassador <script>alert(1)</script> Akram')
    expect(page).toContain('javascript:alert(1)') // the source URL, as text and not as a link
    const search = text(await (await fixture.app.request('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text())
    expect(search).toContain('<script>alert(1)</script>')
  })
})
