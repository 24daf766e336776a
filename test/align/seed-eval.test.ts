import { describe, expect, test } from 'vitest'
import { createAligner } from '../../src/align/index.ts'
import labels from './fixtures/seed-labels.json' with { type: 'json' }
import { scoreLinks, type LinkLabels } from './link-labels.ts'
import { loadSeedDocuments } from './seed-statements.ts'
import { alignWithTfIdf } from './baseline-tfidf.ts'

/** The target, met with 1.00 / 1.00 (bench/eval-align.ts); a drop to 0.9 is a regression. */
const TARGET = 0.9

describe('alignment of the seed documents against the hand labels (no catalogue)', () => {
  const { from, to } = loadSeedDocuments()
  const corpus = [...from.statements, ...to.statements]
  const links = createAligner(corpus).alignDocuments(from.statements, to.statements)
  const score = scoreLinks(labels as LinkLabels, from, to, links)

  test(`precision and recall above ${TARGET}`, () => {
    expect(score.precision).toBeGreaterThan(TARGET)
    expect(score.recall).toBeGreaterThan(TARGET)
  })

  test('the new 2025 statements and the dropped 2023 ones stay unpaired', () => {
    expect(score.unpairedCorrect).toBe(1)
  })

  test('the three ambassadors’ quoted clauses find their 2025 counterparts', () => {
    const missedQuotes = score.missed.filter((label) => ['diplomatic and political solution', 'peace and security will soon be established', 'just comprehensive and lasting solution'].includes(label.from))
    expect(missedQuotes).toEqual([])
  })

  test('beats the plain TF-IDF cosine baseline at any cut-off', () => {
    for (const threshold of [0.05, 0.1, 0.2]) {
      const baseline = scoreLinks(labels as LinkLabels, from, to, alignWithTfIdf(corpus, from.statements, to.statements, threshold))
      expect(score.recall).toBeGreaterThan(baseline.recall)
    }
  })
})
