import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Stances restated across documents, each in a few wordings so alignment has real work to do. */
export const POSITIONS = [
  ['The committee reaffirmed the right to self-determination of the people.', 'The committee reaffirmed the inalienable right of the people to self-determination.', 'Members reaffirmed the right to self-determination as prescribed by the resolutions.'],
  ['It called for a just and lasting resolution of the dispute through dialogue.', 'It called for a just and lasting solution to the conflict through genuine dialogue.', 'The group urged a just, peaceful and lasting settlement of the dispute.'],
  ['The members thanked the chair for hosting the meeting.', 'Members expressed gratitude to the chair for convening the meeting.', 'The chair was thanked for hosting the meeting and for steadfast support.'],
  ['Inflation remained elevated and the committee will monitor incoming data.', 'Inflation has eased but remains elevated, and incoming data will be monitored.', 'The committee judges that inflation is still somewhat elevated.'],
  ['Peace and security in the region depend on restraint by all parties.', 'Lasting peace and security in the region require restraint from every party.', 'Regional peace and stability depend on restraint and de-escalation.'],
  ['The delegation condemned the continued repression and arbitrary arrests.', 'The delegation strongly condemned the ongoing repression and mass arrests.', 'Arbitrary detentions and repression were condemned by the delegation.'],
  ['A fact-finding mission should visit the territory without delay.', 'The group requested that a fact-finding mission be dispatched to the territory.', 'An independent fact-finding mission was requested.'],
  ['Humanitarian access must be granted to all affected areas.', 'Unimpeded humanitarian access to all affected areas must be ensured.', 'Aid agencies need full access to every affected area.'],
]
export const FILLER = ['Further consultations will be held next month.', 'The meeting was held in New York.', 'A joint communique was adopted at the end of the session.', 'Ambassador Munir Akram said that “the world is watching”.']

/** Mulberry32: a small seeded generator, so a failing run can be reproduced from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface GeneratedDocument {
  fileName: string
  series: string
  date: string
}

/**
 * Writes `series × perSeries` small dated documents into `dir`, `perYear` (at most 12) releases a
 * year (files sort by date, so the CLI imports them in date order, interleaving series). Each restates most positions in one of their
 * wordings, drops some and adds filler, like successive releases of one body.
 */
export function writeGeneratedCorpus(dir: string, options: { series: number; perSeries: number; seed: number; perYear?: number; tag?: string }): GeneratedDocument[] {
  const perYear = options.perYear ?? 12
  const random = seededRandom(options.seed)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!
  mkdirSync(dir, { recursive: true })
  const documents: GeneratedDocument[] = []
  for (let n = 0; n < options.perSeries; n++) {
    for (let s = 0; s < options.series; s++) {
      const date = `${2000 + Math.floor(n / perYear)}-${String((n % perYear) + 1).padStart(2, '0')}-${String(s + 1).padStart(2, '0')}`
      const series = `generated-${s}`
      const statements = POSITIONS.filter(() => random() < 0.6).map((wordings) => pick(wordings))
      statements.splice(Math.floor(random() * (statements.length + 1)), 0, pick(FILLER))
      const fileName = `${date}-${series}${options.tag ? `-${options.tag}` : ''}.txt`
      const body = statements.map((statement, i) => (i % 3 === 2 ? `${statement}\n\n` : `${statement} `)).join('').trim()
      writeFileSync(join(dir, fileName), `---\ntitle: Release ${n + 1} of ${series}\ndate: ${date}\nseries: ${series}\n---\n${body}\n`)
      documents.push({ fileName, series, date })
    }
  }
  return documents
}
