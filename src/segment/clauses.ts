import { NAME_WORD_PATTERN } from './names.ts'
import { type Span, cutSpan } from './span.ts'
import type { Attribution } from './speakers.ts'
import { TITLE_PATTERN } from './titles.ts'

/** Both sides of a semicolon need this many words before it splits, so short lists stay whole. */
const MIN_CLAUSE_WORDS = 6
const SEMICOLON_RE = /;/gu
/**
 * Where a new attributed speaker may begin a list item: a comma, maybe `and`, then a title and
 * a name (`…”, and Ambassador Feridun Sinirlioğlu, … who expressed`), or any capitalised word
 * right after a closed quotation (`…”, and Fatemi added`). Splitting also needs a speaker on
 * both sides, so `met Minister X, and Ambassador Y` without speech stays one statement.
 */
const LIST_SPEAKER_RE = new RegExp(
  `(?<=,\\s+)(?:(?:and|while|whereas|but)\\s+)?${TITLE_PATTERN}\\s+${NAME_WORD_PATTERN}|(?<=[”"],\\s+)(?:and\\s+)?\\p{Lu}`,
  'gu',
)
const WORD_RE = /[\p{L}\p{N}]+/gu

interface Candidate {
  at: number
  needs: 'words' | 'speakers'
}

/**
 * Clauses of one sentence: pieces split at semicolons whose sides are both substantial, and at
 * list boundaries where each side quotes its own named speaker. Never splits inside quotation
 * marks, so a quoted passage with a semicolon stays with its speaker. One span when unsplit.
 */
export function splitClauses(
  text: string,
  sentence: Span,
  findAttribution: (statement: string) => Attribution | null,
): Span[] {
  const body = text.slice(sentence.start, sentence.end)
  const candidates = findCandidates(body)
  const cuts: number[] = []
  let from = 0
  candidates.forEach((candidate, index) => {
    const left = body.slice(from, candidate.at)
    const right = body.slice(candidate.at, candidates[index + 1]?.at ?? body.length)
    const accepted = candidate.needs === 'words'
      ? countWords(left) >= MIN_CLAUSE_WORDS && countWords(right) >= MIN_CLAUSE_WORDS
      : isNamed(findAttribution(left)) && isNamed(findAttribution(right))
    if (!accepted) return
    cuts.push(sentence.start + candidate.at)
    from = candidate.at
  })
  return cutSpan(text, sentence, cuts)
}

function findCandidates(body: string): Candidate[] {
  const candidates: Candidate[] = [
    ...[...body.matchAll(SEMICOLON_RE)].map((match) => ({ at: match.index + 1, needs: 'words' as const })),
    ...[...body.matchAll(LIST_SPEAKER_RE)].map((match) => ({ at: match.index, needs: 'speakers' as const })),
  ]
  if (candidates.length === 0) return []
  const quoted = quotedMask(body)
  return candidates.filter((candidate) => !quoted[candidate.at - 1]).sort((a, b) => a.at - b.at)
}

/**
 * For each UTF-16 unit, whether it lies inside “curly” or "straight" quotation marks. A plain
 * loop over code units: the quote marks are all in the BMP, and both halves of an astral
 * character get the state around them.
 */
function quotedMask(body: string): Uint8Array {
  const mask = new Uint8Array(body.length)
  let depth = 0
  let straight = false
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index)
    if (code === 0x201c) depth++
    else if (code === 0x201d) depth = Math.max(0, depth - 1)
    else if (code === 0x22) straight = !straight
    mask[index] = depth > 0 || straight ? 1 : 0
  }
  return mask
}

function countWords(text: string): number {
  return text.match(WORD_RE)?.length ?? 0
}

function isNamed(attribution: Attribution | null): boolean {
  return attribution?.kind === 'name'
}
