import { describe, expect, test } from 'vitest'
import { createAligner, discoverPositions } from '../../src/align/index.ts'
import type { AlignInput, AlignmentLink } from '../../src/types.ts'
import { loadSeedDocuments } from './seed-statements.ts'

const { from, to } = loadSeedDocuments()
const corpus = [...from.statements, ...to.statements]
const links = createAligner(corpus).alignDocuments(from.statements, to.statements)
const idOf = (substring: string) => corpus.find((statement) => statement.text.includes(substring))!.id

describe('discoverPositions on the seeds', () => {
  const positions = discoverPositions(corpus, links)
  const byLabel = new Map(positions.map((position) => [position.label, position]))

  test('labels positions with their shared phrase', () => {
    expect([...byLabel.keys()]).toEqual(expect.arrayContaining(['just and lasting solution', 'right to self-determination', 'UN Security Council resolutions', 'peace and security']))
  })

  test('one statement carries two positions', () => {
    const carrier = idOf('right to self-determination as prescribed')
    expect(byLabel.get('right to self-determination')!.statementIds).toContain(carrier)
    expect(byLabel.get('UN Security Council resolutions')!.statementIds).toContain(carrier)
  })

  test('says which links carry each position, each link in one position', () => {
    const lasting = byLabel.get('just and lasting solution')!
    expect(lasting.links).toContainEqual([idOf('just and lasting resolution of Kashmir dispute'), idOf('just and lasting solution to the Kashmir conflict')])
    expect(lasting.links).toContainEqual([idOf('just comprehensive and lasting solution'), idOf('just and lasting solution to the Kashmir conflict')])
    const all = positions.flatMap((position) => position.links.map((link) => link.join('>')))
    expect(new Set(all).size).toBe(all.length)
    expect(all).toHaveLength(links.length)
  })

  test('is stable: the same input gives the same positions and labels', () => {
    expect(discoverPositions(structuredClone(corpus), structuredClone(links))).toEqual(positions)
  })
})

describe('discoverPositions over three years', () => {
  let nextId = 1
  const year = (y: number, texts: string[]): AlignInput[] => texts.map((text) => ({ id: nextId++, documentId: y, year: y, text, kind: 'sentence', speaker: null }))
  const y2019 = year(2019, ['The group reaffirmed the right to self-determination of the people.', 'Inflation remained high in the region.'])
  const y2020 = year(2020, ['Members reaffirmed the inalienable right to self-determination of all Kashmiris.', 'A new mission was announced.'])
  const y2021 = year(2021, ['The group again reaffirmed the right to self-determination.'])
  const all = [...y2019, ...y2020, ...y2021]
  const aligner = createAligner(all)
  const chained: AlignmentLink[] = [...aligner.alignDocuments(y2019, y2020), ...aligner.alignDocuments(y2020, y2021)]

  test('chains a position through the years', () => {
    const positions = discoverPositions(all, chained)
    expect(positions).toHaveLength(1)
    expect(positions[0]!.label).toBe('right to self-determination')
    expect(positions[0]!.statementIds).toEqual([y2019[0]!.id, y2020[0]!.id, y2021[0]!.id])
  })

  test('a catalogue names, merges and seeds positions', () => {
    const catalogue = [{ label: 'Self-determination', cues: ['right to self-determination'] }, { label: 'Prices', cues: ['inflation'] }]
    const positions = discoverPositions(all, chained, catalogue)
    expect(positions.map((position) => position.label)).toEqual(['Self-determination', 'Prices'])
    expect(positions[1]!.statementIds).toEqual([y2019[1]!.id])
    expect(positions[1]!.links).toEqual([])
  })
})

describe('position labels', () => {
  test('a label is one line of at most 80 characters, whatever the statements hold', () => {
    const giant = 'Selfdetermination'.repeat(150)
    const statements: AlignInput[] = [
      { id: 1, documentId: 1, year: 2020, text: `We reaffirm the ${giant}\nprinciple today.`, kind: 'sentence', speaker: null },
      { id: 2, documentId: 2, year: 2021, text: `We reaffirm the ${giant}\nprinciple again.`, kind: 'sentence', speaker: null },
    ]
    const [position] = discoverPositions(statements, [{ fromId: 1, toId: 2, similarity: 0.9 }])
    expect(position).toBeDefined()
    expect([...position!.label].length).toBeLessThanOrEqual(80)
    expect(position!.label).not.toMatch(/\n/)
  })
})
