import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { normaliseText } from '../../src/ingest/normalise.ts'
import type { AlignmentLink } from '../../src/types.ts'
import { CORPORA_DIR } from '../helpers/seeds.ts'
import { findStatements } from './link-labels.ts'
import { segmentDocument, type EvalDocument } from './seed-statements.ts'

/** One labelled pair of FOMC documents (fixtures/fomc-labels.json). */
export interface FomcComparison {
  corpus: string
  from: string
  to: string
  align: Array<{ from: string; to: string[] }>
  notAlign: Array<{ from: string; to: string }>
}

export interface FomcResult {
  comparison: FomcComparison
  /** Required restatements found / required. */
  found: number
  required: number
  /** Links from labelled statements to statements outside their label. */
  strayLinks: string[]
  /** `notAlign` pairs that were linked. */
  forbiddenLinks: string[]
  missed: string[]
}

/** A corpus document, normalised and segmented as the pipeline would. */
export function loadCorpusDocument(corpus: string, fileName: string, documentId: number): EvalDocument {
  const text = normaliseText(readFileSync(join(CORPORA_DIR, corpus, fileName), 'utf8'))
  return segmentDocument(text, documentId, Number(fileName.slice(0, 4)))
}

export function checkFomcComparison(comparison: FomcComparison, from: EvalDocument, to: EvalDocument, links: AlignmentLink[]): FomcResult {
  const linked = (fromIds: number[], toIds: number[]) =>
    links.filter((link) => fromIds.includes(link.fromId) && toIds.includes(link.toId))
  const texts = new Map([...from.statements, ...to.statements].map((statement) => [statement.id, statement.text]))
  const describe = (link: AlignmentLink) => `${texts.get(link.fromId)!.slice(0, 60)} → ${texts.get(link.toId)!.slice(0, 60)} (${link.similarity})`
  const result: FomcResult = { comparison, found: 0, required: comparison.align.length, strayLinks: [], forbiddenLinks: [], missed: [] }
  for (const label of comparison.align) {
    const fromIds = findStatements(from, label.from)
    const toIds = label.to.flatMap((substring) => findStatements(to, substring))
    if (linked(fromIds, toIds).length > 0) result.found++
    else result.missed.push(label.from)
    for (const link of links) if (fromIds.includes(link.fromId) && !toIds.includes(link.toId)) result.strayLinks.push(describe(link))
  }
  for (const label of comparison.notAlign) {
    for (const link of linked(findStatements(from, label.from), findStatements(to, label.to))) result.forbiddenLinks.push(describe(link))
  }
  return result
}
