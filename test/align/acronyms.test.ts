import { describe, expect, test } from 'vitest'
import { collapseExpansions, findAcronymDefinitions } from '../../src/align/acronyms.ts'
import { tokenizeWords } from '../../src/align/tokenize.ts'

const learn = (...texts: string[]) => findAcronymDefinitions(texts.map(tokenizeWords))

describe('findAcronymDefinitions', () => {
  test('a parenthesised acronym after its expansion', () => {
    expect(learn('The Organization of Islamic Cooperation (OIC) met.').get('OIC')).toEqual(['organ', 'islam', 'cooper'])
  })

  test('an expansion in one text and its acronym, differently punctuated, in another', () => {
    const table = learn('The situation in Indian Illegally Occupied Jammu and Kashmir.', 'IIOJ&K was discussed.')
    expect(table.get('IIOJK')).toEqual(['indian', 'illeg', 'occupi', 'jammu', 'kashmir'])
  })

  test('two-letter acronyms need the whole capitalised run, so "United Nations General Assembly" does not define UN', () => {
    expect(learn('At the United Nations General Assembly.', 'The UN said.').has('UN')).toBe(false)
    expect(learn('At the United Nations today.', 'The UN said.').get('UN')).toEqual(['unit', 'nation'])
  })

  test('capitalised words that spell no acronym of the corpus define nothing', () => {
    expect(learn('Permanent Representative of Pakistan').size).toBe(0)
  })
})

describe('collapseExpansions', () => {
  test('the expansion and the acronym become the same term', () => {
    const table = learn('Indian Illegally Occupied Jammu and Kashmir (IIOJK)')
    const terms = (text: string) => collapseExpansions(tokenizeWords(text), table).map((token) => token.key)
    expect(terms('repression in Indian Illegally Occupied Jammu and Kashmir')).toEqual(['repress', 'IIOJK'])
    expect(terms('repression in IIOJ&K')).toEqual(['repress', 'IIOJK'])
  })
})
