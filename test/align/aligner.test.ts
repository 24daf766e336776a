import { describe, expect, test } from 'vitest'
import { createCandidateIndex } from '../../src/align/candidates.ts'
import { buildCorpusModel } from '../../src/align/corpus-model.ts'
import { createAligner } from '../../src/align/index.ts'
import type { AlignInput } from '../../src/types.ts'

let nextId = 1
const statements = (documentId: number, texts: string[], kind: AlignInput['kind'] = 'sentence'): AlignInput[] =>
  texts.map((text) => ({ id: nextId++, documentId, year: 2000 + documentId, text, kind, speaker: null }))

describe('alignDocuments', () => {
  const earlier = statements(1, [
    'The group reaffirmed the right to self-determination as prescribed by the Security Council resolutions.',
    'The meeting thanked the hosts for their hospitality.',
    'Arbitrary arrests continued in the territory.',
  ])
  const later = statements(2, [
    'Members reaffirmed the inalienable right to self-determination of the people.',
    'The people must decide in accordance with the Security Council resolutions of the United Nations.',
    'The group again reaffirmed the right to self-determination.',
    'A ceasefire was announced in May.',
  ])
  const aligner = createAligner([...earlier, ...later])
  const links = aligner.alignDocuments(earlier, later)
  const linked = (from: AlignInput, to: AlignInput) => links.some((link) => link.fromId === from.id && link.toId === to.id)

  test('a statement carrying two positions links to the restatement of each', () => {
    expect(linked(earlier[0]!, later[1]!)).toBe(true)
    expect(linked(earlier[0]!, later[0]!) || linked(earlier[0]!, later[2]!)).toBe(true)
  })

  test('otherwise one counterpart: two restatements of the same content do not both link', () => {
    expect(linked(earlier[0]!, later[0]!) && linked(earlier[0]!, later[2]!)).toBe(false)
  })

  test('statements without counterpart stay unlinked', () => {
    expect(links.filter((link) => link.fromId === earlier[1]!.id || link.fromId === earlier[2]!.id)).toEqual([])
    expect(links.filter((link) => link.toId === later[3]!.id)).toEqual([])
  })

  test('headings are never aligned', () => {
    const headings = statements(3, ['Press Release'], 'heading')
    const copies = statements(4, ['Press Release'], 'heading')
    expect(createAligner([...headings, ...copies]).alignDocuments(headings, copies)).toEqual([])
  })

  test('a catalogue cue links statements that share it, whatever the rest of their wording', () => {
    const before = statements(5, ['The delegation raised the matter of enforced disappearances in the valley.'])
    const after = statements(6, ['Families of the disappeared staged a protest.', 'Enforced disappearances were again reported by monitors.'])
    const catalogue = [{ label: 'Enforced disappearances', cues: ['enforced disappearance'] }]
    const withCatalogue = createAligner([...before, ...after], catalogue).alignDocuments(before, after)
    expect(withCatalogue.map((link) => link.toId)).toContain(after[1]!.id)
  })
})

describe('candidate index', () => {
  test('only statements sharing a weighty term are candidates', () => {
    const later = statements(7, ['Inflation rose sharply.', 'The ceasefire held.', 'Inflation and unemployment fell.', 'Talks resumed in Geneva.'])
    const model = buildCorpusModel(later)
    const index = createCandidateIndex(later.map((statement) => model.prepare(statement)))
    const query = model.prepare({ id: 999, text: 'Inflation is expected to rise.', speaker: null })
    expect(index.candidatesFor(query, 10).map((at) => later[at]!.text).sort()).toEqual(['Inflation and unemployment fell.', 'Inflation rose sharply.'])
  })
})

describe('competitive linking and names', () => {
  // Filler: the Council frames the series, and a place named by a few statements identifies them.
  const filler = statements(8, Array.from({ length: 150 }, (_, at) => `The Council reviewed agenda item ${at} on procedure.`))

  test('a statement links to its paraphrase, not to the near-copy that restates another statement', () => {
    const earlier = statements(9, ['The Council praised debt relief for Chile.', 'The Council praised debt relief for Nepal.'])
    const later = statements(10, ['The Council applauded relieving the debt burden of Chile.', 'The Council praised debt relief for Nepal.'])
    // No filler: in four statements both places are framing names, so the names alone do not decide.
    const links = createAligner([...earlier, ...later]).alignDocuments(earlier, later)
    expect(links.map((link) => [link.fromId, link.toId])).toEqual([[earlier[0]!.id, later[0]!.id], [earlier[1]!.id, later[1]!.id]])
  })

  test('the same wording about another place is not a restatement, unless the place was renamed', () => {
    const earlier = statements(11, ['The Council welcomed the ceasefire agreed in Sudan.', 'The Council welcomed the ceasefire agreed in Burma.', 'Sudan and Yemen met.'])
    const later = statements(12, ['The Council welcomed the ceasefire agreed in Yemen.', 'The Council welcomed the ceasefire agreed in Myanmar.', 'Sudan and Yemen met again.'])
    // Both documents name Sudan and Yemen; Burma and Myanmar each appear in one document only.
    const links = createAligner([...filler, ...earlier, ...later]).alignDocuments(earlier, later)
    expect(links.map((link) => [link.fromId, link.toId])).toEqual([[earlier[1]!.id, later[1]!.id], [earlier[2]!.id, later[2]!.id]])
  })

  test('the same wording about another pair of places is not a restatement, though one place stays', () => {
    const earlier = statements(13, ['The Council welcomed the talks between India and Pakistan.', 'India, Pakistan and China met.'])
    const later = statements(14, ['The Council welcomed the talks between India and China.', 'India, Pakistan and China met again.'])
    const links = createAligner([...filler, ...earlier, ...later]).alignDocuments(earlier, later)
    expect(links.map((link) => [link.fromId, link.toId])).toEqual([[earlier[1]!.id, later[1]!.id]])
  })

  test('a place named in many statements still tells positions apart', () => {
    // Sudan is in a tenth of the statements, a framing name; Yemen is rare.
    const frequent = statements(15, Array.from({ length: 20 }, (_, at) => `The Council reviewed report ${at} on Sudan.`))
    const earlier = statements(16, ['The Council welcomed the ceasefire agreed in Sudan.', 'Sudan and Yemen met.'])
    const later = statements(17, ['The Council welcomed the ceasefire agreed in Yemen.', 'Sudan and Yemen met again.'])
    const links = createAligner([...filler, ...frequent, ...earlier, ...later]).alignDocuments(earlier, later)
    expect(links.map((link) => [link.fromId, link.toId])).toEqual([[earlier[1]!.id, later[1]!.id]])
  })

  test('a formula closing many sentences of a document restates no position', () => {
    const closing = ', in close consultation with regional partners.'
    const pair = (documentId: number) => statements(documentId, [`The Council welcomed the ceasefire${closing}`, `The Council recalled the famine${closing}`])
    const once = pair(18)
    const others = statements(18, ['debt relief', 'free elections', 'mine clearance'].map((topic) => `The Council discussed ${topic}${closing}`))
    const formula = pair(19)
    const alone = createAligner([...filler, ...once]).similarity(once[0]!, once[1]!)
    const closingMany = createAligner([...filler, ...formula, ...statements(19, others.map((other) => other.text))]).similarity(formula[0]!, formula[1]!)
    expect(closingMany).toBeLessThan(alone)
  })
})
