import type { AlignmentLink } from '../../src/types.ts'
import type { EvalDocument } from './seed-statements.ts'

/** One hand label: a position of a `from` statement restated by any of the `to` statements. */
export interface PairLabel {
  from: string
  to: string[]
  position?: string
  optional?: boolean
}

export interface LinkLabels {
  pairs: PairLabel[]
  /** Later statements with no counterpart. */
  new?: string[]
  /** Earlier statements with no counterpart. */
  dropped?: string[]
}

export interface LinkScore {
  precision: number
  recall: number
  truePositives: number
  falsePositives: Array<{ fromText: string; toText: string; similarity: number }>
  missed: PairLabel[]
  /** Share of `new` and `dropped` statements left without a (non-optional) link. */
  unpairedCorrect: number
}

const QUOTES: Array<[RegExp, string]> = [[/[‘’]/g, "'"], [/[“”]/g, '"']]
const normalise = (text: string) => QUOTES.reduce((out, [re, to]) => out.replace(re, to), text)

/**
 * Ids of the non-heading statements overlapping each occurrence of `substring`. Throws when the
 * substring is absent: a label that matches nothing is a typo, not a miss.
 */
export function findStatements(document: EvalDocument, substring: string): number[] {
  const text = normalise(document.text)
  const needle = normalise(substring)
  const ids = new Set<number>()
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    for (const statement of document.statements) {
      if (statement.kind !== 'heading' && statement.start < at + needle.length && statement.end > at) ids.add(statement.id)
    }
  }
  if (ids.size === 0) throw new Error(`label "${substring}" matches no statement`)
  return [...ids]
}

/**
 * Precision over links (links allowed only by optional labels are not counted) and recall over
 * required labels (a label is found when any link joins its `from` to one of its `to`).
 */
export function scoreLinks(labels: LinkLabels, from: EvalDocument, to: EvalDocument, links: AlignmentLink[]): LinkScore {
  const required = new Set<string>()
  const optional = new Set<string>()
  const resolved = labels.pairs.map((label) => {
    const fromIds = findStatements(from, label.from)
    const toIds = label.to.flatMap((substring) => findStatements(to, substring))
    for (const fromId of fromIds) for (const toId of toIds) (label.optional ? optional : required).add(`${fromId}>${toId}`)
    return { label, fromIds, toIds }
  })
  const linked = new Set(links.map((link) => `${link.fromId}>${link.toId}`))
  const texts = new Map([...from.statements, ...to.statements].map((statement) => [statement.id, statement.text]))
  let truePositives = 0
  const falsePositives: LinkScore['falsePositives'] = []
  for (const link of links) {
    const id = `${link.fromId}>${link.toId}`
    if (required.has(id)) truePositives++
    else if (!optional.has(id)) falsePositives.push({ fromText: texts.get(link.fromId)!, toText: texts.get(link.toId)!, similarity: link.similarity })
  }
  const requiredLabels = resolved.filter((entry) => !entry.label.optional)
  const missed = requiredLabels
    .filter((entry) => !entry.fromIds.some((fromId) => entry.toIds.some((toId) => linked.has(`${fromId}>${toId}`))))
    .map((entry) => entry.label)
  const counted = links.filter((link) => !optional.has(`${link.fromId}>${link.toId}`))
  const newIds = (labels.new ?? []).flatMap((substring) => findStatements(to, substring))
  const droppedIds = (labels.dropped ?? []).flatMap((substring) => findStatements(from, substring))
  const unpaired = newIds.filter((id) => !counted.some((link) => link.toId === id)).length
    + droppedIds.filter((id) => !counted.some((link) => link.fromId === id)).length
  return {
    precision: truePositives + falsePositives.length === 0 ? 1 : truePositives / (truePositives + falsePositives.length),
    recall: requiredLabels.length === 0 ? 1 : (requiredLabels.length - missed.length) / requiredLabels.length,
    truePositives,
    falsePositives,
    missed,
    unpairedCorrect: newIds.length + droppedIds.length === 0 ? 1 : unpaired / (newIds.length + droppedIds.length),
  }
}
