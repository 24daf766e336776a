import { isSentenceStarter } from './abbreviations.ts'
import { TITLE_PATTERN } from './titles.ts'

/** One capitalised word of a name: `Akram`, `Al-Dobeay`, `O’Brien`, `Sinirlioğlu`, initial `M.`. */
export const NAME_WORD_PATTERN = String.raw`\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+|[’']\p{Lu}[\p{L}\p{M}]*)*\.?`
/** Lowercase particles inside names: `Mohammed bin Salman`, `Ursula von der Leyen`. */
const PARTICLE = String.raw`(?:bin|ibn|al|el|de|da|del|van|von|der|den|du|dos|le|la)`
const NAME_RUN = String.raw`${NAME_WORD_PATTERN}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD_PATTERN})*`
const NOT_INSIDE_WORD = String.raw`(?<![\p{L}\p{M}\p{N}’'.-])`

/** The run of capitalised words that ends a text. */
const NAME_RUN_END_RE = new RegExp(`${NOT_INSIDE_WORD}(${NAME_RUN})$`, 'u')
const NAME_RUN_START_RE = new RegExp(`^\\s*(${NAME_RUN})`, 'u')
/** A title and the name after it; the greedy `.*` picks the last title in the run. */
const TITLED_RUN_RE = new RegExp(`^(?:.*\\s)?${TITLE_PATTERN}\\s+(${NAME_RUN})$`, 'su')
const TITLED_NAME_RE = new RegExp(`${NOT_INSIDE_WORD}${TITLE_PATTERN}\\s+(${NAME_RUN})`, 'gu')
const WORD_BEFORE_RE = /([\p{L}]+)[^\p{L}]*$/u
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
  const run = NAME_RUN_END_RE.exec(text)
  if (!run) return null
  const titled = TITLED_RUN_RE.exec(run[1]!)
  if (titled) return titled[1]!
  let words = run[1]!.split(SPACE_RE)
  if (NOT_PERSON.has(words[0]!.toLowerCase())) return null
  const before = text.slice(0, run.index)
  const wordBefore = WORD_BEFORE_RE.exec(before)?.[1]
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
  const first = run[1]!.split(SPACE_RE)[0]!
  return NOT_PERSON.has(first.toLowerCase()) ? null : withoutTitle(run[1]!)
}

/** The last person named with a title anywhere in `text` (`… hosted by Ambassador Munir Akram`). */
export function lastTitledPerson(text: string): string | null {
  let last: string | null = null
  for (const match of text.matchAll(TITLED_NAME_RE)) last = withoutTitle(match[1]!)
  return last
}

/** The name after the last title, without a sentence's full stop (`… Shehbaz Sharif.`). */
function withoutTitle(run: string): string {
  return (TITLED_RUN_RE.exec(run)?.[1] ?? run).replace(FINAL_STOP_RE, '$1')
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
