import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { normaliseText } from '../../src/ingest/normalise.ts'
import { segmentText } from '../../src/segment/index.ts'
import type { Segment } from '../../src/types.ts'
import { CORPORA_DIR, readSeedText, SEED_2023, SEED_2025 } from '../helpers/seeds.ts'

const NON_SPACE_RE = /\S/

/** The contract of `segmentText`: ordered, disjoint, trimmed slices covering all non-whitespace. */
function expectCoverage(text: string, segments: Segment[]): void {
  let covered = 0
  let last: Segment | undefined
  for (const segment of segments) {
    expect(segment.start).toBeGreaterThanOrEqual(covered)
    expect(NON_SPACE_RE.test(text.slice(covered, segment.start))).toBe(false)
    expect(segment.text).toBe(text.slice(segment.start, segment.end))
    expect(segment.text).toBe(segment.text.trim())
    expect(segment.text.length).toBeGreaterThan(0)
    if (last) {
      expect(segment.paragraph - last.paragraph).toBeOneOf([0, 1])
      const sameSentence = segment.sentence === last.sentence
      expect(segment.sentence).toBe(sameSentence ? last.sentence : last.sentence + 1)
      expect(segment.clause).toBe(sameSentence ? last.clause + 1 : 0)
    }
    covered = segment.end
    last = segment
  }
  expect(NON_SPACE_RE.test(text.slice(covered))).toBe(false)
}

function firstWords(text: string, count: number): string {
  return text.split(/\s+/).slice(0, count).join(' ')
}

describe('2023 seed', () => {
  const segments = segmentText(readSeedText(SEED_2023))
  const body = segments.filter((segment) => segment.kind !== 'heading')

  test('three headings, then eight sentences of which the last splits into three clauses', () => {
    expect(segments.slice(0, 3).map((segment) => [segment.kind, segment.text])).toEqual([
      ['heading', 'Press Release'],
      ['heading', 'Meeting of the Members of OIC Contact Group'],
      ['heading', 'New York – February 03, 2023'],
    ])
    expect(new Set(body.map((segment) => segment.sentence)).size).toBe(8)
    expect(body).toHaveLength(10)
  })

  test.each([
    { index: 0, start: 'The OIC Contact Group', kind: 'sentence', speaker: null },
    { index: 1, start: 'Ambassador Munir Akram briefed', kind: 'sentence', speaker: 'Munir Akram' },
    { index: 2, start: 'He further stated that', kind: 'sentence', speaker: 'Munir Akram' },
    { index: 3, start: 'He underlined that despite', kind: 'sentence', speaker: 'Munir Akram' },
    { index: 4, start: 'In turn, Pakistan would', kind: 'sentence', speaker: null },
    { index: 5, start: 'Ambassador Munir Akram thanked', kind: 'sentence', speaker: 'Munir Akram' },
    { index: 6, start: 'Earlier in the day,', kind: 'sentence', speaker: null },
    { index: 7, start: 'Those who expressed their', kind: 'clause', speaker: 'Abdulaziz Alwasil' },
    { index: 8, start: 'Ambassador Yashar Aliyev, Permanent', kind: 'clause', speaker: 'Yashar Aliyev' },
    { index: 9, start: 'and Ambassador Feridun Sinirlioğlu,', kind: 'clause', speaker: 'Feridun Sinirlioğlu' },
  ])('body statement $index starts "$start"', ({ index, start, kind, speaker }) => {
    const segment = body[index]!
    expect(firstWords(segment.text, start.split(' ').length)).toBe(start)
    expect(segment.kind).toBe(kind)
    expect(segment.speaker).toBe(speaker)
  })

  test('the quote closed before its full stop stays one sentence, attributed through "He"', () => {
    const segment = body[2]!
    expect(segment.text).toBe('He further stated that IIOJ&K was the “densest occupation in history”.')
    expect(segment.speaker).toBe('Munir Akram')
  })

  test('the three clauses share one sentence and count 0, 1, 2', () => {
    expect(body.slice(7).map((segment) => [segment.sentence, segment.clause])).toEqual([[10, 0], [10, 1], [10, 2]])
  })
})

describe('2025 seed', () => {
  const segments = segmentText(readSeedText(SEED_2025))
  const find = (words: string): Segment => segments.find((segment) => segment.text.includes(words))!

  test('one paragraph per line, 35 sentences, no headings or clauses', () => {
    const perParagraph = segments.reduce<number[]>((counts, segment) => {
      counts[segment.paragraph] = (counts[segment.paragraph] ?? 0) + 1
      return counts
    }, [])
    expect(perParagraph).toEqual([2, 3, 3, 4, 3, 4, 3, 3, 3, 2, 3, 2])
    expect(segments).toHaveLength(35)
    expect(segments.every((segment) => segment.kind === 'sentence')).toBe(true)
  })

  test.each([
    { words: 'Yousef M. Al-Dobeay', start: 'Chaired by OIC', speaker: null },
    { words: 'around 2,800 individuals', start: 'According to UrduPoint,', speaker: null },
    { words: 'commitment to peace is unwavering', start: '“Pakistan’s commitment', speaker: 'Fatemi' },
    { words: 'Lasting peace in South Asia', start: '“Lasting peace', speaker: 'Erdogan' },
    { words: 'He expressed gratitude', start: 'He expressed gratitude', speaker: 'Syed Tariq Fatemi' },
    { words: 'The group urged India', start: 'The group urged', speaker: null },
  ])('"$words" is inside one sentence starting "$start"', ({ words, start, speaker }) => {
    const segment = find(words)
    expect(firstWords(segment.text, start.split(' ').length)).toBe(start)
    expect(segment.speaker).toBe(speaker)
  })

  test('the Fatemi quote runs to its closing quote', () => {
    expect(find('unwavering').text).toMatch(/genuine dialogue\.”$/)
  })
})

describe('coverage', () => {
  test.each([SEED_2023, SEED_2025])('%s', (fileName) => {
    const text = readSeedText(fileName)
    expectCoverage(text, segmentText(text))
  })

  const corpusFiles = existsSync(CORPORA_DIR)
    ? readdirSync(CORPORA_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => readdirSync(join(CORPORA_DIR, entry.name))
        .filter((name) => name.endsWith('.txt'))
        .map((name) => join(entry.name, name)))
    : []
  if (corpusFiles.length === 0) console.warn(`segment coverage: no corpora in ${CORPORA_DIR}, skipped`)

  // Tokens that exercise every rule: abbreviations, initials, quotes, glued stops, blank lines.
  const TOKENS = ['Mr.', 'U.S.', 'M.', 'e.g.', 'No.', '4.5', '2,800', 'word', 'Ambassador', 'Akram', 'said',
    'He', 'who', 'and', ',', ';', '.', '?', '…', '“', '”', '"', ' ', ' ', '\n', '\n\n', '–', 'The', '😀']
  test('random token soup', () => {
    const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((tokens) => tokens.join(''))
    fc.assert(fc.property(soup, (text) => expectCoverage(text, segmentText(text))), { numRuns: 500 })
  })

  test.skipIf(corpusFiles.length === 0).each(corpusFiles)('corpus %s', (file) => {
    const text = normaliseText(readFileSync(join(CORPORA_DIR, file), 'utf8'))
    const segments = segmentText(text)
    expect(segments.length).toBeGreaterThan(0)
    expectCoverage(text, segments)
  })
})
