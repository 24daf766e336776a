import { describe, expect, test } from 'vitest'
import { generateCorpus, statementsOfYear, truthPairs, type SyntheticCorpus } from '../../bench/corpus/synthetic-corpus.ts'
import { PLACES, RENAMES } from '../../bench/corpus/places.ts'

const YEARS = [2021, 2022, 2023]
const corpus: SyntheticCorpus = generateCorpus({ seed: 42, years: YEARS, statementsPerYear: 400, dropShare: 0.15 })
const byId = new Map(corpus.statements.map((statement) => [statement.id, statement]))

describe('generateCorpus', () => {
  test('the same seed gives the same corpus, another seed another one', () => {
    const again = generateCorpus({ seed: 42, years: YEARS, statementsPerYear: 400, dropShare: 0.15 })
    expect(again.statements).toEqual(corpus.statements)
    const other = generateCorpus({ seed: 43, years: YEARS, statementsPerYear: 400, dropShare: 0.15 })
    expect(other.statements.map((s) => s.text)).not.toEqual(corpus.statements.map((s) => s.text))
  })

  test('every year has the requested number of statements, ids unique and counting up', () => {
    for (const year of YEARS) expect(statementsOfYear(corpus, year)).toHaveLength(400)
    expect(corpus.statements.map((s) => s.id)).toEqual(corpus.statements.map((_, index) => index + 1))
  })

  test('no position appears twice in one year', () => {
    for (const year of YEARS) {
      const positions = statementsOfYear(corpus, year).map((s) => s.positionId)
      expect(new Set(positions).size).toBe(positions.length)
    }
  })

  test('a restatement points at the previous year\'s statement of the same position', () => {
    for (const statement of corpus.statements) {
      if (statement.restates === null) continue
      const previous = byId.get(statement.restates)!
      expect(previous.positionId).toBe(statement.positionId)
      expect(YEARS.indexOf(previous.year)).toBe(YEARS.indexOf(statement.year) - 1)
    }
  })

  test('the first year is all new; later years drop the requested share and add as many', () => {
    expect(statementsOfYear(corpus, 2021).every((s) => s.restates === null)).toBe(true)
    for (const year of [2022, 2023]) {
      const statements = statementsOfYear(corpus, year)
      expect(statements.filter((s) => s.restates === null)).toHaveLength(60)
      expect(statements.filter((s) => s.restates !== null)).toHaveLength(340)
    }
  })

  test('new positions get fresh position ids and have no partner in the previous year', () => {
    const earlier = new Set(statementsOfYear(corpus, 2022).map((s) => s.positionId))
    const fresh = statementsOfYear(corpus, 2023).filter((s) => s.restates === null)
    for (const statement of fresh) expect(earlier.has(statement.positionId)).toBe(false)
  })

  test('restatements are paraphrased: most change wording, some stay verbatim, every edit kind occurs', () => {
    const restated = corpus.statements.filter((s) => s.restates !== null)
    const changed = restated.filter((s) => s.text !== byId.get(s.restates!)!.text)
    expect(changed.length / restated.length).toBeGreaterThan(0.6)
    expect(changed.length).toBeLessThan(restated.length)
    const kinds = new Set(restated.flatMap((s) => s.edits))
    for (const kind of ['synonym', 'insert', 'delete', 'reorder', 'rephrase']) expect(kinds).toContain(kind)
  })

  test('a restatement keeps its place names, renamed ones in their new spelling', () => {
    const renamed = new Map(RENAMES.map(({ from, to }) => [from, to]))
    const namesIn = (text: string) => PLACES.filter((place) => new RegExp(`\\b${place}\\b`).test(text))
    for (const statement of corpus.statements.filter((s) => s.restates !== null)) {
      const before = namesIn(byId.get(statement.restates!)!.text).map((place) => renamed.get(place) ?? place)
      for (const place of before) expect(statement.text).toContain(place)
    }
  })

  test('statements read as sentences: capital first, full stop last, no doubled spaces', () => {
    for (const { text } of corpus.statements) expect(text).toMatch(/^[A-Z][^]*[^ ]\.$/)
    expect(corpus.statements.some((s) => s.text.includes('  '))).toBe(false)
  })
})

describe('truthPairs', () => {
  test('every truth pair links statements of the two years that share a position', () => {
    const pairs = truthPairs(corpus, 2021, 2023)
    expect(pairs.length).toBeGreaterThan(0)
    for (const pair of pairs) {
      const from = byId.get(pair.fromId)!
      const to = byId.get(pair.toId)!
      expect([from.year, to.year]).toEqual([2021, 2023])
      expect(from.positionId).toBe(to.positionId)
    }
  })

  test('consecutive years: one pair per restatement, none for new or dropped statements', () => {
    const pairs = truthPairs(corpus, 2022, 2023)
    expect(pairs).toHaveLength(340)
    const paired = new Set(pairs.flatMap((pair) => [pair.fromId, pair.toId]))
    for (const statement of statementsOfYear(corpus, 2023)) {
      expect(paired.has(statement.id)).toBe(statement.restates !== null)
    }
    const restatedLater = new Set(statementsOfYear(corpus, 2023).map((s) => s.restates))
    for (const statement of statementsOfYear(corpus, 2022)) {
      expect(paired.has(statement.id)).toBe(restatedLater.has(statement.id))
    }
  })

  test('pairs are one-to-one', () => {
    const pairs = truthPairs(corpus, 2021, 2022)
    expect(new Set(pairs.map((p) => p.fromId)).size).toBe(pairs.length)
    expect(new Set(pairs.map((p) => p.toId)).size).toBe(pairs.length)
  })
})
