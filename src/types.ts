/**
 * Plain shapes shared by every stage of the pipeline:
 * ingest → segment → align → store → report / web.
 * Database row shapes stay private to `src/store`; this file is the contract between stages.
 */

/** Metadata of one dated document, from front matter, a manifest entry, the file name or CLI flags. */
export interface DocumentMeta {
  title: string
  /** Calendar date, `YYYY-MM-DD`. */
  date: string
  /** Who issued it (a mission, a committee, a newspaper). */
  issuer: string | null
  sourceUrl: string | null
  /** Free text such as `press-release`, `article`, `statement`, `speech`. */
  kind: string | null
  /** Documents are aligned only with documents of the same series (one per country or body). */
  series: string
}

export type SourceFormat = 'txt' | 'md' | 'html'

/** A document read from disk or upload, normalised and ready to segment. */
export interface IngestedDocument {
  /** File name (or upload name) for messages and downloads. */
  fileName: string
  format: SourceFormat
  meta: DocumentMeta
  /** The file exactly as received (decoded UTF-8), served as the download. */
  original: string
  /**
   * The document text that is segmented and shown: front matter removed, markup parsed away,
   * Unicode NFC, LF line ends, no BOM, runs of blank lines collapsed to one. Statement offsets
   * index into this string.
   */
  text: string
  /** sha256 of `text` plus series: re-importing the same document is a no-op. */
  hash: string
}

export type StatementKind = 'sentence' | 'heading' | 'clause'

/** One unit of meaning: a sentence, a heading line, or a clause split out of a long sentence. */
export interface Segment {
  /** 0-based paragraph ordinal within the document. */
  paragraph: number
  /** 0-based sentence ordinal within the document (headings count as sentences). */
  sentence: number
  /** 0-based clause ordinal within its sentence; 0 when the sentence was not split. */
  clause: number
  /** Offsets into `IngestedDocument.text`, `end` exclusive. */
  start: number
  end: number
  /** `text.slice(start, end)`. */
  text: string
  kind: StatementKind
  /** Who is quoted or speaking, when the text says so. */
  speaker: string | null
}

/** A stored document as the later stages see it. */
export interface DocumentRecord extends DocumentMeta {
  id: number
  year: number
  fileName: string
  format: SourceFormat
  hash: string
  text: string
  importedAt: string
  statementCount: number
}

/** A stored statement: a segment with its identity and document. */
export interface Statement extends Segment {
  id: number
  documentId: number
  year: number
  date: string
  series: string
}

/** What alignment needs of a statement. */
export interface AlignInput {
  id: number
  documentId: number
  year: number
  text: string
  kind: StatementKind
  speaker: string | null
}

export type DiffOpKind = 'equal' | 'insert' | 'delete'

/** One run of a word-level diff. Concatenating `equal`+`delete` gives the old text, `equal`+`insert` the new. */
export interface DiffOp {
  op: DiffOpKind
  text: string
}

export interface DiffOptions {
  ignoreCase: boolean
  ignorePunctuation: boolean
}

/** `minor`: only spelling, punctuation, case or function words changed. */
export type ChangeKind = 'unchanged' | 'minor' | 'substantive'

/** A link between a statement of an earlier document and its restatement in a later one. */
export interface AlignmentLink {
  fromId: number
  toId: number
  /** 0..1, combined similarity. */
  similarity: number
}

/** A position discovered (or seeded from the catalogue) and the statements that carry it. */
export interface PositionDraft {
  /** Stable across re-runs: derived from the members, used to keep ids on incremental updates. */
  label: string
  statementIds: number[]
}

export interface Position {
  id: number
  series: string
  label: string
  /** Statement ids per year; a year with none is a gap in the timeline. */
  statementIds: number[]
}

/** A recurring wording change between two years, e.g. IIOJ&K → IIOJK. */
export interface TermShift {
  from: string
  to: string
  count: number
  examples: Array<{ fromId: number; toId: number; fromText: string; toText: string }>
}

export interface StatementRef {
  id: number
  documentId: number
  text: string
  speaker: string | null
}

export interface ReportPair {
  from: StatementRef
  to: StatementRef
  similarity: number
  change: ChangeKind
  diff: DiffOp[]
  /** Words inserted / deleted by `diff`, as counted by the word tokeniser. */
  wordsInserted: number
  wordsDeleted: number
}

export type PositionStatus = 'persistent' | 'new' | 'dropped'

export interface ReportPosition {
  id: number
  label: string
  status: PositionStatus
  pairs: ReportPair[]
  /** For `new`/`dropped` positions, the statements of the one side that carries them. */
  statements: StatementRef[]
}

export interface ReportSide {
  year: number
  documents: Array<{ id: number; title: string; date: string }>
}

export interface ReportSummary {
  persistent: number
  changed: number
  unchanged: number
  new: number
  dropped: number
  pairs: number
  added: number
  removed: number
  /** Share (0..1) of the earlier side's words that were deleted or replaced in the pairs. */
  wordsChangedShare: number
}

export interface UnpairedStatement extends StatementRef {
  positions: Array<{ id: number; label: string }>
}

/** The change report between two years or two documents: the single source for every format. */
export interface CompareReport {
  schemaVersion: 1
  series: string
  from: ReportSide
  to: ReportSide
  options: DiffOptions
  summary: ReportSummary
  positions: ReportPosition[]
  added: UnpairedStatement[]
  removed: UnpairedStatement[]
  termShifts: TermShift[]
}

/** One year of a position's timeline; `statements` is empty for a year where the position is absent. */
export interface TimelineStep {
  year: number
  statements: StatementRef[]
  /** Diff of this year's first statement against the previous present year's, if both exist. */
  diff: DiffOp[] | null
  change: ChangeKind | null
  /** The year the diff is against. */
  previousYear: number | null
}

export interface PositionTimeline {
  schemaVersion: 1
  position: { id: number; label: string; series: string }
  /** Every year of the series in order, gaps included. */
  steps: TimelineStep[]
}
