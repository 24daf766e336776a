import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PLACES } from './places.ts'
import { createRandom, type Random } from './random.ts'
import { generateCorpus, statementsOfYear, type SyntheticStatement } from './synthetic-corpus.ts'

export interface DocumentCorpusOptions {
  dir: string
  seed: number
  /** Stop adding series once the files reach this many bytes. */
  targetBytes: number
  /** Documents per series, one a year: Redline aligns each with the others of its series. */
  yearsPerSeries: number
  statementsPerDocument: number
  firstYear?: number
}

export interface DocumentCorpusSummary {
  bytes: number
  documents: number
  series: number
  statements: number
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const KINDS = ['communique', 'statement', 'speech', 'press-release']

/**
 * Writes a corpus of dated `.txt` files with front matter, one folder per series (a ministry,
 * a delegation), one document a year, as a user would hand it to `redline import`. The text is
 * the synthetic corpus's statements laid out in paragraphs under a heading and a date line.
 */
export function writeDocumentCorpus(options: DocumentCorpusOptions): DocumentCorpusSummary {
  const firstYear = options.firstYear ?? 1990
  const years = Array.from({ length: options.yearsPerSeries }, (_, index) => firstYear + index)
  const summary: DocumentCorpusSummary = { bytes: 0, documents: 0, series: 0, statements: 0 }
  mkdirSync(options.dir, { recursive: true })
  while (summary.bytes < options.targetBytes) {
    const index = summary.series++
    const random = createRandom(options.seed * 7919 + index)
    const series = `series-${String(index + 1).padStart(4, '0')}`
    const issuer = `Ministry of Foreign Affairs of ${PLACES[index % PLACES.length]}`
    const corpus = generateCorpus({ seed: options.seed * 104729 + index, years, statementsPerYear: options.statementsPerDocument })
    const folder = join(options.dir, series)
    mkdirSync(folder, { recursive: true })
    for (const year of years) {
      const date = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`
      const text = renderDocument({ series, issuer, date, kind: random.pick(KINDS), random }, statementsOfYear(corpus, year))
      writeFileSync(join(folder, `${date}-${series}.txt`), text)
      summary.bytes += Buffer.byteLength(text)
      summary.documents++
      summary.statements += options.statementsPerDocument
      if (summary.bytes >= options.targetBytes) break
    }
  }
  return summary
}

interface DocumentHead {
  series: string
  issuer: string
  date: string
  kind: string
  random: Random
}

/** Front matter, a heading, a dateline, then paragraphs of three to six statements. */
export function renderDocument(head: DocumentHead, statements: readonly SyntheticStatement[]): string {
  const [year, month, day] = head.date.split('-').map(Number) as [number, number, number]
  const title = `Statement of the ${head.issuer} on the international situation, ${year}`
  const lines = [
    '---', `title: ${title}`, `date: ${head.date}`, `issuer: ${head.issuer}`, `kind: ${head.kind}`, `series: ${head.series}`, '---',
    '', title, '', `${day} ${MONTHS[month - 1]} ${year}`, '',
  ]
  for (let start = 0; start < statements.length;) {
    const size = head.random.int(3, 6)
    lines.push(statements.slice(start, start + size).map((statement) => statement.text).join(' '), '')
    start += size
  }
  return lines.join('\n')
}
