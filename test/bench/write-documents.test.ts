import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createRandom } from '../../bench/corpus/random.ts'
import { generateCorpus } from '../../bench/corpus/synthetic-corpus.ts'
import { renderDocument, writeDocumentCorpus, type DocumentCorpusSummary } from '../../bench/corpus/write-documents.ts'
import { ingestDocument, readDocuments } from '../../src/ingest/index.ts'

let dir: string
let summary: DocumentCorpusSummary

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-bench-docs-'))
  summary = writeDocumentCorpus({ dir, seed: 5, targetBytes: 60_000, yearsPerSeries: 4, statementsPerDocument: 30 })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('writeDocumentCorpus', () => {
  test('writes series of dated documents until the target size is reached', () => {
    expect(summary.bytes).toBeGreaterThanOrEqual(60_000)
    expect(summary.documents).toBeGreaterThan(4)
    expect(readdirSync(dir).sort()).toEqual(Array.from({ length: summary.series }, (_, i) => `series-${String(i + 1).padStart(4, '0')}`))
  })

  test('Redline reads every file with its date, series and title from the front matter', () => {
    const documents = readDocuments([dir])
    if (!documents.ok) throw new Error(documents.error.message)
    expect(documents.value).toHaveLength(summary.documents)
    const first = documents.value[0]!
    expect(first.meta.series).toBe('series-0001')
    expect(first.meta.date).toMatch(/^1990-\d\d-\d\d$/)
    expect(first.meta.title).toMatch(/^Statement of the Ministry of Foreign Affairs of .+ on the international situation, 1990$/)
    const years = documents.value.filter((d) => d.meta.series === 'series-0001').map((d) => d.meta.date.slice(0, 4))
    expect(years).toEqual(['1990', '1991', '1992', '1993'])
  })

  test('a rendered document holds every statement, in order, in paragraphs of three to six', () => {
    const corpus = generateCorpus({ seed: 9, years: [2001], statementsPerYear: 40 })
    const head = { series: 's', issuer: 'Ministry of Foreign Affairs of Chad', date: '2001-03-04', kind: 'statement', random: createRandom(1) }
    const document = ingestDocument('2001-03-04-s.txt', Buffer.from(renderDocument(head, corpus.statements)))
    if (!document.ok) throw new Error(document.error.message)
    const [heading, dateline, ...paragraphs] = document.value.text.split('\n\n')
    expect(heading).toBe('Statement of the Ministry of Foreign Affairs of Chad on the international situation, 2001')
    expect(dateline).toBe('4 March 2001')
    expect(paragraphs.join(' ')).toBe(corpus.statements.map((s) => s.text).join(' '))
    for (const paragraph of paragraphs.slice(0, -1)) {
      const count = corpus.statements.filter((s) => paragraph.includes(s.text)).length
      expect(count).toBeGreaterThanOrEqual(3)
      expect(count).toBeLessThanOrEqual(6)
    }
  })

  test('the same seed writes the same bytes', () => {
    const again = mkdtempSync(join(tmpdir(), 'redline-bench-docs-'))
    try {
      expect(writeDocumentCorpus({ dir: again, seed: 5, targetBytes: 60_000, yearsPerSeries: 4, statementsPerDocument: 30 })).toEqual(summary)
    } finally {
      rmSync(again, { recursive: true, force: true })
    }
  })
})
