import { isSentenceStarter } from './abbreviations.ts'
import { execAt, skipNonSpace, skipSpace } from './characters.ts'
import { TITLE_FIRST_WORDS, TITLE_PATTERN } from './titles.ts'

/** One capitalised word of a name: `Akram`, `Al-Dobeay`, `O’Brien`, `Sinirlioğlu`, initial `M.`. */
export const NAME_WORD_PATTERN = String.raw`\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+|[’']\p{Lu}[\p{L}\p{M}]*)*\.?`
/** Lowercase particles inside names: `Mohammed bin Salman`, `Ursula von der Leyen`. */
const PARTICLE = String.raw`(?:bin|ibn|al|el|de|da|del|van|von|der|den|du|dos|le|la)`
const NAME_RUN = String.raw`${NAME_WORD_PATTERN}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD_PATTERN})*`
const NOT_INSIDE_WORD = String.raw`(?<![\p{L}\p{M}\p{N}’'.-])`

/** The run of capitalised words that ends a text. Global, to start the search near the end. */
const NAME_RUN_END_RE = new RegExp(`${NOT_INSIDE_WORD}(${NAME_RUN})$`, 'gu')
const NAME_RUN_START_RE = new RegExp(`^\\s*(${NAME_RUN})`, 'u')
/** A title and the name after it; the greedy `.*` picks the last title in the run. */
const TITLED_RUN_RE = new RegExp(`^(?:.*\\s)?${TITLE_PATTERN}\\s+(${NAME_RUN})$`, 'su')
/** Sticky: tried only where a title's first word starts. */
const TITLED_NAME_RE = new RegExp(`${NOT_INSIDE_WORD}${TITLE_PATTERN}\\s+(${NAME_RUN})`, 'uy')
const LETTER_RE = /^\p{L}$/u
const STATEMENT_START_RE = /^[\s“‘"'(]*$/u
const SPACE_RE = /\s+/u
/** A stop after a word of two letters or more ends the sentence; after an initial it is kept. */
const FINAL_STOP_RE = /(\p{L}{2})\.$/u

/**
 * Capitalised words that name no person: determiners and pronouns. A run starting with one
 * (`The Group`, `This Committee`) or preceded by one (`the OIC`) names a body, not a speaker.
 */
const NOT_PERSON = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my',
  'your', 'each', 'every', 'both', 'all', 'some', 'several', 'many', 'it', 'they', 'we', 'i',
  'you', 'he', 'she', 'there', 'such',
])

/** Whether a capitalised word is also used inside a longer name elsewhere in the document. */
export type KnownName = (word: string) => boolean

/**
 * The person named at the very end of `text` (just before a speech verb), without title, or
 * null. A single capitalised word at the start of the statement is ambiguous (`Fatemi stated`
 * vs `Delegates called`), so it counts only if the document also uses it inside a longer name.
 */
export function personAtEnd(text: string, isKnownName: KnownName): string | null {
  NAME_RUN_END_RE.lastIndex = nameRunBound(text)
  const run = NAME_RUN_END_RE.exec(text)
  if (!run) return null
  const titled = titledRun(run[1]!)
  if (titled) return titled[1]!
  if (NOT_PERSON.has(firstWord(run[1]!).toLowerCase())) return null
  let words = run[1]!.split(SPACE_RE)
  const before = text.slice(0, run.index)
  const wordBefore = lastLetterRun(before)
  if (wordBefore && NOT_PERSON.has(wordBefore.toLowerCase())) return null
  if (!STATEMENT_START_RE.test(before)) return words.join(' ')
  if (isSentenceStarter(words[0]!)) words = words.slice(1)
  if (words.length === 1 && !isKnownName(words[0]!)) return null
  return words.length > 0 ? words.join(' ') : null
}

/** The person named at the start of `text` (`said Ambassador Munir Akram`), without title. */
export function personAtStart(text: string): string | null {
  const run = NAME_RUN_START_RE.exec(text)
  if (!run) return null
  const first = firstWord(run[1]!)
  return NOT_PERSON.has(first.toLowerCase()) ? null : withoutTitle(run[1]!)
}

/** The last person named with a title anywhere in `text` (`… hosted by Ambassador Munir Akram`). */
export function lastTitledPerson(text: string): string | null {
  let last: string | null = null
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x41 || code > 0x5a) continue
    let end = index + 1
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++
    const match = TITLE_FIRST_WORDS.has(text.slice(index, end)) ? execAt(TITLED_NAME_RE, text, index) : null
    if (match) {
      last = withoutTitle(match[1]!)
      end = index + match[0].length
    }
    index = end - 1
  }
  return last
}

/** What `run.split(/\s+/u)[0]` gives for a run starting with a letter, without splitting it all. */
function firstWord(run: string): string {
  return run.slice(0, skipNonSpace(run, 0))
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}

/**
 * A point at or before where a run of name words ending `text` can start: back over everything
 * such a run may hold. Non-ASCII characters count as letters unless they are common punctuation,
 * so the bound is safe, and the regex then searches only the tail instead of the whole text.
 */
function nameRunBound(text: string): number {
  let index = text.length
  while (index > 0 && mayBeInNameRun(text.charCodeAt(index - 1))) index--
  return index
}

/** Anything but a character that is surely not in `[\p{L}\p{M}\s.’'-]`. */
function mayBeInNameRun(code: number): boolean {
  if (code < 0x80) {
    return isAsciiLetter(code) || code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2e
      || code === 0x27 || code === 0x2d
  }
  return code !== 0x201c && code !== 0x201d && code !== 0x2018 && code !== 0x2013 && code !== 0x2014
    && code !== 0x2026 && code !== 0xab && code !== 0xbb
}

/** The last run of letters in `text`, as `/([\p{L}]+)[^\p{L}]*$/u` captures it, or undefined. */
function lastLetterRun(text: string): string | undefined {
  let end = text.length
  while (end > 0 && letterWidthBefore(text, end) === 0) end -= codePointWidthBefore(text, end)
  let start = end
  for (let width = letterWidthBefore(text, start); width > 0; width = letterWidthBefore(text, start)) start -= width
  return start < end ? text.slice(start, end) : undefined
}

/** The UTF-16 length of the letter that ends at `end`, or 0 when it is not a letter. */
function letterWidthBefore(text: string, end: number): number {
  if (end === 0) return 0
  const code = text.charCodeAt(end - 1)
  if (code < 0x80) return isAsciiLetter(code) ? 1 : 0
  const width = codePointWidthBefore(text, end)
  return LETTER_RE.test(text.slice(end - width, end)) ? width : 0
}

/** 2 when a surrogate pair ends at `end`, else 1. */
function codePointWidthBefore(text: string, end: number): number {
  const code = text.charCodeAt(end - 1)
  if (code < 0xdc00 || code > 0xdfff || end < 2) return 1
  const high = text.charCodeAt(end - 2)
  return high >= 0xd800 && high <= 0xdbff ? 2 : 1
}

/** The name after the last title, without a sentence's full stop (`… Shehbaz Sharif.`). */
function withoutTitle(run: string): string {
  return (titledRun(run)?.[1] ?? run).replace(FINAL_STOP_RE, '$1')
}

/**
 * `TITLED_RUN_RE` on a run of name words, which it backtracks through at length: run only when
 * some word of the run, at its start or after a space, begins like a title.
 */
function titledRun(run: string): RegExpExecArray | null {
  for (let start = 0; start < run.length; start = skipSpace(run, skipNonSpace(run, start))) {
    let end = start
    while (end < run.length && isAsciiLetter(run.charCodeAt(end))) end++
    if (end > start && TITLE_FIRST_WORDS.has(run.slice(start, end))) return TITLED_RUN_RE.exec(run)
  }
  return null
}

/** Remembers, per word, whether `documentText` uses it after another capitalised word. */
export function createKnownName(documentText: string): KnownName {
  const known = new Map<string, boolean>()
  return function isKnownName(word: string): boolean {
    let answer = known.get(word)
    if (answer === undefined) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const inName = new RegExp(`${NOT_INSIDE_WORD}(${NAME_WORD_PATTERN})[ \\t]+${escaped}(?![\\p{L}\\p{M}])`, 'gu')
      answer = [...documentText.matchAll(inName)].some(
        (match) => !NOT_PERSON.has(match[1]!.toLowerCase()) && !isSentenceStarter(match[1]!))
      known.set(word, answer)
    }
    return answer
  }
}
