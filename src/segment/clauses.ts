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
  const quoted = quotedMask(body)
  const candidates: Candidate[] = [
    ...[...body.matchAll(SEMICOLON_RE)].map((match) => ({ at: match.index + 1, needs: 'words' as const })),
    ...[...body.matchAll(LIST_SPEAKER_RE)].map((match) => ({ at: match.index, needs: 'speakers' as const })),
  ]
  return candidates.filter((candidate) => !quoted[candidate.at - 1]).sort((a, b) => a.at - b.at)
}

/** For each character, whether it lies inside “curly” or "straight" quotation marks. */
function quotedMask(body: string): boolean[] {
  let depth = 0
  let straight = false
  return [...body].flatMap((character) => {
    if (character === '“') depth++
    else if (character === '”') depth = Math.max(0, depth - 1)
    else if (character === '"') straight = !straight
    const inside = depth > 0 || straight
    // Astral characters take two UTF-16 units; keep the mask aligned with string offsets.
    return character.length === 2 ? [inside, inside] : [inside]
  })
}

function countWords(text: string): number {
  return text.match(WORD_RE)?.length ?? 0
}

function isNamed(attribution: Attribution | null): boolean {
  return attribution?.kind === 'name'
}
