import { execAt, lowerRunStart, matchesAt, skipNonSpaceBack, skipSpaceBack } from './characters.ts'
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
/** Sticky: tried only at the lowercase words whose `wordKey` a speech verb has. */
const SPEECH_VERB_RE = new RegExp(`(?<![\\p{L}-])(?:${SPEECH_VERBS.join('|')})(?![\\p{L}-])`, 'uy')
/** Longer than any speech verb. */
const MAX_KEYED_LENGTH = 15
/**
 * `wordKey` of the run of `[a-z]` each speech verb starts with: the verb itself, or `pointed` of
 * `pointed out`.
 */
const SPEECH_VERB_KEYS = new Uint8Array((MAX_KEYED_LENGTH + 1) * 26 * 26)
for (const verb of SPEECH_VERBS) {
  for (const word of verb === 'emphasi[sz]ed' ? ['emphasised', 'emphasized'] : [verb.split(' ')[0]!]) {
    SPEECH_VERB_KEYS[wordKey(word, 0, word.length)] = 1
  }
}
/** Adverbs and auxiliaries between subject and verb (`He further stated`, `has also said`), as a whole word. */
const MODIFIER_RE = /^(?:\p{Ll}+ly|also|further|then|later|again|once|too|has|have|had|would|will)$/u
/**
 * `was welcomed by the OIC`: in the passive the subject is not the speaker. Sticky, like
 * `RELATIVE_RE`: tried where the trailing lowercase word starts, the one place it can match.
 */
const PASSIVE_RE = /(?<![\p{L}])(?:is|are|was|were|be|been|being)$/uy
const RELATIVE_RE = /(?<![\p{L}])(?:who|which)$/uy
/** A final `he` or `she`; it is never more than four characters long, so only those are tested. */
const PRONOUN_END_RE = /(?:^|[\s,;:“"(—–])(?:he|she)$/iu
/** An appositive describes the person instead of naming them: `, Permanent Representative of X,`. */
const APPOSITIVE_RE = new RegExp(`^(?:\\p{Ll}|${TITLE_PATTERN}(?:\\s+(?:\\p{Ll}|$)|,|$)|[\\p{L}\\p{M}]+[’']s\\s)`, 'u')
/** How many appositives may sit between a name and its verb: `X, envoy, former minister, said`. */
const MAX_APPOSITIVES = 3

/**
 * Finds who a statement attributes speech to: the first speech verb with a recognisable subject
 * wins; null when the text names no one. `from` skips the speech verbs before it, for a caller
 * that already knows none of them has a subject in this statement.
 */
export type AttributionFinder = (statement: string, from?: number) => Attribution | null

/**
 * An `AttributionFinder` within `documentText` (used to tell surnames like `Fatemi` from
 * sentence-initial nouns like `Delegates`).
 */
export function createSpeakerFinder(documentText: string): AttributionFinder {
  const isKnownName = createKnownName(documentText)
  return function findAttribution(statement: string, from = 0): Attribution | null {
    for (let verb = findSpeechVerb(statement, from); verb; verb = findSpeechVerb(statement, verb.index + verb[0].length)) {
      const inverted = isAfterQuote(statement, verb.index) ? personAtStart(statement.slice(verb.index + verb[0].length)) : null
      if (inverted) return { kind: 'name', name: inverted }
      const subject = subjectOf(statement.slice(0, verb.index), isKnownName)
      if (subject) return subject
    }
    return null
  }
}

/**
 * The next speech verb at or after `from`. Scans lowercase words and runs the verb regex only on
 * those that can be one: a verb never follows a letter or `-`, and its `[a-z]` run has the
 * length, first and last letters of one.
 */
function findSpeechVerb(statement: string, from: number): RegExpExecArray | null {
  for (let index = from; index < statement.length; index++) {
    if (!isLowercase(statement.charCodeAt(index))) continue
    let end = index + 1
    while (end < statement.length && isLowercase(statement.charCodeAt(end))) end++
    const previous = index > 0 ? statement.charCodeAt(index - 1) : 0x20
    if (!isLetterOrHyphen(previous) && SPEECH_VERB_KEYS[wordKey(statement, index, end)] === 1) {
      const verb = execAt(SPEECH_VERB_RE, statement, index)
      if (verb) return verb
    }
    index = end
  }
  return null
}

/**
 * A `[a-z]` word's length, first and last letters, as one small number; 0 (no verb's key) for
 * words too long to be a verb. Indexes a table, so checking a word allocates and hashes nothing.
 */
function wordKey(text: string, start: number, end: number): number {
  const length = end - start
  if (length > MAX_KEYED_LENGTH) return 0
  return (length * 26 + text.charCodeAt(start) - 0x61) * 26 + text.charCodeAt(end - 1) - 0x61
}

function isLowercase(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}

/** `[A-Za-z-]` */
function isLetterOrHyphen(code: number): boolean {
  return isAsciiLetter(code) || code === 0x2d
}

/** `“…,” said Erdogan`: the verb at `index` comes right after a closing quote (`/[”"’],?\s*$/`). */
function isAfterQuote(statement: string, index: number): boolean {
  let end = skipSpaceBack(statement, index)
  if (end > 0 && statement.charCodeAt(end - 1) === 0x2c) end--
  const code = end > 0 ? statement.charCodeAt(end - 1) : 0
  return code === 0x201d || code === 0x22 || code === 0x2019
}

/** The speaker written right before a speech verb, skipping adverbs, `who` and appositives. */
function subjectOf(before: string, isKnownName: KnownName): Attribution | null {
  let rest = before.trimEnd()
  for (let cut = modifierStart(rest); cut >= 0; cut = modifierStart(rest)) rest = rest.slice(0, cut)
  if (endsWithWordIn(PASSIVE_RE, rest)) return null
  const relative = lowerRunStart(rest, rest.length)
  if (endsWithWordIn(RELATIVE_RE, rest)) rest = rest.slice(0, skipSpaceBack(rest, relative))
  if (endsWithPronoun(rest)) return { kind: 'pronoun' }
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

/**
 * Whether `text` ends with a lowercase word that `re` (sticky, lookbehind for a non-letter, `$`)
 * matches: it can only start where the trailing run of `[a-z]` does, after no ASCII letter.
 */
function endsWithWordIn(re: RegExp, text: string): boolean {
  const start = lowerRunStart(text, text.length)
  if (start === text.length || (start > 0 && isAsciiLetter(text.charCodeAt(start - 1)))) return false
  return matchesAt(re, text, start)
}

/** `he` or `she` ends `text`; both end in `e` even ignoring case, and the regex needs four characters at most. */
function endsWithPronoun(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return (last === 0x65 || last === 0x45) && PRONOUN_END_RE.test(text.slice(-4))
}

/**
 * Where the spaces before a final adverb or auxiliary start in `rest` (which ends in a
 * non-space), or -1: the trailing word is the only one `\s+(?:also|…)$` can end with.
 */
function modifierStart(rest: string): number {
  const word = skipNonSpaceBack(rest, rest.length)
  const spaces = skipSpaceBack(rest, word)
  return spaces < word && mayEndModifier(rest.charCodeAt(rest.length - 1)) && MODIFIER_RE.test(rest.slice(word)) ? spaces : -1
}

/** The last letters of `MODIFIER_RE`'s words: `-ly`, `also`, `further`, `then`, `once`, `has`, `had`, `will`… */
function mayEndModifier(code: number): boolean {
  return code === 0x79 || code === 0x6f || code === 0x72 || code === 0x6e || code === 0x65 || code === 0x73
    || code === 0x64 || code === 0x6c
}
