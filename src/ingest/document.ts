import { createHash } from 'node:crypto'
import { extname } from 'node:path'
import { fail, ok, type Result } from '../errors.ts'
import type { DocumentMeta, IngestedDocument, SourceFormat } from '../types.ts'
import { FILE_NAME_DATE_RE, parseDate } from './dates.ts'
import { decodeText, findControlCharacter } from './decode.ts'
import { parseFrontMatter } from './front-matter.ts'
import { htmlToText } from './html.ts'
import type { ManifestEntry } from './manifest.ts'
import { markdownToText } from './markdown.ts'
import { normaliseText } from './normalise.ts'

export const DEFAULT_SERIES = 'default'
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

const FIELD_NAMES: Record<keyof DocumentMeta, string> = { title: 'title', date: 'date', issuer: 'issuer', sourceUrl: 'source URL', kind: 'kind', series: 'series' }
const FORMATS: Record<string, SourceFormat> = { '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' }

/** Metadata given outside the file: CLI flags, upload form fields, a manifest entry. */
export interface MetaOverrides {
  date?: string | undefined
  title?: string | undefined
  issuer?: string | undefined
  kind?: string | undefined
  series?: string | undefined
  sourceUrl?: string | undefined
}

export interface IngestOptions {
  overrides?: MetaOverrides
  manifest?: ManifestEntry | undefined
  maxBytes?: number
}

export function formatOf(fileName: string): SourceFormat | undefined {
  return FORMATS[extname(fileName).toLowerCase()]
}

/**
 * One file's bytes to a normalised document with metadata. Metadata precedence: explicit
 * overrides, then front matter (or HTML meta), then the folder's manifest, then the file name.
 */
export function ingestDocument(fileName: string, bytes: Uint8Array, options: IngestOptions = {}): Result<IngestedDocument> {
  const tooLarge = checkSize(fileName, bytes.length, options.maxBytes)
  if (tooLarge) return tooLarge
  const format = formatOf(fileName)
  if (!format) return fail('invalid-input', `${fileName}: unknown format "${extname(fileName) || 'none'}" (expected .txt, .md or .html)`)
  const decoded = decodeText(bytes, fileName)
  if (!decoded.ok) return decoded

  const original = decoded.value
  const front = format === 'html' ? { fields: {}, body: original } : parseFrontMatter(original)
  const fields: Record<string, string | undefined> = front.fields
  let body = front.body
  let htmlTitle: string | null = null
  let htmlDate: string | null = null
  if (format === 'html') {
    const content = htmlToText(original)
    ;({ text: body, title: htmlTitle, date: htmlDate } = content)
  } else if (format === 'md') body = markdownToText(body)

  const text = normaliseText(body)
  if (!/[\p{L}\p{N}]/u.test(text)) return fail('invalid-input', `${fileName}: the document has no text`)
  // HTML can spell a control character as a reference (`&#27;`) that the byte check cannot see.
  const control = findControlCharacter(text)
  if (control) return fail('invalid-input', `${fileName}: its text contains a control character ${control}`)

  const { overrides = {}, manifest } = options
  const rawDate = overrides.date ?? fields.date ?? htmlDate ?? manifest?.date ?? FILE_NAME_DATE_RE.exec(fileName)?.[1]
  if (!rawDate) {
    return fail('invalid-input', `${fileName}: no date (give "date: YYYY-MM-DD" in front matter, a manifest.json entry, a leading YYYY-MM-DD in the file name, or --date)`)
  }
  const date = parseDate(rawDate, fileName)
  if (!date.ok) return date

  const meta: DocumentMeta = {
    title: clean(overrides.title ?? fields.title ?? htmlTitle ?? manifest?.title) ?? titleFromFileName(fileName),
    date: date.value.date,
    issuer: clean(overrides.issuer ?? fields.issuer ?? fields.source ?? manifest?.issuer),
    sourceUrl: clean(overrides.sourceUrl ?? fields.source_url ?? fields.url ?? manifest?.source_url),
    kind: clean(overrides.kind ?? fields.kind ?? manifest?.kind),
    series: clean(overrides.series ?? fields.series ?? manifest?.series) ?? DEFAULT_SERIES,
  }
  // Metadata from a form field or manifest.json (a JSON "\u001b") never passed the byte check,
  // and `redline list` prints it to a terminal, where ESC starts an escape sequence.
  for (const [field, value] of Object.entries(meta)) {
    const control = value === null ? null : findControlCharacter(value)
    if (control) return fail('invalid-input', `${fileName}: the ${FIELD_NAMES[field as keyof DocumentMeta]} contains a control character ${control}`)
  }
  const hash = createHash('sha256').update(meta.series).update('\n').update(text).digest('hex')
  return ok({ fileName, format, meta, original, text, hash })
}

/** The per-document size limit, checked on the byte count alone so callers can refuse before reading a file. */
export function checkSize(fileName: string, size: number, maxBytes = DEFAULT_MAX_BYTES): Result<never> | undefined {
  if (size <= maxBytes) return undefined
  return fail('too-large', `${fileName}: ${size} bytes is over the limit of ${maxBytes} bytes per document`)
}

function clean(value: string | undefined | null): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim()
  return trimmed ? trimmed : null
}

function titleFromFileName(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(FILE_NAME_DATE_RE, '')
  return stem.replace(/[-_]+/g, ' ').trim() || fileName
}
