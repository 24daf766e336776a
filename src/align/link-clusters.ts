import type { CorpusModel } from './corpus-model.ts'
import { buildMatchMatrix } from './match-matrix.ts'
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

/**
 * The terms of `statement` that `other` restates: those whose best match in the other statement
 * (the match matrix's row maximum, what scorePair calls coverage) is strong enough. Only the
 * matrix is needed, not the rest of the pair's score.
 */
function sharedTerms(model: CorpusModel, statement: AlignInput, other: AlignInput): Map<string, number> {
  const prepared = model.prepare(statement)
  const { values, rows, columns } = buildMatchMatrix(prepared.features, model.prepare(other).features, model.vocabulary)
  const shared = new Map<string, number>()
  for (let row = 0; row < rows; row++) {
    let best = 0
    for (let column = 0; column < columns; column++) if (values[row * columns + column]! > best) best = values[row * columns + column]!
    if (best >= SHARED_COVERAGE) shared.set(prepared.features.terms[row]!, prepared.termWeights[row]!)
  }
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
 * A position holds at most this many statements of one document. Links chain through statements
 * across years, and without a bound a corpus of many years fuses into one position: in ten FOMC
 * statements, 139 of 177 statements ended up as "economy". Two leaves room for a sentence restated
 * in two places of the next release ("just and lasting solution" in 2023's opening and in a quote).
 */
const MAX_PER_DOCUMENT = 2

/**
 * Groups links into positions: links meeting at a statement join when they restate the same part
 * of it, strongest joins first, and groups chain through statements across years (2019 → 2020 →
 * 2021) as long as no document contributes more than MAX_PER_DOCUMENT statements.
 */
export function clusterLinks(model: CorpusModel, statements: Map<number, AlignInput>, links: AlignmentLink[]): AlignmentLink[][] {
  const contents: LinkContent[] = links.map((link) => {
    const [from, to] = [statements.get(link.fromId)!, statements.get(link.toId)!]
    return { link, shared: new Map([[link.fromId, sharedTerms(model, from, to)], [link.toId, sharedTerms(model, to, from)]]) }
  })
  const byStatement = new Map<number, number[]>()
  contents.forEach((content, index) => {
    for (const id of [content.link.fromId, content.link.toId]) {
      const list = byStatement.get(id)
      if (list) list.push(index)
      else byStatement.set(id, [index])
    }
  })
  const joins: Array<{ left: number; right: number; strength: number }> = []
  for (const [statementId, indexes] of byStatement) {
    for (let i = 0; i < indexes.length; i++) {
      for (let j = i + 1; j < indexes.length; j++) {
        const [left, right] = [contents[indexes[i]!]!, contents[indexes[j]!]!]
        const shared = overlap(left.shared.get(statementId)!, right.shared.get(statementId)!)
        if (shared < SAME_POSITION_OVERLAP) continue
        joins.push({ left: indexes[i]!, right: indexes[j]!, strength: Math.min(left.link.similarity, right.link.similarity) * shared })
      }
    }
  }
  joins.sort((a, b) => b.strength - a.strength || a.left - b.left || a.right - b.right)

  const parent = contents.map((_, index) => index)
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)))
  // Per group: the statements it holds, by document.
  const members = contents.map((content) => {
    const byDocument = new Map<number, Set<number>>()
    for (const id of [content.link.fromId, content.link.toId]) {
      const documentId = statements.get(id)!.documentId
      byDocument.set(documentId, (byDocument.get(documentId) ?? new Set()).add(id))
    }
    return byDocument
  })
  for (const { left, right } of joins) {
    const [a, b] = [find(left), find(right)]
    if (a === b || !fits(members[a]!, members[b]!)) continue
    for (const [documentId, ids] of members[b]!) {
      const into = members[a]!.get(documentId)
      if (into) for (const id of ids) into.add(id)
      else members[a]!.set(documentId, ids)
    }
    parent[b] = a
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

function fits(left: Map<number, Set<number>>, right: Map<number, Set<number>>): boolean {
  for (const [documentId, ids] of right) {
    const other = left.get(documentId)
    if (!other) continue
    let union = other.size
    for (const id of ids) if (!other.has(id)) union++
    if (union > MAX_PER_DOCUMENT) return false
  }
  return true
}
