import type { FC } from 'hono/jsx'
import type { CompareModel } from '../src/web/compare-model.ts'
import { CompareControls } from './compare-controls.tsx'
import { PositionRows } from './compare-rows.tsx'
import { CompareSummary } from './compare-summary.tsx'
import { TermShifts, UnpairedList } from './compare-unpaired.tsx'

interface CompareProps {
  model: CompareModel
  title: string
}

/**
 * What a change of toggles replaces (inside `#compare-view`): heading, summary, downloads, the
 * aligned rows, then dropped and new statements and term shifts. The controls stay outside, so
 * focus stays on the checkbox the reader just toggled.
 */
export const CompareView: FC<CompareProps> = ({ model, title }) => (
  <>
    <h1>{model.report.from.year} <span aria-hidden="true">→</span><span class="visually-hidden">to</span> {model.report.to.year}
      {model.seriesNames.length > 1 ? <span class="series-name"> · {model.report.series}</span> : null}</h1>
    <CompareSummary model={model} />
    <section class="positions" aria-labelledby="positions-title">
      <h2 id="positions-title">Restated positions</h2>
      <div class={`rows ${model.state.view}`} id="rows">
        <PositionRows model={model} />
      </div>
    </section>
    <section class="unpaired dropped" aria-labelledby="removed-title">
      <h2 id="removed-title">Dropped in {model.report.to.year} <span class="count">({model.removed.total})</span></h2>
      <p class="hint">Statements of {model.report.from.year} with no counterpart in {model.report.to.year}.</p>
      <UnpairedList model={model} side="removed" />
    </section>
    <section class="unpaired new" aria-labelledby="added-title">
      <h2 id="added-title">New in {model.report.to.year} <span class="count">({model.added.total})</span></h2>
      <p class="hint">Statements of {model.report.to.year} with no counterpart in {model.report.from.year}.</p>
      <UnpairedList model={model} side="added" />
    </section>
    <TermShifts model={model} />
  </>
)

/** The htmx answer to a toggle: the view, with a title htmx moves into the document's head. */
export const CompareFragment: FC<CompareProps> = ({ model, title }) => (
  <>
    <title>Compare {title} · Redline</title>
    <CompareView model={model} title={title} />
  </>
)

export const ComparePage: FC<CompareProps> = ({ model, title }) => (
  <div class="compare">
    <CompareControls model={model} />
    <div id="compare-view" class="compare-view">
      <CompareView model={model} title={title} />
    </div>
  </div>
)
