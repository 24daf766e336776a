import type { FC } from 'hono/jsx'
import type { CompareModel } from '../src/web/compare-model.ts'
import { exportHref } from '../src/web/compare-url.ts'
import { DownloadLinks } from './download-links.tsx'

const COMPARE_FORMATS = ['json', 'md', 'html', 'csv', 'pdf']
const percent = (share: number) => `${Math.round(share * 100)}%`

const Side: FC<{ side: CompareModel['report']['from'] }> = ({ side }) => (
  <span class="side-docs">
    {side.documents.map((document, index) => (
      <>{index > 0 ? '; ' : ''}<a href={`/documents/${document.id}`}>{document.title}</a> ({document.date})</>
    ))}
  </span>
)

/** Counts first: how much persisted, changed, went and came, and how much wording moved. */
export const CompareSummary: FC<{ model: CompareModel }> = ({ model }) => {
  const { report, positions, positionsInReport, state } = model
  const summary = report.summary
  const filtered = positions.total !== positionsInReport
  return (
    <section class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" class="visually-hidden">Summary</h2>
      <p class="sides"><Side side={report.from} /> <span aria-hidden="true">→</span><span class="visually-hidden">compared with</span> <Side side={report.to} /></p>
      <dl class="figures">
        <div><dt>Positions persisted</dt><dd>{summary.persistent}</dd></div>
        <div><dt>of which changed</dt><dd>{summary.changed}</dd></div>
        <div><dt>Dropped</dt><dd>{summary.dropped}</dd></div>
        <div><dt>New</dt><dd>{summary.new}</dd></div>
        <div><dt>Wording changed</dt><dd>{percent(summary.wordsChangedShare)}</dd></div>
      </dl>
      <p class="hint">
        {summary.pairs} aligned pairs · {summary.removed} statements dropped · {summary.added} new statements
        {report.options.ignoreCase || report.options.ignorePunctuation
          ? ` · ignoring ${[report.options.ignoreCase ? 'case' : '', report.options.ignorePunctuation ? 'punctuation' : ''].filter(Boolean).join(' and ')}`
          : ''}
        {filtered ? ` · showing ${positions.total} of ${positionsInReport} restated positions` : ''}
      </p>
      <DownloadLinks label="Download this comparison" links={COMPARE_FORMATS.map((format) => ({ format, href: exportHref(state, format) }))} />
      <nav class="jump" aria-label="Sections of this comparison">
        {/* The page shows the first rows of each section; these reach the later sections at once. */}
        <a href="#positions-title">Restated positions ({positions.total})</a>
        <a href="#removed-title">Dropped statements ({model.removed.total})</a>
        <a href="#added-title">New statements ({model.added.total})</a>
        <a href="#shifts-title">Term shifts ({model.shifts.total})</a>
      </nav>
    </section>
  )
}
