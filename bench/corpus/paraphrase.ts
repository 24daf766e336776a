import type { Random } from './random.ts'
import { ACTORS, CLAUSES, INTENSIFIERS, MODIFIERS, STANCES, SYNONYMS } from './vocabulary.ts'
import { OBJECTS } from './objects.ts'
import { fillObject, fixArticles, type Wording } from './wording.ts'

/** The edits a restatement may make; the first four are the ones the benchmark issue names. */
export type EditKind = 'synonym' | 'insert' | 'delete' | 'reorder' | 'rephrase' | 'stance-wording' | 'actor'

const SYNONYM_OF = new Map<string, readonly string[]>()
for (const set of SYNONYMS) for (const phrase of set) SYNONYM_OF.set(phrase, set)
/** Longest phrases first, so "as a matter of priority" wins over "priority". */
const SYNONYM_RE = new RegExp(`\\b(${[...SYNONYM_OF.keys()].sort((a, b) => b.length - a.length)
  .map((phrase) => phrase.replace(/[-]/g, '\\-')).join('|')})\\b`, 'g')
const ARTICLE_NOUN_RE = /\b(the|a|an) (?=[a-z])/g

/** Applies one edit of the given kind to a copy of the wording; returns the kind actually applied. */
export function applyEdit(wording: Wording, kind: EditKind, random: Random): { wording: Wording; kind: EditKind } {
  const next: Wording = { ...wording, clauses: [...wording.clauses] }
  switch (kind) {
    case 'synonym': {
      const parts = ['object', ...next.clauses.map((_, index) => index)] as const
      for (const part of random.shuffle(parts)) {
        const text = part === 'object' ? next.object : next.clauses[part]!
        const swapped = swapSynonym(text, random)
        if (swapped === text) continue
        if (part === 'object') next.object = swapped
        else next.clauses[part] = swapped
        return { wording: next, kind }
      }
      return applyEdit(wording, 'stance-wording', random)
    }
    case 'insert': {
      const choice = random.int(0, 2)
      if (choice === 0 && next.intensifier === null) next.intensifier = random.pick(INTENSIFIERS)
      else if (choice === 1 && insertModifier(next, random)) return { wording: next, kind }
      else next.clauses.push(random.pick(CLAUSES.filter((clause) => !hasClause(next, clause))))
      return { wording: next, kind }
    }
    case 'delete': {
      if (next.clauses.length > 0) next.clauses.splice(random.int(0, next.clauses.length - 1), 1)
      else if (next.fronted !== null) next.fronted = null
      else if (next.intensifier !== null) next.intensifier = null
      else return applyEdit(wording, 'insert', random)
      return { wording: next, kind }
    }
    case 'reorder': {
      if (next.fronted !== null) {
        next.clauses.push(next.fronted)
        next.fronted = null
      } else if (next.clauses.length >= 2) {
        next.clauses.reverse()
      } else if (next.clauses.length === 1) {
        next.fronted = next.clauses.pop()!
      } else return applyEdit(wording, 'synonym', random)
      return { wording: next, kind }
    }
    case 'rephrase': {
      const forms = OBJECTS[next.objectIndex]!.forms.length
      if (forms < 2) return applyEdit(wording, 'synonym', random)
      next.objectForm = (next.objectForm + random.int(1, forms - 1)) % forms
      next.object = fillObject(next.objectIndex, next.objectForm, next.places)
      return { wording: next, kind }
    }
    case 'stance-wording': {
      const forms = STANCES[next.stance]!.forms.length
      next.stanceForm = (next.stanceForm + random.int(1, forms - 1)) % forms
      return { wording: next, kind }
    }
    case 'actor':
      next.actor = random.pick(ACTORS.filter((actor) => actor !== next.actor))
      return { wording: next, kind }
  }
}

/** Swaps one synonym-bearing phrase of the text for another of its set; the text unchanged when none. */
export function swapSynonym(text: string, random: Random): string {
  const matches = [...text.matchAll(SYNONYM_RE)]
  if (matches.length === 0) return text
  const match = random.pick(matches)
  const options = SYNONYM_OF.get(match[0])!.filter((phrase) => phrase !== match[0])
  return fixArticles(text.slice(0, match.index) + random.pick(options) + text.slice(match.index + match[0].length))
}

function insertModifier(wording: Wording, random: Random): boolean {
  const slots = [...wording.object.matchAll(ARTICLE_NOUN_RE)]
  const modifier = random.pick(MODIFIERS)
  if (slots.length === 0 || wording.object.includes(modifier)) return false
  const slot = random.pick(slots)
  const at = slot.index + slot[0].length
  wording.object = fixArticles(`${wording.object.slice(0, at)}${modifier} ${wording.object.slice(at)}`)
  return true
}

function hasClause(wording: Wording, clause: string): boolean {
  return wording.fronted === clause || wording.clauses.includes(clause)
}
