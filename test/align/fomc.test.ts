import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createAligner } from '../../src/align/index.ts'
import { CORPORA_DIR } from '../helpers/seeds.ts'
import labels from './fixtures/fomc-labels.json' with { type: 'json' }
import { checkFomcComparison, loadCorpusDocument, type FomcComparison } from './fomc-check.ts'

/** bench/eval-align.ts finds all 32 with no link elsewhere; one miss or stray link is tolerated. */
const MIN_FOUND_SHARE = 0.95
const MAX_LINKS_ELSEWHERE = 1

describe('FOMC statements: restated paragraphs align, unrelated ones do not', () => {
  const results = (labels.comparisons as FomcComparison[]).map((comparison) => {
    const files = readdirSync(join(CORPORA_DIR, comparison.corpus)).filter((file) => file.endsWith('.txt')).sort()
    const documents = files.map((file, index) => loadCorpusDocument(comparison.corpus, file, index + 1))
    const [from, to] = [documents[files.indexOf(comparison.from)]!, documents[files.indexOf(comparison.to)]!]
    const links = createAligner(documents.flatMap((document) => document.statements)).alignDocuments(from.statements, to.statements)
    return checkFomcComparison(comparison, from, to, links)
  })

  test(`finds at least ${MIN_FOUND_SHARE * 100}% of the labelled restatements`, () => {
    const found = results.reduce((sum, result) => sum + result.found, 0)
    const required = results.reduce((sum, result) => sum + result.required, 0)
    expect(found / required).toBeGreaterThanOrEqual(MIN_FOUND_SHARE)
  })

  test('links no labelled unrelated pair, and few labelled statements to anything else', () => {
    expect(results.flatMap((result) => result.forbiddenLinks)).toEqual([])
    expect(results.flatMap((result) => result.strayLinks).length).toBeLessThanOrEqual(MAX_LINKS_ELSEWHERE)
  })

  test.each(['Consistent with its statutory mandate', 'Voting for the'])('"%s…" aligns in every labelled pair that has it', (opening) => {
    for (const result of results) {
      const label = result.comparison.align.find((entry) => entry.from.startsWith(opening))
      if (label) expect(result.missed).not.toContain(label.from)
    }
  })
})
