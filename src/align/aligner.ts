import { createCandidateIndex } from './candidates.ts'
import type { DiscoveredPosition } from './catalogue-positions.ts'
import { discoverPositionsWith } from './positions.ts'
import type { Catalogue } from './catalogue.ts'
import { createCueMatcher, type CueMatcher } from './catalogue-cues.ts'
import { buildCorpusModel, type PreparedStatement } from './corpus-model.ts'
import { selectLinks, type ScoredPair } from './select-links.ts'
import { scorePair } from './similarity.ts'
import type { AlignInput, AlignmentLink } from '../types.ts'

/**
 * Candidates scored in full per statement; the index ranks the rest out. Ranked by weighted Dice
 * (candidates.ts), a restatement is among the first five for 98% of the synthetic benchmark's pairs,
 * about as often as among the first ten by summed idf.
 */
const CANDIDATES_PER_STATEMENT = 5

export interface Aligner {
  /** 0..1 combined similarity of two statements */
  similarity(a: AlignInput, b: AlignInput): number
  /**
   * Links from statements of one document (earlier) to another (later). A statement links to
   * more than one counterpart only when it carries several positions restated apart.
   */
  alignDocuments(from: AlignInput[], to: AlignInput[]): AlignmentLink[]
  /** `discoverPositions` over the aligner's corpus, reusing its model rather than building another. */
  discoverPositions(links: AlignmentLink[]): DiscoveredPosition[]
}

/**
 * An aligner for one series: `corpus` (all its statements) supplies idf weights, acronym
 * expansions and names; the catalogue, if any, links statements that share a cue.
 */
export function createAligner(corpus: AlignInput[], catalogue?: Catalogue): Aligner {
  const model = buildCorpusModel(corpus)
  const cues = catalogue && catalogue.length > 0 ? createCueMatcher(catalogue) : null
  const similarity = (a: AlignInput, b: AlignInput) =>
    a.kind === 'heading' || b.kind === 'heading' ? 0 : scorePair(model.prepare(a), model.prepare(b), model).similarity
  return {
    similarity,
    discoverPositions: (links) => discoverPositionsWith(model, corpus, links, catalogue),
    alignDocuments: function alignDocuments(from, to) {
      const later = to.filter((statement) => statement.kind !== 'heading')
      const prepared = later.map((statement) => model.prepare(statement))
      const index = createCandidateIndex(prepared)
      const earlier = from.filter((statement) => statement.kind !== 'heading')
      const sources = earlier.map((statement) => model.prepare(statement))
      const scope = { inA: idsOf(sources), inB: idsOf(prepared) }
      const pairs: ScoredPair[] = []
      sources.forEach((source, from) => {
        for (const to of index.candidatesFor(source, CANDIDATES_PER_STATEMENT)) pairs.push({ from, to, score: scorePair(source, prepared[to]!, model, scope) })
      })
      const sides = { fromWeights: sources.map((source) => source.contentWeights), toWeights: prepared.map((target) => target.contentWeights), typicalWeight: model.terms.typical }
      const links: AlignmentLink[] = selectLinks(pairs, sides)
        .sort((left, right) => left.from - right.from || right.score.similarity - left.score.similarity)
        .map((pair) => ({ fromId: earlier[pair.from]!.id, toId: later[pair.to]!.id, similarity: round(pair.score.similarity) }))
      return cues ? addCueLinks(links, from, later, cues, similarity) : links
    },
  }
}

/**
 * Statements sharing a catalogue cue restate that position whatever their wording: each earlier
 * statement gets a link to its most similar later statement with the cue, unless it has one.
 */
function addCueLinks(links: AlignmentLink[], from: AlignInput[], to: AlignInput[], cues: CueMatcher, similarity: (a: AlignInput, b: AlignInput) => number): AlignmentLink[] {
  const carriers = new Map<number, AlignInput[]>()
  for (const statement of to) {
    for (const entry of cues.entriesOf(statement.text)) carriers.set(entry, [...(carriers.get(entry) ?? []), statement])
  }
  const linked = new Set(links.map((link) => `${link.fromId}>${link.toId}`))
  const out = [...links]
  for (const statement of from) {
    if (statement.kind === 'heading') continue
    for (const entry of cues.entriesOf(statement.text)) {
      const candidates = carriers.get(entry) ?? []
      if (candidates.length === 0 || candidates.some((carrier) => linked.has(`${statement.id}>${carrier.id}`))) continue
      const scored = candidates.map((carrier) => ({ carrier, value: similarity(statement, carrier) }))
      const best = scored.reduce((left, right) => (right.value > left.value ? right : left))
      linked.add(`${statement.id}>${best.carrier.id}`)
      out.push({ fromId: statement.id, toId: best.carrier.id, similarity: round(best.value) })
    }
  }
  return out
}

function idsOf(statements: PreparedStatement[]): Set<number> {
  const ids = new Set<number>()
  for (const statement of statements) for (const id of statement.features.ids) ids.add(id)
  return ids
}

const round = (value: number) => Math.round(value * 1000) / 1000
