import { isStopWord } from '../../src/align/stem.ts'
import type { AlignInput, AlignmentLink } from '../../src/types.ts'

const WORD_RE = /[\p{L}\p{N}]+/gu

/**
 * The baseline the issue measures against: plain TF-IDF cosine over sentences (lower-cased words,
 * function words dropped, no stemming, synonyms or phrases), each earlier statement linked to its
 * most similar later one when the cosine reaches `threshold`.
 */
export function alignWithTfIdf(corpus: AlignInput[], from: AlignInput[], to: AlignInput[], threshold: number): AlignmentLink[] {
  const words = (text: string) => (text.toLowerCase().match(WORD_RE) ?? []).filter((word) => !isStopWord(word))
  const documentFrequency = new Map<string, number>()
  for (const statement of corpus) for (const word of new Set(words(statement.text))) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1)
  const vector = (text: string) => {
    const counts = new Map<string, number>()
    for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1)
    const weighted = new Map([...counts].map(([word, count]) => [word, count * Math.log(corpus.length / (documentFrequency.get(word) ?? 1))]))
    const norm = Math.sqrt([...weighted.values()].reduce((sum, value) => sum + value * value, 0))
    return { weighted, norm }
  }
  const cosine = (a: ReturnType<typeof vector>, b: ReturnType<typeof vector>) => {
    if (a.norm === 0 || b.norm === 0) return 0
    let dot = 0
    for (const [word, value] of a.weighted) dot += value * (b.weighted.get(word) ?? 0)
    return dot / (a.norm * b.norm)
  }
  const later = to.filter((statement) => statement.kind !== 'heading').map((statement) => ({ statement, vector: vector(statement.text) }))
  const links: AlignmentLink[] = []
  for (const statement of from) {
    if (statement.kind === 'heading') continue
    const source = vector(statement.text)
    let best: AlignmentLink | null = null
    for (const candidate of later) {
      const similarity = cosine(source, candidate.vector)
      if (!best || similarity > best.similarity) best = { fromId: statement.id, toId: candidate.statement.id, similarity }
    }
    if (best && best.similarity >= threshold) links.push(best)
  }
  return links
}
