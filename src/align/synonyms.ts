import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Relatedness of Porter stems through WordNet, from the map data/build-synonyms.ts derives.
 * WordNet was chosen over word vectors because it is a curated lexical resource that ships as data
 * (no model weights) and its relations are the ones restatements use: synonyms ("dispute" /
 * "conflict"), derived forms ("resolve" / "resolution"), kinds of one thing ("oppression" /
 * "repression") and definitions ("thank": "express gratitude").
 */
const SYNONYM_FILE = join(import.meta.dirname, 'data', 'wordnet-synonyms.json')
/** Sharing a frequent sense is stronger evidence than sharing a rare one. */
const FREQUENT_SENSE_RANK = 3
const FREQUENT_SYNONYM = 0.8
const RARE_SYNONYM = 0.6
/** Derived words are one concept: nearly as good as the same stem. */
const DERIVATION = 0.85
/** Siblings under a small hypernym, or a word and its hypernym. */
const FAMILY = 0.5
/** A word used to define another. */
const DEFINITION = 0.5

interface SynonymData {
  synonyms: Record<string, string>
  families: Record<string, string>
  definitions: Record<string, string>
  derivations: Record<string, string>
}

type Ranked = Map<string, number>

let data: SynonymData | null = null
const rankedCache = new Map<string, Ranked | null>()

function loadData(): SynonymData {
  data ??= JSON.parse(readFileSync(SYNONYM_FILE, 'utf8')) as SynonymData
  return data
}

function ranked(field: 'synonyms' | 'families', stem: string): Ranked | null {
  const key = `${field}:${stem}`
  let value = rankedCache.get(key)
  if (value !== undefined) return value
  const entry = loadData()[field][stem]
  value = entry === undefined ? null : new Map(entry.split(' ').map((pair) => {
    const [id, rank] = pair.split(':')
    return [id!, parseInt(rank!, 36)]
  }))
  rankedCache.set(key, value)
  return value
}

/** The best rank pair shared by two stems: the larger of the two ranks, or Infinity. */
function sharedRank(field: 'synonyms' | 'families', a: string, b: string): number {
  const left = ranked(field, a)
  const right = left && ranked(field, b)
  if (!left || !right) return Infinity
  let best = Infinity
  for (const [id, rank] of left) {
    const other = right.get(id)
    if (other !== undefined) best = Math.min(best, Math.max(rank, other))
  }
  return best
}

function listed(list: string | undefined, stem: string): boolean {
  return list !== undefined && ` ${list} `.includes(` ${stem} `)
}

/** 0 when WordNet does not relate two different stems; otherwise how closely (0..1). */
export function synonymStrength(a: string, b: string): number {
  const { definitions, derivations } = loadData()
  if (listed(derivations[a], b)) return DERIVATION
  const synonymRank = sharedRank('synonyms', a, b)
  if (synonymRank <= FREQUENT_SENSE_RANK) return FREQUENT_SYNONYM
  if (synonymRank < Infinity) return RARE_SYNONYM
  if (sharedRank('families', a, b) < Infinity) return FAMILY
  return listed(definitions[a], b) || listed(definitions[b], a) ? DEFINITION : 0
}

interface Members {
  synonyms: Map<string, string[]>
  families: Map<string, string[]>
  definedBy: Map<string, string[]>
}

let members: Members | null = null

/** Inverted indexes (synset → stems, stem → stems it helps define), built once on first use. */
function loadMembers(): Members {
  if (members) return members
  const { synonyms, families, definitions } = loadData()
  const invert = (field: Record<string, string>, split: (entry: string) => string[]) => {
    const index = new Map<string, string[]>()
    for (const [stem, entry] of Object.entries(field)) {
      for (const key of split(entry)) {
        const list = index.get(key)
        if (list) list.push(stem)
        else index.set(key, [stem])
      }
    }
    return index
  }
  const ids = (entry: string) => entry.split(' ').map((pair) => pair.slice(0, pair.indexOf(':')))
  members = { synonyms: invert(synonyms, ids), families: invert(families, ids), definedBy: invert(definitions, (entry) => entry.split(' ')) }
  return members
}

/** Every stem WordNet relates to `stem`, with its strength (as `synonymStrength` gives it). */
export function relatedStems(stem: string): Map<string, number> {
  // Every statement asks for its terms' relatives: a corpus has far fewer distinct stems than uses.
  const cached = relatedCache.get(stem)
  if (cached) return cached
  const related = findRelatedStems(stem)
  relatedCache.set(stem, related)
  return related
}

const relatedCache = new Map<string, Map<string, number>>()

function findRelatedStems(stem: string): Map<string, number> {
  const index = loadMembers()
  const { synonyms, families, definitions, derivations } = loadData()
  const candidates = new Set<string>()
  for (const [field, map] of [[synonyms, index.synonyms], [families, index.families]] as const) {
    for (const pair of field[stem]?.split(' ') ?? []) for (const other of map.get(pair.slice(0, pair.indexOf(':'))) ?? []) candidates.add(other)
  }
  for (const other of derivations[stem]?.split(' ') ?? []) candidates.add(other)
  for (const other of definitions[stem]?.split(' ') ?? []) candidates.add(other)
  for (const other of index.definedBy.get(stem) ?? []) candidates.add(other)
  candidates.delete(stem)
  const related = new Map<string, number>()
  for (const other of candidates) {
    const strength = synonymStrength(stem, other)
    if (strength > 0) related.set(other, strength)
  }
  return related
}

/** Loads the map now rather than at the first comparison (for timing and warm-up). */
export function loadSynonyms(): number {
  return Object.keys(loadData().synonyms).length
}
