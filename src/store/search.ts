import type { Db } from './open.ts'

export interface SearchHit {
  statementId: number
  documentId: number
  title: string
  date: string
  year: number
  series: string
  speaker: string | null
  /** Statement text split into runs; `match` runs are what the query matched. */
  runs: Array<{ text: string; match: boolean }>
}

export interface SearchQuery {
  query: string
  year?: number | undefined
  speaker?: string | undefined
  series?: string | undefined
  limit: number
}

// Private-use characters cannot occur in normalised documents' highlighted output by accident.
const OPEN = '\uE000'
const CLOSE = '\uE001'
const MARK_RE = /\uE000([\s\S]*?)\uE001/g

export function createSearchStore(db: Db) {
  const select = db.prepare<Record<string, unknown>, {
    id: number; document_id: number; title: string; date: string; year: number; series: string; speaker: string | null; marked: string
  }>(`SELECT s.id, s.document_id, d.title, d.date, d.year, d.series, s.speaker,
      highlight(statement_fts, 0, '${OPEN}', '${CLOSE}') AS marked
    FROM statement_fts JOIN statement s ON s.id = statement_fts.rowid JOIN document d ON d.id = s.document_id
    WHERE statement_fts MATCH @match
      AND (@year IS NULL OR d.year = @year)
      AND (@speaker IS NULL OR s.speaker = @speaker)
      AND (@series IS NULL OR d.series = @series)
    ORDER BY bm25(statement_fts), d.date DESC
    LIMIT @limit`)
  const speakers = db.prepare<[], { speaker: string }>(
    'SELECT DISTINCT speaker FROM statement WHERE speaker IS NOT NULL ORDER BY speaker')

  return {
    search(query: SearchQuery): SearchHit[] {
      const match = toMatchExpression(query.query)
      if (!match) return []
      return select.all({
        match,
        year: query.year ?? null,
        speaker: query.speaker ?? null,
        series: query.series ?? null,
        limit: query.limit,
      }).map((row) => ({
        statementId: row.id,
        documentId: row.document_id,
        title: row.title,
        date: row.date,
        year: row.year,
        series: row.series,
        speaker: row.speaker,
        runs: splitMarks(row.marked),
      }))
    },
    listSpeakers: () => speakers.all().map((row) => row.speaker),
  }
}

/**
 * Users type words and "quoted phrases", not FTS5 syntax: each word or phrase becomes a quoted
 * FTS5 string (so `-`, `:` or `AND` in the input are text, never operators or column filters),
 * and all must match. The last bare word is a prefix so results update sensibly while typing.
 */
export function toMatchExpression(input: string): string {
  const parts: string[] = []
  const PART_RE = /"([^"]*)"|(\S+)/g
  let lastBare = -1
  for (const match of input.matchAll(PART_RE)) {
    const text = (match[1] ?? match[2] ?? '').replace(/"/g, '').trim()
    if (!/[\p{L}\p{N}]/u.test(text)) continue
    parts.push(`"${text}"`)
    if (match[2] !== undefined) lastBare = parts.length - 1
  }
  if (lastBare === parts.length - 1 && lastBare >= 0) parts[lastBare] += '*'
  return parts.join(' ')
}

function splitMarks(marked: string): SearchHit['runs'] {
  const runs: SearchHit['runs'] = []
  let last = 0
  for (const match of marked.matchAll(MARK_RE)) {
    if (match.index > last) runs.push({ text: marked.slice(last, match.index), match: false })
    runs.push({ text: match[1]!, match: true })
    last = match.index + match[0].length
  }
  if (last < marked.length) runs.push({ text: marked.slice(last), match: false })
  return runs
}
