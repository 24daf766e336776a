import { describe, expect, test } from 'vitest'
import { canonicalSpelling } from '../../src/align/spelling.ts'
import { isStopWord, stemWord } from '../../src/align/stem.ts'
import { tokenizeWords } from '../../src/align/tokenize.ts'

const keys = (text: string) => tokenizeWords(text).filter((token) => !token.stop).map((token) => token.key)

describe('tokenizeWords', () => {
  const rows = [
    { input: 'The just and lasting resolution of disputes', out: ['just', 'last', 'resolut', 'disput'] },
    { input: 'IIOJ&K and IIOJK and I.I.O.J.K', out: ['IIOJK', 'IIOJK', 'IIOJK'] },
    { input: 'the U.S. economy and us', out: ['US', 'economi'] },
    { input: 'India’s right to self-determination', out: ['india', 'right', 'self', 'determin'] },
    { input: 'NGOs in 2019 and 5-1/4 percent', out: ['NGO', 'percent'] },
    { input: 'Türkiye and Turkiye', out: ['turkiy', 'turkiy'] },
    { input: 'the labour of organisations', out: ['labor', 'organ'] },
    { input: 'PRESS RELEASE ON THE MEETING OF MEMBERS', out: ['press', 'releas', 'meet', 'member'] },
  ]
  for (const row of rows) test(row.input, () => expect(keys(row.input)).toEqual(row.out))

  test('marks words that open a sentence or quotation', () => {
    const tokens = tokenizeWords('He said: “Lasting peace” in South Asia.')
    expect(tokens.filter((token) => token.initial).map((token) => token.surface)).toEqual(['He', 'Lasting'])
    expect(tokens.find((token) => token.surface === 'South')).toMatchObject({ capitalised: true, initial: false })
  })
})

describe('stemWord and isStopWord', () => {
  test.each([
    ['resolution', 'resolut'],
    ['solutions', 'solut'],
    ['thanked', 'thank'],
    ['repression', 'repress'],
  ])('%s → %s', (word, stem) => expect(stemWord(word)).toBe(stem))

  test.each([['the', true], ['would', true], ['will', true], ['peace', false], ['just', false]])('%s is a stop word: %s', (word, stop) => {
    expect(isStopWord(word)).toBe(stop)
  })
})

describe('canonicalSpelling', () => {
  test.each([
    ['labour', 'labor'],
    ['organisation', 'organization'],
    ['recognised', 'recognized'],
    ['centre', 'center'],
    ['judgement', 'judgment'],
    ['hour', 'hour'],
    ['four', 'four'],
  ])('%s → %s', (word, out) => expect(canonicalSpelling(word)).toBe(out))
})
