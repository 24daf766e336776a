import type { CompareTarget } from '../resolve-sides.ts'

const UNSAFE_RE = /[^a-z0-9]+/g

/** A series name as a file-name part: lower-case ASCII letters, digits and hyphens only. */
function slug(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(UNSAFE_RE, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'series'
}

/**
 * A download name that says what the file is: `redline-2023-vs-2025.md`,
 * `redline-<series>-2023-vs-2025.pdf` when a series was chosen, `redline-document-3-vs-document-7.csv`.
 * Only `[a-z0-9.-]`, so it goes into Content-Disposition without quoting trouble.
 */
export function compareFileName(target: CompareTarget, extension: string): string {
  if (target.kind === 'documents') return `redline-document-${target.from}-vs-document-${target.to}.${extension}`
  const series = target.series === undefined ? '' : `${slug(target.series)}-`
  return `redline-${series}${target.from}-vs-${target.to}.${extension}`
}

/** `redline-position-12-timeline.csv`, or `redline-<series>-timelines.csv` for every position. */
export function timelineFileName(target: { position: number } | { series: string }, extension: string): string {
  return 'position' in target
    ? `redline-position-${target.position}-timeline.${extension}`
    : `redline-${slug(target.series)}-timelines.${extension}`
}
