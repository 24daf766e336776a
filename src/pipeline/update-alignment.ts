import { createAligner, classifyChange, countChangedWords, detectTermShifts, diffWords, discoverPositions, type Catalogue } from '../align/index.ts'
import type { LinkInput, Store } from '../store/index.ts'
import type { AlignInput, Statement } from '../types.ts'

export const DEFAULT_DIFF_OPTIONS = { ignoreCase: false, ignorePunctuation: false } as const

/**
 * Aligns a document with every other document of its series it has not been aligned with yet,
 * then rebuilds the series' positions from all stored links. Links between other documents are
 * kept as they are: an import costs one alignment per document in its series, not a
 * recomputation of the corpus. A document already aligned with all others costs nothing, which
 * also lets a re-import align documents stored before alignment existed (schema version 1).
 * Runs inside the caller's import transaction.
 */
export function updateAlignment(store: Store, documentId: number, catalogue?: Catalogue): void {
  const document = store.documents.getDocument(documentId)
  if (!document) throw new Error(`updateAlignment: document ${documentId} is not stored`)
  const others = store.corpus.listCorpus()
    .filter((other) => other.series === document.series && other.id !== documentId && !store.alignment.isAligned(other.id, documentId))
  if (others.length === 0) return
  const statements = store.documents.getSeriesStatements(document.series)
  const byDocument = groupByDocument(statements)
  const aligner = createAligner(statements.map(toAlignInput), catalogue)

  for (const other of others) {
    const earlierFirst = other.date < document.date || (other.date === document.date && other.id < documentId)
    const [fromId, toId] = earlierFirst ? [other.id, documentId] : [documentId, other.id]
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
  rebuildPositions(store, document.series, statements, catalogue)
}

/** Positions are derived from all links of the series; ids are kept where members overlap. */
export function rebuildPositions(store: Store, series: string, statements: Statement[], catalogue?: Catalogue): void {
  const links = store.alignment.getSeriesLinks(series)
  const drafts = discoverPositions(statements.map(toAlignInput), links, catalogue)
  store.alignment.replacePositions(series, drafts)
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
