import type { FC } from 'hono/jsx'
import type { CompareModel } from '../src/web/compare-model.ts'
import { compareHref } from '../src/web/compare-url.ts'
import { MarkTerm } from './mark-term.tsx'
import { MoreLink } from './more-link.tsx'
import { StatementMeta } from './statement-link.tsx'

/** Two show the pattern; the exports give every example. */
const EXAMPLES_SHOWN = 2

/**
 * Dropped (`removed`) or new (`added`) statements, a page at a time. Rendered whole inside the
 * page, or (`part=…`) as the next items only, which htmx puts where the "more" item was.
 */
export const UnpairedList: FC<{ model: CompareModel; side: 'added' | 'removed'; appended?: boolean }> = ({ model, side, appended }) => {
  const page = model[side]
  const pageKey = side === 'added' ? 'addedPage' : 'removedPage'
  const items = (
    <>
      {page.items.map((statement) => (
        <li class={`statement ${side} change`} id={`${side}-${statement.id}`} tabindex={-1}>
          <p class="text">
            <span class="visually-hidden">{side === 'added' ? 'New statement: ' : 'Dropped statement: '}</span>
            {statement.text}
          </p>
          <StatementMeta statement={statement} documentLabel={model.documentLabel(statement.documentId)} />
          {statement.positions.length > 0 ? (
            <p class="positions-of">Positions: {statement.positions.map((position, index) => (
              <>{index > 0 ? ', ' : ''}<a href={`/positions/${position.id}`}>{position.label}</a></>
            ))}</p>
          ) : null}
        </li>
      ))}
      {page.page < page.pages ? (
        <MoreLink as="li" href={compareHref(model.state, { [pageKey]: page.page + 1 })}
          fragmentHref={compareHref(model.state, { [pageKey]: page.page + 1, part: side })}
          label={`Show more (${page.after} more)`} />
      ) : null}
    </>
  )
  if (appended) return items
  if (page.total === 0) return <p class="hint">None.</p>
  return <ul class="statement-list">{items}</ul>
}

const ShiftRows: FC<{ model: CompareModel }> = ({ model }) => {
  const page = model.shifts
  return (
    <>
      {page.items.map((shift) => (
        <tr>
          <td><del>{shift.from}</del></td>
          <td><ins>{shift.to}</ins></td>
          <td class="number">{shift.count}</td>
          <td>
            <ul class="examples">
              {shift.examples.slice(0, EXAMPLES_SHOWN).map((example) => (
                <li>
                  <span class="example from"><MarkTerm text={example.fromText} term={shift.from} /></span>
                  <span class="arrow"> <span aria-hidden="true">→</span><span class="visually-hidden">became</span> </span>
                  <span class="example to"><MarkTerm text={example.toText} term={shift.to} /></span>
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
      {page.page < page.pages ? (
        <MoreLink as="tr" columns={4} href={compareHref(model.state, { shiftsPage: page.page + 1 })}
          fragmentHref={compareHref(model.state, { shiftsPage: page.page + 1, part: 'shifts' })}
          label={`Show more term shifts (${page.after} more)`} />
      ) : null}
    </>
  )
}

/**
 * Recurring wording changes (IIOJ&K → IIOJK) with the pairs that show them, most frequent first,
 * a page at a time; `appended` gives the next rows alone, for htmx to put where "more" was.
 */
export const TermShifts: FC<{ model: CompareModel; appended?: boolean }> = ({ model, appended }) => {
  if (appended) return <ShiftRows model={model} />
  const { total } = model.shifts
  return (
    <section class="term-shifts" aria-labelledby="shifts-title">
      <h2 id="shifts-title">Term shifts <span class="count">({total})</span></h2>
      {total === 0 ? <p class="hint">No recurring wording change between these two sides.</p> : (
        <table>
          <thead><tr><th scope="col">Was</th><th scope="col">Became</th><th scope="col">Times</th><th scope="col">Examples</th></tr></thead>
          <tbody><ShiftRows model={model} /></tbody>
        </table>
      )}
    </section>
  )
}
