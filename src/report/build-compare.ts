import { classifyChange, countChangedWords, diffWords } from '../align/index.ts'
import { ok, type Result } from '../errors.ts'
import { ensureAligned } from '../pipeline/update-alignment.ts'
import { compareRows, type CompareLink, type CompareRows, type CompareStatement } from '../store/compare-rows.ts'
import type { PositionRef, Store } from '../store/index.ts'
import type {
  CompareReport, DiffOp, DiffOptions, ReportPair, ReportPosition, StatementRef, TermShift, UnpairedStatement,
} from '../types.ts'
import { resolveSides, type CompareTarget } from './resolve-sides.ts'

const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu
const NO_POSITIONS: PositionRef[] = []
/** What stored diffs are made with (the import's options). */
const STORED_DIFF_OPTIONS: DiffOptions = { ignoreCase: false, ignorePunctuation: false }

export interface BuildOptions {
  /**
   * Read each pair's stored diff when it is first used, not all up front: for a long-lived
   * store (the web server), whose pages show a few dozen pairs of thousands.
   */
  lazyDiffs?: boolean
}

/**
 * The change report between two years (or documents) of a series, from stored alignment: pairs
 * grouped by position, statements with no counterpart, term shifts. Documents further apart than
 * the import window are aligned first (stored, so once). Diffs are recomputed only
 * when the view options differ from those the stored diffs were made with.
 */
export function buildCompareReport(
  store: Store, target: CompareTarget, options: DiffOptions, { lazyDiffs = false }: BuildOptions = {},
): Result<CompareReport> {
  const sides = resolveSides(store, target)
  if (!sides.ok) return sides
  const { series, from, to } = sides.value
  ensureAligned(store, from.documents.flatMap((a) => to.documents.map((b): [number, number] => [a.id, b.id])))
  const rows = compareRows(store.db)
  const statements = new Map<number, CompareStatement>()
  for (const document of [...from.documents, ...to.documents]) {
    for (const statement of rows.statementsOf(document.id)) statements.set(statement.id, statement)
  }
  const restate = options.ignoreCase || options.ignorePunctuation
  const links = collectLinks(rows, from.documents.map((d) => d.id), to.documents.map((d) => d.id), !restate && !lazyDiffs)
  const readDiff = diffReader(rows, from.documents.flatMap((a) => to.documents.map((b): [number, number] => [a.id, b.id])))
  const refs = new Map<number, StatementRef>()
  // One ref per statement: a statement in several pairs is one object, not one copy per pair.
  const ref = (id: number): StatementRef => {
    let known = refs.get(id)
    if (!known) {
      const statement = statements.get(id)!
      refs.set(id, (known = { id, documentId: statement.documentId, text: statement.text, speaker: statement.speaker }))
    }
    return known
  }

  const positionsById = new Map<number, ReportPosition>()
  const labels = rows.positionLabels(series)
  const positionsOf = (statementId: number): PositionRef[] => {
    const ids = rows.positionIdsOf(statementId)
    return ids.length === 0 ? NO_POSITIONS : ids.map((id) => ({ id, label: labels.get(id) ?? `position ${id}` }))
  }
  const positionOf = (id: number): ReportPosition => {
    let position = positionsById.get(id)
    if (!position) {
      position = { id, label: labels.get(id) ?? `position ${id}`, status: 'persistent', pairs: [], statements: [] }
      positionsById.set(id, position)
    }
    return position
  }
  const pairedFrom = new Set<number>()
  const pairedTo = new Set<number>()
  for (const link of links) {
    let pair: ReportPair
    if (restate) {
      const diff = diffWords(statements.get(link.fromId)!.text, statements.get(link.toId)!.text, options)
      const words = countChangedWords(diff)
      pair = {
        from: ref(link.fromId), to: ref(link.toId), similarity: round(link.similarity), change: classifyChange(diff), diff,
        wordsInserted: words.inserted, wordsDeleted: words.deleted,
      }
    } else pair = storedPair(readDiff, link, ref(link.fromId), ref(link.toId))
    pairedFrom.add(link.fromId)
    pairedTo.add(link.toId)
    for (const positionId of link.positionIds.length ? link.positionIds : [-link.id]) positionOf(positionId).pairs.push(pair)
  }
  // A link outside every position (none expected) still shows, under its own first words.
  for (const position of positionsById.values()) {
    if (position.id < 0) position.label = position.pairs[0]!.from.text.split(/\s+/).slice(0, 6).join(' ')
  }

  const fromYearIds = new Set(from.documents.map((d) => d.id))
  const removed: UnpairedStatement[] = []
  const added: UnpairedStatement[] = []
  for (const statement of statements.values()) {
    if (statement.kind === 'heading') continue
    const earlier = fromYearIds.has(statement.documentId)
    if ((earlier ? pairedFrom : pairedTo).has(statement.id)) continue
    ;(earlier ? removed : added).push({ ...ref(statement.id), positions: positionsOf(statement.id) })
  }
  // Positions present on one side only are new or dropped; present on both sides without a
  // direct link (restated through another year) they persist, shown by their statements.
  const sidesOf = new Map<number, Set<'from' | 'to'>>()
  for (const [side, list] of [['from', removed], ['to', added]] as const) {
    for (const statement of list) {
      for (const { id } of statement.positions) {
        if ((positionsById.get(id)?.pairs.length ?? 0) > 0) continue
        const sides = sidesOf.get(id) ?? new Set()
        sides.add(side)
        sidesOf.set(id, sides)
        positionOf(id).statements.push({ id: statement.id, documentId: statement.documentId, text: statement.text, speaker: statement.speaker })
      }
    }
  }
  for (const [id, sides] of sidesOf) {
    positionOf(id).status = sides.size === 2 ? 'persistent' : sides.has('from') ? 'dropped' : 'new'
  }

  const positions = sortByFirstAppearance([...positionsById.values()], statements)
  const uniquePairs = distinctPairs(positions)
  const fromWords = uniquePairs.reduce((sum, pair) => sum + (pair.from.text.match(WORD_RE)?.length ?? 0), 0)
  const deleted = uniquePairs.reduce((sum, pair) => sum + pair.wordsDeleted, 0)
  const persistent = positions.filter((position) => position.status === 'persistent')
  const changed = persistent.filter((position) => position.pairs.some((pair) => pair.change !== 'unchanged'))

  return ok({
    schemaVersion: 1,
    series,
    from: { year: from.year, documents: from.documents.map(({ id, title, date }) => ({ id, title, date })) },
    to: { year: to.year, documents: to.documents.map(({ id, title, date }) => ({ id, title, date })) },
    options,
    summary: {
      persistent: persistent.length,
      changed: changed.length,
      unchanged: persistent.length - changed.length,
      new: positions.filter((position) => position.status === 'new').length,
      dropped: positions.filter((position) => position.status === 'dropped').length,
      pairs: uniquePairs.length,
      added: added.length,
      removed: removed.length,
      wordsChangedShare: fromWords === 0 ? 0 : round(Math.min(1, deleted / fromWords)),
    },
    positions,
    added,
    removed,
    termShifts: collectTermShifts(store, from.documents.map((d) => d.id), to.documents.map((d) => d.id)),
  })
}

/** Links from the earlier side to the later; a backwards comparison reads stored links reversed. */
function collectLinks(rows: CompareRows, fromIds: number[], toIds: number[], withDiffs: boolean): CompareLink[] {
  if (fromIds.length === 1 && toIds.length === 1) return rows.linksBetween(fromIds[0]!, toIds[0]!, withDiffs)
  return fromIds.flatMap((a) => toIds.flatMap((b) => rows.linksBetween(a, b, withDiffs)))
}

/**
 * A pair whose stored diff is parsed (and, unless read with the link, read) when first asked
 * for: a page shows a few dozen pairs of thousands, and reading and parsing every diff up front
 * was most of building a large report. The getter is enumerable, so JSON and the renderers see
 * an ordinary `diff`. A report cached across an import may outlive its links; their diff is then
 * made again from the two texts, with the options stored diffs are made with.
 */
function storedPair(readDiff: (link: CompareLink) => string | undefined, link: CompareLink, from: StatementRef, to: StatementRef): ReportPair {
  let diff: DiffOp[] | undefined
  return {
    from,
    to,
    similarity: round(link.similarity),
    change: link.change,
    get diff(): DiffOp[] {
      if (!diff) {
        const stored = link.diffJson ?? readDiff(link)
        if (stored === undefined) diff = diffWords(from.text, to.text, STORED_DIFF_OPTIONS)
        else diff = link.reversed ? reverse(JSON.parse(stored) as DiffOp[]) : JSON.parse(stored) as DiffOp[]
      }
      return diff
    },
    wordsInserted: link.wordsInserted,
    wordsDeleted: link.wordsDeleted,
  }
}

/** Point lookups a report makes before it reads all its diffs at once. */
const BULK_AFTER = 100

/**
 * Stored diffs one by one while a page asks for a few; once something asks for many (a filter
 * that measures every pair, a download), all of them in one query per pair of documents.
 */
function diffReader(rows: CompareRows, documentPairs: Array<[number, number]>): (link: CompareLink) => string | undefined {
  let lookups = 0
  let all: Map<number, string> | undefined
  return (link) => {
    if (!all && ++lookups > BULK_AFTER) {
      all = new Map()
      for (const [a, b] of documentPairs) for (const [id, diff] of rows.diffsBetween(a, b)) all.set(id, diff)
    }
    return all ? all.get(link.id) : rows.diffOf(link.id)
  }
}

function reverse(diff: DiffOp[]): DiffOp[] {
  return diff.map((op) => ({ ...op, op: op.op === 'insert' ? 'delete' : op.op === 'delete' ? 'insert' : 'equal' }))
}

function collectTermShifts(store: Store, fromIds: number[], toIds: number[]): TermShift[] {
  const merged = new Map<string, TermShift>()
  const add = (shift: TermShift) => {
    const key = `${shift.from}\u0000${shift.to}`
    const existing = merged.get(key)
    if (existing) {
      existing.count += shift.count
      existing.examples.push(...shift.examples)
    } else merged.set(key, { ...shift, examples: [...shift.examples] })
  }
  for (const a of fromIds) {
    for (const b of toIds) {
      store.alignment.getTermShifts(a, b).forEach(add)
      store.alignment.getTermShifts(b, a).forEach((shift) => add({
        from: shift.to, to: shift.from, count: shift.count,
        examples: shift.examples.map((e) => ({ fromId: e.toId, toId: e.fromId, fromText: e.toText, toText: e.fromText })),
      }))
    }
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from))
}

const RANK = { persistent: 0, dropped: 1, new: 2 }

/** Persistent, then dropped, then new; each in the order of its first statement. */
function sortByFirstAppearance(positions: ReportPosition[], statements: Map<number, CompareStatement>): ReportPosition[] {
  // Each position's place is found once, not at each of the sort's hundred thousand comparisons.
  const placed = positions.map((position) => {
    const first = position.pairs[0]?.from ?? position.statements[0]
    const statement = first && statements.get(first.id)
    return { position, rank: RANK[position.status], place: statement ? statement.documentId * 1e9 + statement.start : Number.MAX_SAFE_INTEGER }
  })
  placed.sort((a, b) => a.rank - b.rank || a.place - b.place || a.position.id - b.position.id)
  return placed.map(({ position }) => position)
}

/** Each pair once, though a pair in two positions is listed in both; the first listing counts. */
function distinctPairs(positions: ReportPosition[]): ReportPair[] {
  const seen = new Map<number, Set<number>>()
  const pairs: ReportPair[] = []
  for (const position of positions) {
    for (const pair of position.pairs) {
      let targets = seen.get(pair.from.id)
      if (!targets) seen.set(pair.from.id, (targets = new Set()))
      if (targets.has(pair.to.id)) continue
      targets.add(pair.to.id)
      pairs.push(pair)
    }
  }
  return pairs
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
