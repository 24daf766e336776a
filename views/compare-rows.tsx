import type { FC } from 'hono/jsx'
import type { CompareModel } from '../src/web/compare-model.ts'
import { compareHref } from '../src/web/compare-url.ts'
import { POSITIONS_PER_PAGE, type PairView, type PositionView } from '../src/web/compare-view.ts'
import type { StatementRef } from '../src/types.ts'
import { DiffText } from './diff-text.tsx'
import { MoreLink } from './more-link.tsx'
import { StatementMeta } from './statement-link.tsx'

type DocumentLabel = (documentId: number) => string

const CHANGE_LABEL = { unchanged: 'unchanged', minor: 'minor change', substantive: 'substantive change' } as const

const PairRow: FC<{ view: PairView; positionId: number; model: CompareModel; label: DocumentLabel }> = ({ view, positionId, model, label }) => {
  const { pair } = view
  const changed = pair.change !== 'unchanged'
  const from = model.report.from.year
  const to = model.report.to.year
  return (
    <div class={`pair ${pair.change}${changed ? ' change' : ''}`} id={`pair-${positionId}-${pair.from.id}-${pair.to.id}`}
      tabindex={-1}>
      {model.state.view === 'inline' ? (
        <div class="cell both">
          <p class="year-label">{from} → {to}</p>
          <p class="text"><DiffText diff={pair.diff} side="both" options={model.report.options} /></p>
          <StatementMeta statement={pair.from} documentLabel={label(pair.from.documentId)} />
          <StatementMeta statement={pair.to} documentLabel={label(pair.to.documentId)} />
        </div>
      ) : (
        <>
          <div class="cell from">
            <p class="year-label">{from}</p>
            <p class="text"><DiffText diff={pair.diff} side="from" options={model.report.options} /></p>
            <StatementMeta statement={pair.from} documentLabel={label(pair.from.documentId)} />
          </div>
          <div class="cell to">
            <p class="year-label">{to}</p>
            <p class="text"><DiffText diff={pair.diff} side="to" options={model.report.options} /></p>
            <StatementMeta statement={pair.to} documentLabel={label(pair.to.documentId)} />
          </div>
        </>
      )}
      <p class="pair-meta">
        <span class={`badge ${pair.change}`}>{CHANGE_LABEL[pair.change]}</span>
        <span>similarity {pair.similarity.toFixed(2)}</span>
        <span>{Math.round(view.changedShare * 100)}% of words changed</span>
      </p>
    </div>
  )
}

const Statements: FC<{ statements: StatementRef[]; year: number; side: string; label: DocumentLabel }> = ({ statements, year, side, label }) => (
  <div class={`cell ${side}`}>
    <p class="year-label">{year}</p>
    {statements.map((statement) => (
      <>
        <p class="text">{statement.text}</p>
        <StatementMeta statement={statement} documentLabel={label(statement.documentId)} />
      </>
    ))}
  </div>
)

const PositionGroup: FC<{ view: PositionView; model: CompareModel; label: DocumentLabel }> = ({ view, model, label }) => {
  const { position } = view
  const changed = view.pairs.some(({ pair }) => pair.change !== 'unchanged')
  return (
    <section class="position" id={`position-${position.id}`} aria-labelledby={`position-${position.id}-label`}>
      <h3 class="position-label" id={`position-${position.id}-label`}>
        {position.id > 0 ? <a href={`/positions/${position.id}`}>{position.label}</a> : position.label}
        <span class={`badge ${changed ? 'substantive' : 'unchanged'}`}>{view.pairs.length === 0 ? 'restated' : changed ? 'changed' : 'unchanged'}</span>
      </h3>
      {view.pairs.map((pair) => <PairRow view={pair} positionId={position.id} model={model} label={label} />)}
      {view.pairs.length === 0 ? (
        <div class="pair restated">
          <Statements statements={view.fromStatements} year={model.report.from.year} side="from" label={label} />
          <Statements statements={view.toStatements} year={model.report.to.year} side="to" label={label} />
        </div>
      ) : null}
      {view.morePairs > 0 ? (
        <p class="hint"><a href={`/positions/${position.id}`}>{view.morePairs} more pairs on the position page</a></p>
      ) : null}
    </section>
  )
}

/**
 * One page of restated positions, then a link to the next: htmx appends the next page in place of
 * the link; without JavaScript it opens the next page. Large comparisons never render unbounded.
 */
export const PositionRows: FC<{ model: CompareModel; appended?: boolean }> = ({ model, appended }) => {
  const { positions, state, documentLabel: label } = model
  const first = (positions.page - 1) * POSITIONS_PER_PAGE + 1
  return (
    <>
      {positions.total === 0 ? (
        <p class="hint">{model.positionsInReport === 0 ? 'No position is restated between these two sides.' : 'No position passes the filters; loosen them above.'}</p>
      ) : null}
      {!appended && positions.page > 1 ? (
        <p class="hint">Positions {first}–{first + positions.items.length - 1} of {positions.total} ·{' '}
          <a href={compareHref(state, { page: positions.page - 1 })}>earlier positions</a></p>
      ) : null}
      {positions.items.map((view) => <PositionGroup view={view} model={model} label={label} />)}
      {positions.page < positions.pages ? (
        <MoreLink href={compareHref(state, { page: positions.page + 1 })}
          fragmentHref={compareHref(state, { page: positions.page + 1, part: 'rows' })}
          label={`Show more positions (${positions.after} more)`} />
      ) : null}
    </>
  )
}
