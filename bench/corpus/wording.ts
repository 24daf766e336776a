import { OBJECTS } from './objects.ts'
import { STANCES } from './vocabulary.ts'

/** One year's wording of a position, kept as parts so that paraphrase can edit it like a writer would. */
export interface Wording {
  actor: string
  /** Index into STANCES: fixed for a position, since the stance is what the position is. */
  stance: number
  /** Which of the stance's interchangeable wordings is used. */
  stanceForm: number
  intensifier: string | null
  /** Index into OBJECTS: with the places, the identity of the position. */
  objectIndex: number
  /** Which of the object's constructions is used. */
  objectForm: number
  /** The places that fill {P} and {Q} (the second unused by one-place objects). */
  places: [string, string]
  /** What the position is about, places filled in; synonyms and modifiers are edited in place. */
  object: string
  /** Qualifiers after the object, in order. */
  clauses: string[]
  /** A qualifier moved to the front of the sentence ("In line with international law, the Council …"). */
  fronted: string | null
}

/** The sentence a wording reads as. */
export function renderWording(wording: Wording): string {
  const stance = STANCES[wording.stance]!.forms[wording.stanceForm]!
  const verb = wording.intensifier ? `${wording.intensifier} ${stance}` : stance
  const tail = wording.clauses.map((clause) => `, ${clause}`).join('')
  const subject = wording.fronted ? `${capitalise(wording.fronted)}, ${lowerFirst(wording.actor)}` : wording.actor
  return `${subject} ${verb} ${wording.object}${tail}.`
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "The Ministers" → "the Ministers"; proper names inside stay as they are. */
function lowerFirst(text: string): string {
  return text.startsWith('The ') ? `the ${text.slice(4)}` : text
}

const ARTICLE_RE = /\b(a|an) (\w)/g

/** After an insertion "a" or "an" may sit before the wrong sound; spelling by first letter is close enough here. */
export function fixArticles(text: string): string {
  return text.replace(ARTICLE_RE, (_match, _article: string, letter: string) =>
    `${/[aeiou]/i.test(letter) ? 'an' : 'a'} ${letter}`)
}

/** An object construction with its places filled in. */
export function fillObject(objectIndex: number, form: number, places: [string, string]): string {
  return OBJECTS[objectIndex]!.forms[form]!.replace('{P}', places[0]).replace('{Q}', places[1])
}
