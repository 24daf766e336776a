import type { Catalogue } from './catalogue.ts'
import { applyCatalogue, type DiscoveredPosition } from './catalogue-positions.ts'
import { buildCorpusModel, type CorpusModel } from './corpus-model.ts'
import { clusterLinks } from './link-clusters.ts'
import { rankPhrases, renderPhrase } from './position-label.ts'
import type { AlignInput, AlignmentLink } from '../types.ts'

/** Without a shared phrase, this many opening words of the latest statement name a position. */
const FALLBACK_WORDS = 6

/**
 * Groups linked statements of a series into positions, each labelled with its most distinctive
 * shared phrase. A statement may belong to several positions (one sentence restating
 * self-determination and UN resolutions); `links` says which links carry each position. A catalogue,
 * if given, names, merges and seeds positions (catalogue-positions.ts).
 */
export function discoverPositions(statements: AlignInput[], links: AlignmentLink[], catalogue?: Catalogue): DiscoveredPosition[] {
  return discoverPositionsWith(buildCorpusModel(statements.filter((statement) => statement.kind !== 'heading')), statements, links, catalogue)
}

/** `discoverPositions` with a corpus model already built (by the series' aligner). */
export function discoverPositionsWith(model: CorpusModel, statements: AlignInput[], links: AlignmentLink[], catalogue?: Catalogue): DiscoveredPosition[] {
  const byId = new Map(statements.filter((statement) => statement.kind !== 'heading').map((statement) => [statement.id, statement]))
  const usable = links.filter((link) => byId.has(link.fromId) && byId.has(link.toId))
  const used = new Set<string>()
  const positions = clusterLinks(model, byId, usable)
    .map((group) => {
      const ids = [...new Set(group.flatMap((link) => [link.fromId, link.toId]))].sort((left, right) => left - right)
      return { group, members: ids.map((id) => byId.get(id)!) }
    })
    .sort((left, right) => left.members[0]!.id - right.members[0]!.id)
    .map(({ group, members }): DiscoveredPosition => {
      const label = tidyLabel(firstUnused(labelSample(members), model, used) ?? fallbackLabel(members[members.length - 1]!))
      used.add(label.toLowerCase())
      return {
        label,
        statementIds: members.map((member) => member.id),
        links: group.map((link): [number, number] => [link.fromId, link.toId]).sort((left, right) => left[0] - right[0] || left[1] - right[1]),
      }
    })
  return catalogue && catalogue.length > 0 ? applyCatalogue(positions, [...byId.values()], catalogue) : positions
}

/** The best-ranked phrase not already naming another position; phrases are rendered only until one is free. */
function firstUnused(sample: AlignInput[], model: CorpusModel, used: Set<string>): string | undefined {
  for (const candidate of rankPhrases(sample, model)) {
    const phrase = renderPhrase(sample, candidate.keys)
    if (!used.has(phrase.toLowerCase())) return phrase
  }
  return undefined
}

function fallbackLabel(statement: AlignInput): string {
  const words = statement.text.split(/\s+/u).slice(0, FALLBACK_WORDS).join(' ')
  return `${words.replace(/[,;:.]+$/u, '')}…`
}

/** Labels are headings and table cells: one line, and a 2,000-letter "word" must not become one. */
const MAX_LABEL_LENGTH = 80

function tidyLabel(label: string): string {
  const line = label.replace(/\s+/gu, ' ').trim()
  const chars = [...line]
  return chars.length <= MAX_LABEL_LENGTH ? line : `${chars.slice(0, MAX_LABEL_LENGTH - 1).join('')}…`
}

/**
 * Ranking phrases compares every phrase of every member with every member: quadratic in the
 * members, and a position restated over fifty years has hundreds. A label needs only a few
 * wordings spread over the years, the latest always among them.
 */
const LABEL_SAMPLE = 6

function labelSample(members: AlignInput[]): AlignInput[] {
  if (members.length <= LABEL_SAMPLE) return members
  const byTime = [...members].sort((left, right) => left.year - right.year || left.id - right.id)
  const step = (byTime.length - 1) / (LABEL_SAMPLE - 1)
  return [...new Set(Array.from({ length: LABEL_SAMPLE }, (_, index) => byTime[Math.round(index * step)]!))]
}
