import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readDocuments } from '../../src/ingest/index.ts'
import { ALIGNMENT_WINDOW } from '../../src/pipeline/update-alignment.ts'
import { importDocuments } from '../../src/pipeline/import-documents.ts'
import { buildCompareReport } from '../../src/report/index.ts'
import { openStore, type Store } from '../../src/store/index.ts'
import { CORPORA_DIR } from '../helpers/seeds.ts'
import { makeTempDir } from '../helpers/temp-db.ts'

const FOMC = join(CORPORA_DIR, 'fomc-december-statements-2015-2024')
const OPTIONS = { ignoreCase: false, ignorePunctuation: false }

describe.runIf(existsSync(FOMC))('alignment window: neighbours at import, the rest on demand', () => {
  let temp: ReturnType<typeof makeTempDir>
  let store: Store
  beforeAll(() => {
    temp = makeTempDir()
    store = openStore(temp.dbPath)
    const documents = readDocuments([FOMC])
    if (!documents.ok) throw new Error(documents.error.message)
    const imported = importDocuments(store, documents.value)
    if (!imported.ok) throw new Error(imported.error.message)
  }, 120_000)
  afterAll(() => {
    store.close()
    temp.cleanup()
  })

  const idOf = (year: number) => store.corpus.listCorpus().find((document) => document.year === year)!.id

  test('an import aligns a document with the nearest documents on each side, not the whole series', () => {
    expect(store.alignment.isAligned(idOf(2015), idOf(2015 + ALIGNMENT_WINDOW))).toBe(true)
    expect(store.alignment.isAligned(idOf(2015), idOf(2015 + ALIGNMENT_WINDOW + 1))).toBe(false)
  })

  test('comparing years further apart aligns them first, once, and restated positions pair up', () => {
    const report = buildCompareReport(store, { kind: 'years', from: 2015, to: 2024 }, OPTIONS)
    expect(report.ok).toBe(true)
    if (!report.ok) return
    expect(store.alignment.isAligned(idOf(2015), idOf(2024))).toBe(true)
    const mandate = report.value.positions.flatMap((position) => position.pairs)
      .find((pair) => pair.from.text.startsWith('Consistent with its statutory mandate'))
    expect(mandate?.to.text).toMatch(/^The Committee seeks to achieve maximum employment and inflation at the rate of 2 percent/)
    const again = buildCompareReport(store, { kind: 'years', from: 2015, to: 2024 }, OPTIONS)
    expect(again.ok && again.value.summary).toEqual(report.value.summary)
  })

  test('positions over ten years stay distinct: at most two statements of one document each', () => {
    const positions = store.alignment.listPositions(store.corpus.listCorpus()[0]!.series)
    expect(positions.length).toBeGreaterThanOrEqual(20)
    for (const position of positions) {
      const perDocument = new Map<number, number>()
      for (const id of position.statementIds) {
        const documentId = store.documents.getStatement(id)!.documentId
        perDocument.set(documentId, (perDocument.get(documentId) ?? 0) + 1)
      }
      expect(Math.max(...perDocument.values())).toBeLessThanOrEqual(2)
    }
  })
})
