import { createAligner, classifyChange, countChangedWords, detectTermShifts, diffWords, type Catalogue } from '../align/index.ts'
import type { LinkInput, Store } from '../store/index.ts'
import type { AlignInput, Statement } from '../types.ts'

export const DEFAULT_DIFF_OPTIONS = { ignoreCase: false, ignorePunctuation: false } as const

/**
 * How many documents on each side, in date order, a document is aligned with when it is imported.
 * Aligning with every document of the series would make an import cost grow with the series and
 * a whole import quadratic; three on each side still bridges a position missing for two years
 * (2019 → 2022), and comparisons of years further apart align on demand (`ensureAligned`).
 */
export const ALIGNMENT_WINDOW = 3

/**
 * Aligns documents of one series with their neighbours (in date order) that they have not been
 * aligned with yet, then rebuilds the series' positions from all stored links. Links between other
 * documents are kept as they are. Documents already aligned with their neighbours cost nothing,
 * which also lets a re-import align documents stored before alignment existed (schema version 1).
 * Runs inside the caller's import transaction.
 */
export function alignSeriesDocuments(store: Store, series: string, documentIds: Iterable<number>, catalogue?: Catalogue): void {
  const order = store.corpus.seriesOrder(series)
  const at = new Map(order.map((document, index) => [document.id, index]))
  const pairs = new Map<string, [number, number]>()
  for (const id of documentIds) {
    const index = at.get(id)
    if (index === undefined) throw new Error(`alignSeriesDocuments: document ${id} is not in series ${series}`)
    const neighbours = [...order.slice(Math.max(0, index - ALIGNMENT_WINDOW), index), ...order.slice(index + 1, index + 1 + ALIGNMENT_WINDOW)]
    for (const other of neighbours) {
      const [a, b] = other.id < id ? [other.id, id] : [id, other.id]
      pairs.set(`${a}:${b}`, [a, b])
    }
  }
  alignPairs(store, series, [...pairs.values()], catalogue)
}

/**
 * Makes sure every pair of documents is aligned, aligning the missing ones in one transaction:
 * comparisons of documents further apart than the import window align when first asked for.
 */
export function ensureAligned(store: Store, pairs: Array<[number, number]>): void {
  const missing = pairs.filter(([a, b]) => a !== b && !store.alignment.isAligned(a, b))
  if (missing.length === 0) return
  const series = store.documents.getDocument(missing[0]![0])?.series
  if (series === undefined) return
  store.transaction(() => alignPairs(store, series, missing))
}

function alignPairs(store: Store, series: string, pairs: Array<[number, number]>, catalogue?: Catalogue): void {
  const missing = pairs.filter(([a, b]) => !store.alignment.isAligned(a, b))
  if (missing.length === 0) return
  const statements = store.documents.getSeriesStatements(series)
  const byDocument = groupByDocument(statements)
  const dates = new Map(statements.map((statement) => [statement.documentId, statement.date]))
  const aligner = createAligner(statements.map(toAlignInput), catalogue)

  for (const [a, b] of missing) {
    const earlierFirst = (dates.get(a) ?? '') < (dates.get(b) ?? '') || (dates.get(a) === dates.get(b) && a < b)
    const [fromId, toId] = earlierFirst ? [a, b] : [b, a]
    const from = byDocument.get(fromId) ?? []
    const to = byDocument.get(toId) ?? []
    const text = new Map([...from, ...to].map((statement) => [statement.id, statement.text]))
    const links: LinkInput[] = aligner
      .alignDocuments(from.map(toAlignInput), to.map(toAlignInput))
      .map((link) => {
        const diff = diffWords(text.get(link.fromId)!, text.get(link.toId)!, DEFAULT_DIFF_OPTIONS)
        const words = countChangedWords(diff)
        return { ...link, diff, change: classifyChange(diff), wordsInserted: words.inserted, wordsDeleted: words.deleted }
      })
    const shifts = detectTermShifts(links.map((link) => ({
      fromId: link.fromId,
      toId: link.toId,
      fromText: text.get(link.fromId)!,
      toText: text.get(link.toId)!,
      diff: link.diff,
    })), {
      from: from.map(({ id, text }) => ({ id, text })),
      to: to.map(({ id, text }) => ({ id, text })),
    })
    store.alignment.saveAlignment(fromId, toId, links, shifts)
  }
  store.alignment.replacePositions(series, aligner.discoverPositions(store.alignment.getSeriesLinks(series)))
}

export function toAlignInput(statement: Statement): AlignInput {
  return {
    id: statement.id,
    documentId: statement.documentId,
    year: statement.year,
    text: statement.text,
    kind: statement.kind,
    speaker: statement.speaker,
  }
}

function groupByDocument(statements: Statement[]): Map<number, Statement[]> {
  const groups = new Map<number, Statement[]>()
  for (const statement of statements) {
    const group = groups.get(statement.documentId) ?? []
    group.push(statement)
    groups.set(statement.documentId, group)
  }
  return groups
}
