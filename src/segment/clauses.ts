import { matchesAt, skipSpace } from './characters.ts'
import { NAME_WORD_PATTERN } from './names.ts'
import { type Span, cutSpan } from './span.ts'
import type { Attribution, AttributionFinder } from './speakers.ts'
import { TITLE_PATTERN } from './titles.ts'
import { countWords } from './words.ts'

/** Both sides of a semicolon need this many words before it splits, so short lists stay whole. */
const MIN_CLAUSE_WORDS = 6
/**
 * Where a new attributed speaker may begin a list item: a comma, maybe `and`, then a title and
 * a name (`…”, and Ambassador Feridun Sinirlioğlu, … who expressed`), or any capitalised word
 * right after a closed quotation (`…”, and Fatemi added`). Splitting also needs a speaker on
 * both sides, so `met Minister X, and Ambassador Y` without speech stays one statement. Sticky:
 * it is tried only just after each comma and its spaces, the one place its lookbehinds allow.
 */
const LIST_SPEAKER_RE = new RegExp(
  `(?<=,\\s+)(?:(?:and|while|whereas|but)\\s+)?${TITLE_PATTERN}\\s+${NAME_WORD_PATTERN}|(?<=[”"],\\s+)(?:and\\s+)?\\p{Lu}`,
  'uy',
)

interface Candidate {
  at: number
  needs: 'words' | 'speakers'
}

/**
 * Clauses of one sentence: pieces split at semicolons whose sides are both substantial, and at
 * list boundaries where each side quotes its own named speaker. Never splits inside quotation
 * marks, so a quoted passage with a semicolon stays with its speaker. One span when unsplit.
 */
export function splitClauses(text: string, sentence: Span, findAttribution: AttributionFinder): Span[] {
  const body = text.slice(sentence.start, sentence.end)
  const candidates = findCandidates(body)
  if (candidates.length === 0) return [{ start: sentence.start, end: sentence.end }]
  const left = createLeftSide(body, findAttribution)
  const cuts: number[] = []
  candidates.forEach((candidate, index) => {
    const to = candidates[index + 1]?.at ?? body.length
    const accepted = candidate.needs === 'words'
      ? left.hasWords(candidate.at, MIN_CLAUSE_WORDS) && countWords(body, candidate.at, to, MIN_CLAUSE_WORDS) >= MIN_CLAUSE_WORDS
      : left.isNamed(candidate.at) && isNamed(findAttribution(body.slice(candidate.at, to)))
    if (!accepted) return
    cuts.push(sentence.start + candidate.at)
    left.restartAt(candidate.at)
  })
  return cutSpan(text, sentence, cuts)
}

/**
 * The text left of a candidate, from the last cut. Until the next cut each left side extends the
 * one before, so what was learnt of it is kept rather than asked again, which is quadratic in
 * the candidates of a long sentence. Extending changes neither answer: a semicolon candidate
 * follows `;`, so no word straddles it, and a speaker candidate follows `,` and spaces, so no
 * speech verb or name touches it.
 */
function createLeftSide(body: string, findAttribution: AttributionFinder) {
  let from = 0
  let words = 0
  let wordsTo = 0
  let attribution: Attribution | null = null
  let attributionTo = 0
  return {
    restartAt(at: number): void {
      from = wordsTo = attributionTo = at
      words = 0
      attribution = null
    },
    /** Whether `[from, at)` holds at least `min` words. */
    hasWords(at: number, min: number): boolean {
      if (words < min) {
        words += countWords(body, wordsTo, at, min - words)
        wordsTo = at
      }
      return words >= min
    },
    /** Whether `[from, at)` attributes speech to a named person. */
    isNamed(at: number): boolean {
      // Once found, an attribution stays the first one however far the text extends.
      if (attribution === null) {
        attribution = findAttribution(body.slice(from, at), attributionTo - from)
        attributionTo = at
      }
      return isNamed(attribution)
    },
  }
}

/** Semicolons and list speakers outside quotation marks, in order. */
function findCandidates(body: string): Candidate[] {
  const candidates: Candidate[] = []
  let semicolon = body.indexOf(';')
  let comma = body.indexOf(',')
  while (semicolon >= 0 || comma >= 0) {
    if (comma < 0 || (semicolon >= 0 && semicolon < comma)) {
      candidates.push({ at: semicolon + 1, needs: 'words' })
      semicolon = body.indexOf(';', semicolon + 1)
    } else {
      const at = skipSpace(body, comma + 1)
      if (at > comma + 1 && mayStartSpeaker(body.charCodeAt(at)) && matchesAt(LIST_SPEAKER_RE, body, at)) {
        candidates.push({ at, needs: 'speakers' })
      }
      comma = body.indexOf(',', comma + 1)
    }
  }
  return candidates.length === 0 ? candidates : outsideQuotes(body, candidates)
}

/** Cheap necessary condition for LIST_SPEAKER_RE: a title, a capital, `and`, `while`, `but`. */
function mayStartSpeaker(code: number): boolean {
  return code >= 0x80 || (code >= 0x41 && code <= 0x5a) || code === 0x61 || code === 0x77 || code === 0x62
}

/**
 * The candidates whose preceding character is outside “curly” and "straight" quotation marks,
 * tracking the quote state in one pass up to the last candidate. The quote marks are all in the
 * BMP, so both halves of an astral character get the state around them.
 */
function outsideQuotes(body: string, candidates: Candidate[]): Candidate[] {
  let depth = 0
  let straight = false
  let index = 0
  return candidates.filter((candidate) => {
    for (; index < candidate.at; index++) {
      const code = body.charCodeAt(index)
      if (code === 0x201c) depth++
      else if (code === 0x201d) depth = Math.max(0, depth - 1)
      else if (code === 0x22) straight = !straight
    }
    return depth === 0 && !straight
  })
}

function isNamed(attribution: Attribution | null): boolean {
  return attribution?.kind === 'name'
}
