import type { Segment } from '../types.ts'
import { splitClauses } from './clauses.ts'
import { isHeading } from './headings.ts'
import { lastTitledPerson } from './names.ts'
import { splitParagraphs } from './paragraphs.ts'
import { createMarkFinder } from './sentence-marks.ts'
import { splitSentences } from './sentences.ts'
import { createSpeakerFinder } from './speakers.ts'

/**
 * Splits normalised document text into statements: paragraphs → sentences → clauses. Offsets
 * index into `text`; segments are trimmed, ordered, never overlap, and together cover every
 * non-whitespace character.
 */
export function segmentText(text: string): Segment[] {
  const findAttribution = createSpeakerFinder(text)
  const nextMark = createMarkFinder(text)
  const segments: Segment[] = []
  let sentence = 0
  splitParagraphs(text).forEach((paragraphSpan, paragraph) => {
    const sentenceSpans = splitSentences(text, paragraphSpan, nextMark)
    const only = sentenceSpans.length === 1 ? sentenceSpans[0]! : null
    if (only && isHeading(text.slice(only.start, only.end))) {
      const heading = text.slice(only.start, only.end)
      segments.push({ paragraph, sentence: sentence++, clause: 0, ...only, text: heading, kind: 'heading', speaker: null })
      return
    }
    const lastPerson = createLastPerson()
    for (const sentenceSpan of sentenceSpans) {
      const clauseSpans = splitClauses(text, sentenceSpan, findAttribution)
      let previous: string | null = null
      clauseSpans.forEach((span, clause) => {
        const body = text.slice(span.start, span.end)
        const attribution = findAttribution(body)
        // A clause without its own attribution still belongs to the sentence's speaker.
        const speaker = attribution?.kind === 'name' ? attribution.name
          : attribution?.kind === 'pronoun' ? lastPerson.get()
          : clause > 0 ? previous : null
        segments.push({
          paragraph, sentence, clause, start: span.start, end: span.end, text: body,
          kind: clauseSpans.length > 1 ? 'clause' : 'sentence', speaker,
        })
        lastPerson.add(speaker, body)
        previous = speaker
      })
      sentence++
    }
  })
  return segments
}

/**
 * `He further stated…` refers to the person last named in the same paragraph: the speaker of an
 * earlier statement or else the last titled name in it. Looking for titled names costs a scan of
 * each statement, and only `he`/`she` ever asks, so statements without a speaker are kept and
 * searched, latest first, when asked.
 */
function createLastPerson(): { add(speaker: string | null, statement: string): void; get(): string | null } {
  let known: string | null = null
  let unsearched: string[] = []
  return {
    add(speaker, statement) {
      if (speaker === null) unsearched.push(statement)
      else {
        known = speaker
        unsearched = []
      }
    },
    get() {
      for (let index = unsearched.length - 1; index >= 0; index--) {
        const titled = lastTitledPerson(unsearched[index]!)
        if (titled !== null) {
          known = titled
          break
        }
      }
      unsearched = []
      return known
    },
  }
}
