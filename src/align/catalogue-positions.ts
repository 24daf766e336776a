import type { Catalogue } from './catalogue.ts'
import { createCueMatcher } from './catalogue-cues.ts'
import type { AlignInput, PositionDraft } from '../types.ts'

export type DiscoveredPosition = PositionDraft & { links: Array<[number, number]> }

/**
 * Refines discovered positions with the user's catalogue: a position whose statements carry an
 * entry's cue takes the entry's label; positions sharing an entry merge into one; statements
 * carrying a cue join the entry's position even when no link reached them (seeding), so a
 * position the user named shows every year it appears.
 */
export function applyCatalogue(positions: DiscoveredPosition[], statements: AlignInput[], catalogue: Catalogue): DiscoveredPosition[] {
  const cues = createCueMatcher(catalogue)
  const entriesOf = new Map(statements.map((statement) => [statement.id, cues.entriesOf(statement.text)]))
  const named = new Map<number, DiscoveredPosition>()
  const rest: DiscoveredPosition[] = []
  for (const position of positions) {
    const entry = position.statementIds.flatMap((id) => entriesOf.get(id) ?? []).sort((left, right) => left - right)[0]
    if (entry === undefined) {
      rest.push(position)
      continue
    }
    const merged = named.get(entry)
    named.set(entry, merged ? mergePositions(merged, position) : { ...position, label: catalogue[entry]!.label })
  }
  catalogue.forEach((entry, index) => {
    const carriers = statements.filter((statement) => entriesOf.get(statement.id)!.includes(index)).map((statement) => statement.id)
    if (carriers.length === 0) return
    const seeded = { label: entry.label, statementIds: carriers, links: [] }
    named.set(index, mergePositions(named.get(index) ?? seeded, seeded))
  })
  return [...[...named.entries()].sort(([left], [right]) => left - right).map(([, position]) => position), ...rest]
}

function mergePositions(left: DiscoveredPosition, right: DiscoveredPosition): DiscoveredPosition {
  const links = new Map([...left.links, ...right.links].map((link) => [link.join('>'), link]))
  return {
    label: left.label,
    statementIds: [...new Set([...left.statementIds, ...right.statementIds])].sort((a, b) => a - b),
    links: [...links.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]),
  }
}
