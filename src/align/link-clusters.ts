import type { CorpusModel } from './corpus-model.ts'
import { scorePair } from './similarity.ts'
import type { AlignInput, AlignmentLink } from '../types.ts'

/**
 * Two links meeting at a statement carry one position when what each shares with it overlaps by
 * at least this share (of the smaller): "right to self-determination" restated in 2025 twice is one
 * position; the same 2023 sentence's "UN Security Council resolutions" restated elsewhere is another.
 */
const SAME_POSITION_OVERLAP = 0.5
/** A term of a statement counts as shared with a counterpart from this coverage on. */
const SHARED_COVERAGE = 0.5

/** Per link, the weighted terms of each end that the other end restates. */
interface LinkContent {
  link: AlignmentLink
  shared: Map<number, Map<string, number>>
}

function sharedTerms(model: CorpusModel, statement: AlignInput, other: AlignInput): Map<string, number> {
  const prepared = model.prepare(statement)
  const score = scorePair(prepared, model.prepare(other), model)
  const shared = new Map<string, number>()
  prepared.features.terms.forEach((term, index) => {
    if (score.coverage[index]! >= SHARED_COVERAGE) shared.set(term, prepared.termWeights[index]!)
  })
  return shared
}

function overlap(left: Map<string, number>, right: Map<string, number>): number {
  let both = 0
  let leftTotal = 0
  let rightTotal = 0
  for (const [term, weight] of left) {
    leftTotal += weight
    if (right.has(term)) both += weight
  }
  for (const weight of right.values()) rightTotal += weight
  const smaller = Math.min(leftTotal, rightTotal)
  return smaller === 0 ? 0 : both / smaller
}

/**
 * Groups links into positions: links meeting at a statement join when they restate the same part
 * of it, and groups chain through statements across years (2019 → 2020 → 2021).
 */
export function clusterLinks(model: CorpusModel, statements: Map<number, AlignInput>, links: AlignmentLink[]): AlignmentLink[][] {
  const contents: LinkContent[] = links.map((link) => {
    const [from, to] = [statements.get(link.fromId)!, statements.get(link.toId)!]
    return { link, shared: new Map([[link.fromId, sharedTerms(model, from, to)], [link.toId, sharedTerms(model, to, from)]]) }
  })
  const parent = contents.map((_, index) => index)
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)))
  const byStatement = new Map<number, number[]>()
  contents.forEach((content, index) => {
    for (const id of [content.link.fromId, content.link.toId]) {
      const list = byStatement.get(id)
      if (list) list.push(index)
      else byStatement.set(id, [index])
    }
  })
  for (const [statementId, indexes] of byStatement) {
    for (let i = 0; i < indexes.length; i++) {
      for (let j = i + 1; j < indexes.length; j++) {
        // Already one position through other links: the overlap cannot change anything.
        if (find(indexes[i]!) === find(indexes[j]!)) continue
        const [left, right] = [contents[indexes[i]!]!, contents[indexes[j]!]!]
        if (overlap(left.shared.get(statementId)!, right.shared.get(statementId)!) >= SAME_POSITION_OVERLAP) parent[find(indexes[i]!)] = find(indexes[j]!)
      }
    }
  }
  const groups = new Map<number, AlignmentLink[]>()
  contents.forEach((content, index) => {
    const root = find(index)
    const group = groups.get(root)
    if (group) group.push(content.link)
    else groups.set(root, [content.link])
  })
  return [...groups.values()]
}
