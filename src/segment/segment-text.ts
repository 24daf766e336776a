import type { Segment } from '../types.ts'
import { splitClauses } from './clauses.ts'
import { isHeading } from './headings.ts'
import { lastTitledPerson } from './names.ts'
import { splitParagraphs } from './paragraphs.ts'
import { splitSentences } from './sentences.ts'
import { createSpeakerFinder } from './speakers.ts'

/**
 * Splits normalised document text into statements: paragraphs → sentences → clauses. Offsets
 * index into `text`; segments are trimmed, ordered, never overlap, and together cover every
 * non-whitespace character.
 */
export function segmentText(text: string): Segment[] {
  const findAttribution = createSpeakerFinder(text)
  const segments: Segment[] = []
  let sentence = 0
  splitParagraphs(text).forEach((paragraphSpan, paragraph) => {
    const sentenceSpans = splitSentences(text, paragraphSpan)
    const only = sentenceSpans.length === 1 ? sentenceSpans[0]! : null
    if (only && isHeading(text.slice(only.start, only.end))) {
      const heading = text.slice(only.start, only.end)
      segments.push({ paragraph, sentence: sentence++, clause: 0, ...only, text: heading, kind: 'heading', speaker: null })
      return
    }
    // `He further stated…` refers to the person last named in the same paragraph.
    let lastPerson: string | null = null
    for (const sentenceSpan of sentenceSpans) {
      const clauseSpans = splitClauses(text, sentenceSpan, findAttribution)
      let previous: string | null = null
      clauseSpans.forEach((span, clause) => {
        const body = text.slice(span.start, span.end)
        const attribution = findAttribution(body)
        // A clause without its own attribution still belongs to the sentence's speaker.
        const speaker = attribution?.kind === 'name' ? attribution.name
          : attribution?.kind === 'pronoun' ? lastPerson
          : clause > 0 ? previous : null
        segments.push({
          paragraph, sentence, clause, start: span.start, end: span.end, text: body,
          kind: clauseSpans.length > 1 ? 'clause' : 'sentence', speaker,
        })
        lastPerson = speaker ?? lastTitledPerson(body) ?? lastPerson
        previous = speaker
      })
      sentence++
    }
  })
  return segments
}
