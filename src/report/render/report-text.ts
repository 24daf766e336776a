import type { CompareReport, DiffOp } from '../../types.ts'

/**
 * Words every human-readable format (Markdown, HTML, PDF) shares, so that the three say the same
 * thing in the same words and only the markup differs.
 */

/** How a side is named in headings: its year, or its date when both sides are the same year. */
export function sideName(report: CompareReport, side: 'from' | 'to'): string {
  const { from, to } = report
  if (from.year !== to.year) return String(report[side].year)
  return report[side].documents.map((document) => document.date).join(', ')
}

export function reportTitle(report: CompareReport): string {
  return `${report.series}: ${sideName(report, 'from')} → ${sideName(report, 'to')}`
}

/** `1 statement`, `3 statements`. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`
}

/** The summary in reading order, as label and value. */
export function summaryRows(report: CompareReport): Array<[string, string]> {
  const s = report.summary
  return [
    ['Positions restated', String(s.persistent)],
    ['… of which changed', String(s.changed)],
    ['… of which unchanged', String(s.unchanged)],
    ['New positions', String(s.new)],
    ['Dropped positions', String(s.dropped)],
    ['Aligned statement pairs', String(s.pairs)],
    ['New statements', String(s.added)],
    ['Dropped statements', String(s.removed)],
    [`Share of ${sideName(report, 'from')} wording changed`, percent(s.wordsChangedShare)],
  ]
}

export function optionsText(report: CompareReport): string {
  const { ignoreCase, ignorePunctuation } = report.options
  const ignored = [ignoreCase && 'case', ignorePunctuation && 'punctuation'].filter(Boolean)
  return ignored.length ? `Differences of ${ignored.join(' and ')} are ignored.` : 'Every difference counts, including case and punctuation.'
}

/** `similarity 0.82 · substantive change · +12 / −8 words` */
export function pairFacts(pair: { similarity: number; change: string; wordsInserted: number; wordsDeleted: number }): string {
  const change = pair.change === 'unchanged' ? 'unchanged' : `${pair.change} change`
  return `similarity ${pair.similarity.toFixed(2)} · ${change} · +${pair.wordsInserted} / −${pair.wordsDeleted} words`
}

/** The runs of one side of a diff: the earlier text keeps deletions, the later keeps insertions. */
export function sideOps(diff: DiffOp[], side: 'from' | 'to'): DiffOp[] {
  const dropped = side === 'from' ? 'insert' : 'delete'
  return diff.filter((op) => op.op !== dropped)
}

const EDGE_SPACE_RE = /^(\s*)([\s\S]*?)(\s*)$/

/**
 * Splits a run into leading space, words and trailing space: marks go around the words only,
 * because Markdown's `~~` and `**` do not close after a space and an underlined space looks like a typo.
 */
export function splitEdges(text: string): [string, string, string] {
  const [, before = '', core = '', after = ''] = EDGE_SPACE_RE.exec(text) ?? []
  return [before, core, after]
}

const EDGE_SPACE_START_RE = /^\s/
const EDGE_SPACE_END_RE = /\s$/

/**
 * A diff to read inline (both sides in one text): where a deletion meets an insertion with no space
 * between ("Group" + "It called"), a space keeps the two words apart.
 */
export function inlineOps(diff: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = []
  for (const op of diff) {
    const previous = out.at(-1)
    if (previous && previous.op !== 'equal' && op.op !== 'equal' && previous.op !== op.op &&
      !EDGE_SPACE_END_RE.test(previous.text) && !EDGE_SPACE_START_RE.test(op.text)) out.push({ op: 'equal', text: ' ' })
    out.push(op)
  }
  return out
}
