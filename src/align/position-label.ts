import type { CorpusModel } from './corpus-model.ts'
import { termRelatedness } from './term-match.ts'
import { tokenizeWords, type WordToken } from './tokenize.ts'
import type { AlignInput } from '../types.ts'

/** Labels are phrases of up to this many content words. */
const MAX_PHRASE_TERMS = 4
/** A label phrase must be found in at least this share of the position's statements. */
const MIN_SHARE = 0.5
/**
 * A phrase is rendered from a statement that uses its words or their derived forms (Kashmir /
 * Kashmiri); when counting the statements that share a phrase of several words, synonyms count
 * too ("just and lasting resolution" shares "just and lasting solution"). A single synonym is too
 * loose: "collective" would find "Assembly" and name the position after it.
 */
const EXACT_STRENGTH = 0.85
const SYNONYM_STRENGTH = 0.6
/** Words a restatement may insert inside a phrase ("just [comprehensive] and lasting solution"). */
const MAX_INSERTED = 1
/**
 * A label names the stance, not the act of stating it: phrases opening with a past-tense verb
 * ("reaffirmed the right to …", "called for …") are passed over for the phrase they introduce.
 */
const REPORTING_VERB_RE = /^\p{Ll}+ed$/u
/** A label does not cut a compound ("right to self" of "right to self-determination"). */
const HYPHEN_RE = /[-\u2010\u2011]/u
/** A label does not cross a clause or a sentence. */
const BREAK_RE = /[()[\],;:“”"—–.!?]/u
/** Names in a label count half: "Kashmir" is the subject of every position, not the stance. */
const NAME_WEIGHT = 0.5

interface Phrase {
  keys: string[]
  score: number
}

const contentOf = (statement: AlignInput) => tokenizeWords(statement.text).filter((token) => !token.stop)

/**
 * Where a phrase of `keyCount` words starts and ends among `tokenCount` tokens, words inserted
 * inside allowed; null if absent. `matches(token, key)` says whether a token stands for a word.
 */
function findPhrase(tokenCount: number, keyCount: number, matches: (token: number, key: number) => boolean): [number, number] | null {
  const at = (token: number, key: number) => token < tokenCount && matches(token, key)
  for (let start = 0; start < tokenCount; start++) {
    if (!at(start, 0)) continue
    let end = start
    let next = 1
    for (; next < keyCount; next++) {
      if (at(end + 1, next)) end += 1
      else if (at(end + 1 + MAX_INSERTED, next)) end += 1 + MAX_INSERTED
      else break
    }
    if (next === keyCount) return [start, end]
  }
  return null
}

/**
 * How related the words of a few statements are, pair by pair, as they are first asked for: ranking
 * phrases compares every phrase of every statement with every statement, the same few dozen words
 * over and over.
 */
function relatednessTable(sequences: WordToken[][]) {
  const ids = new Map<string, number>()
  const words: string[] = []
  const idSequences = sequences.map((tokens) => Int32Array.from(tokens, (token) => {
    let id = ids.get(token.key)
    if (id === undefined) {
      id = words.length
      ids.set(token.key, id)
      words.push(token.key)
    }
    return id
  }))
  const size = words.length
  const table = new Float32Array(size * size).fill(-1)
  const related = (a: number, b: number) => {
    let value = table[a * size + b]!
    if (value < 0) {
      value = termRelatedness(words[a]!, words[b]!)
      table[a * size + b] = value
    }
    return value
  }
  return { idSequences, related }
}

/**
 * Phrases of the position's statements, best first: the phrase shared by the most statements, with
 * the most weight (idf of its words, names counting half), so the label names the stance the
 * statements restate ("just and lasting solution", "right to self-determination").
 */
export function rankPhrases(members: AlignInput[], model: CorpusModel): Phrase[] {
  const sequences = members.map(contentOf)
  const { idSequences, related } = relatednessTable(sequences)
  const isName = (token: WordToken) => token.acronym || model.names.has(token.key) || (token.capitalised && !token.initial)
  const seen = new Map<string, boolean>()
  const phrases: Phrase[] = []
  const needed = Math.max(2, Math.ceil(members.length * MIN_SHARE))
  sequences.forEach((tokens, member) => {
    const text = members[member]!.text
    const own = idSequences[member]!
    for (let start = 0; start < tokens.length; start++) {
      for (let length = 1; length <= MAX_PHRASE_TERMS && start + length <= tokens.length; length++) {
        const words = tokens.slice(start, start + length)
        const keys = words.map((token) => token.key)
        const id = keys.join(' ')
        // Phrases of two words or more are matched alike, so one that too few statements share
        // cannot be extended into one that enough share: stop lengthening it.
        const shared = seen.get(id)
        if (shared === false && length > 1) break
        const [first, last] = [words[0]!, words[length - 1]!]
        if (shared !== undefined || words.every(isName) || REPORTING_VERB_RE.test(first.surface) || BREAK_RE.test(text.slice(first.start, last.start))) continue
        if (HYPHEN_RE.test(text[first.start - 1] ?? '') || HYPHEN_RE.test(text[last.start + last.surface.length] ?? '')) continue
        const strength = length > 1 ? SYNONYM_STRENGTH : EXACT_STRENGTH
        const found = idSequences.filter((sequence) =>
          findPhrase(sequence.length, length, (token, key) => related(sequence[token]!, own[start + key]!) >= strength) !== null).length
        seen.set(id, found >= needed || members.length <= 1)
        if (found < needed && members.length > 1) {
          if (length > 1) break
          continue
        }
        const weight = words.reduce((sum, token) => sum + model.terms.weight(model.vocabulary.find(token.key)) * (isName(token) ? NAME_WEIGHT : 1), 0)
        // Squared share: a phrase every statement uses beats a longer one only some use.
        phrases.push({ keys, score: (found / members.length) ** 2 * weight })
      }
    }
  })
  return phrases.sort((left, right) => right.score - left.score || right.keys.length - left.keys.length || (left.keys.join(' ') < right.keys.join(' ') ? -1 : 1))
}

/**
 * A phrase as the latest statement words it, from its first to its last content word, so the
 * label reads naturally ("right to self-determination", not "right self determin").
 */
export function renderPhrase(members: AlignInput[], keys: string[]): string {
  const latest = [...members].sort((left, right) => right.year - left.year || right.id - left.id)
  for (const statement of latest) {
    const tokens = contentOf(statement)
    const span = findPhrase(tokens.length, keys.length, (token, key) => termRelatedness(tokens[token]!.key, keys[key]!) >= EXACT_STRENGTH)
    if (!span) continue
    const [first, last] = [tokens[span[0]]!, tokens[span[1]]!]
    const phrase = statement.text.slice(first.start, last.start + last.surface.length)
    return first.initial && !first.acronym ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase
  }
  return keys.join(' ')
}
