import type { StatementFeatures } from './features.ts'

/**
 * A position is stated once in a document, twice at most (link-clusters.ts): a clause found in more
 * statements of one document than that is a formula ("in close consultation with regional partners",
 * "in accordance with the relevant Security Council resolutions") that closes sentences about
 * anything, not a position of its own.
 */
const MAX_POSITION_STATEMENTS_PER_DOCUMENT = 2

/** A clause's key: its distinct terms as sorted vocabulary ids. */
function clauseKey(features: StatementFeatures, unit: number[]): string {
  return unit.map((index) => features.ids[index]!).sort((left, right) => left - right).join(',')
}

/** Keys of the clauses the corpus uses as formulae. */
export function findFormulae(statements: Array<{ documentId: number; features: StatementFeatures }>): Set<string> {
  const counts = new Map<string, number>()
  for (const { documentId, features } of statements) {
    for (const key of new Set(features.units.map((unit) => clauseKey(features, unit)))) {
      const perDocument = `${documentId}:${key}`
      counts.set(perDocument, (counts.get(perDocument) ?? 0) + 1)
    }
  }
  const formulae = new Set<string>()
  for (const [perDocument, count] of counts) if (count > MAX_POSITION_STATEMENTS_PER_DOCUMENT) formulae.add(perDocument.slice(perDocument.indexOf(':') + 1))
  return formulae
}

/** Per clause of a statement, 1 when it is a formula. */
export function markFormulae(features: StatementFeatures, formulae: Set<string>): Uint8Array {
  return Uint8Array.from(features.units, (unit) => (formulae.has(clauseKey(features, unit)) ? 1 : 0))
}
