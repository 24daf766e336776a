import { createKnownName, type KnownName, personAtEnd, personAtStart } from './names.ts'
import { TITLE_PATTERN } from './titles.ts'

/** Who a statement is attributed to: a named person, or `he`/`she` standing for an earlier one. */
export type Attribution = { kind: 'name'; name: string } | { kind: 'pronoun' }

/** Verbs that report speech, in the past and present forms press releases use. */
const SPEECH_VERBS = [
  'said', 'says', 'stated', 'states', 'declared', 'added', 'noted', 'stressed', 'emphasi[sz]ed',
  'urged', 'told', 'warned', 'underlined', 'underscored', 'expressed', 'briefed', 'thanked',
  'called', 'asserted', 'affirmed', 'reaffirmed', 'reiterated', 'remarked', 'observed',
  'highlighted', 'explained', 'announced', 'acknowledged', 'insisted', 'maintained', 'argued',
  'condemned', 'welcomed', 'praised', 'commended', 'appealed', 'requested', 'asked', 'recalled',
  'regretted', 'deplored', 'mentioned', 'informed', 'assured', 'proposed', 'suggested',
  'recommended', 'demanded', 'cautioned', 'lamented', 'addressed', 'replied', 'responded',
  'concluded', 'confirmed', 'denied', 'claimed', 'clarified', 'pointed out',
]
const SPEECH_VERB_RE = new RegExp(`(?<![\\p{L}-])(?:${SPEECH_VERBS.join('|')})(?![\\p{L}-])`, 'gu')
/** Adverbs and auxiliaries between subject and verb: `He further stated`, `has also said`. */
const MODIFIER_END_RE = /\s+(?:\p{Ll}+ly|also|further|then|later|again|once|too|has|have|had|would|will)$/u
/** `was welcomed by the OIC`: in the passive the subject is not the speaker. */
const PASSIVE_END_RE = /(?<![\p{L}])(?:is|are|was|were|be|been|being)$/u
const RELATIVE_END_RE = /\s*(?<![\p{L}])(?:who|which)$/u
const PRONOUN_END_RE = /(?:^|[\s,;:“"(—–])(?:he|she)$/iu
/** `“…,” said Erdogan`: the verb comes right after a closing quote. */
const AFTER_QUOTE_RE = /[”"’],?\s*$/u
/** An appositive describes the person instead of naming them: `, Permanent Representative of X,`. */
const APPOSITIVE_RE = new RegExp(`^(?:\\p{Ll}|${TITLE_PATTERN}(?:\\s+(?:\\p{Ll}|$)|,|$)|[\\p{L}\\p{M}]+[’']s\\s)`, 'u')
/** How many appositives may sit between a name and its verb: `X, envoy, former minister, said`. */
const MAX_APPOSITIVES = 3

/**
 * A function that finds who a statement attributes speech to, within `documentText` (used to
 * tell surnames like `Fatemi` from sentence-initial nouns like `Delegates`). The first speech
 * verb with a recognisable subject wins; null when the text names no one.
 */
export function createSpeakerFinder(documentText: string): (statement: string) => Attribution | null {
  const isKnownName = createKnownName(documentText)
  return function findAttribution(statement: string): Attribution | null {
    for (const verb of statement.matchAll(SPEECH_VERB_RE)) {
      const before = statement.slice(0, verb.index)
      const inverted = AFTER_QUOTE_RE.test(before) ? personAtStart(statement.slice(verb.index + verb[0].length)) : null
      if (inverted) return { kind: 'name', name: inverted }
      const subject = subjectOf(before, isKnownName)
      if (subject) return subject
    }
    return null
  }
}

/** The speaker written right before a speech verb, skipping adverbs, `who` and appositives. */
function subjectOf(before: string, isKnownName: KnownName): Attribution | null {
  let rest = before.trimEnd()
  while (MODIFIER_END_RE.test(rest)) rest = rest.replace(MODIFIER_END_RE, '')
  if (PASSIVE_END_RE.test(rest)) return null
  rest = rest.replace(RELATIVE_END_RE, '')
  if (PRONOUN_END_RE.test(rest)) return { kind: 'pronoun' }
  for (let hop = 0; hop < MAX_APPOSITIVES && rest.endsWith(','); hop++) {
    rest = rest.slice(0, -1).trimEnd()
    const comma = rest.lastIndexOf(',')
    // The first comma part is where a subject sits (`and Ambassador X, envoy, who said`).
    if (comma < 0 || !APPOSITIVE_RE.test(rest.slice(comma + 1).trim())) break
    rest = rest.slice(0, comma + 1)
  }
  const name = personAtEnd(rest, isKnownName)
  return name ? { kind: 'name', name } : null
}
