import type { FC } from 'hono/jsx'
import type { PositionPresence } from '../src/store/index.ts'
import type { Page } from '../src/web/compare-view.ts'
import type { Lifecycle, TrendReport } from '../src/web/term-trends.ts'
import { PositionGrid } from './position-grid.tsx'
import { TrendChart } from './trend-chart.tsx'

export interface TrendsPageProps {
  termsInput: string
  series: string
  seriesNames: string[]
  report: TrendReport
  grid: Page<PositionPresence>
  gridHref: (page: number) => string
}

const SUGGESTIONS = 'self-determination, dialogue, ceasefire'

function describeLifecycle(lifecycle: Lifecycle, lastYear: number | undefined): string {
  const { first, last, absences } = lifecycle
  if (first === null || last === null) return 'not used in any year'
  if (first === last) return last === lastYear ? `new in ${first}` : `used only in ${first}`
  const span = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`)
  return [
    `first used ${first}`,
    ...absences.flatMap((absence) => (absence.back === null ? [] : [`absent ${span(absence.from, absence.to)}, back in ${absence.back}`])),
    last === lastYear ? `still used in ${last}` : `last used ${last}`,
  ].join('; ')
}

const TermTable: FC<{ report: TrendReport }> = ({ report }) => (
  <table class="trend-table">
    <caption>Per year: occurrences per 1,000 words, times used, and documents using the term</caption>
    <thead>
      <tr><th scope="col">Year</th><th scope="col" class="number">Documents</th><th scope="col" class="number">Words</th>
        {report.terms.map((term) => <th scope="col" class="number">{term.term}</th>)}</tr>
    </thead>
    <tbody>
      {report.years.map((year, index) => (
        <tr>
          <th scope="row">{year.year}</th>
          <td class="number">{year.documents}</td>
          <td class="number">{year.words}</td>
          {report.terms.map((term) => {
            const entry = term.years[index]!
            return <td class="number">{entry.perThousand.toFixed(2)} <span class="hint">({entry.count}×, {entry.documents} doc.)</span></td>
          })}
        </tr>
      ))}
    </tbody>
  </table>
)

/** Rhetoric over time: terms per year as a chart and a table, their lifecycles, and the position grid. */
export const TrendsPage: FC<TrendsPageProps> = ({ termsInput, series, seriesNames, report, grid, gridHref }) => {
  const lastYear = report.years.at(-1)?.year
  return (
    <section class="trends">
      <h1>Rhetoric over time</h1>
      <form class="controls trends-form" method="get" action="/trends">
        <div class="field grow">
          <label for="terms">Terms, separated by commas</label>
          <input id="terms" type="text" name="terms" value={termsInput} placeholder={SUGGESTIONS} maxlength={500} />
        </div>
        {seriesNames.length > 1 ? (
          <div class="field">
            <label for="trend-series">Series</label>
            <select id="trend-series" name="series">
              {seriesNames.map((name) => <option value={name} selected={name === series}>{name}</option>)}
            </select>
          </div>
        ) : null}
        <div class="field"><button type="submit">Draw</button></div>
      </form>
      {report.terms.length === 0 ? (
        <p class="hint">Type terms above, e.g. <a href={`/trends?terms=${encodeURIComponent(SUGGESTIONS)}`}>{SUGGESTIONS}</a>.</p>
      ) : (
        <>
          <TrendChart report={report} />
          <section aria-labelledby="lifecycle-title">
            <h2 id="lifecycle-title">Lifecycle</h2>
            <ul class="lifecycle">
              {report.terms.map((term, index) => (
                <li class={`series-${index}`}><span class="swatch" aria-hidden="true"></span><strong>{term.term}</strong>: {describeLifecycle(term.lifecycle, lastYear)}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="table-title">
            <h2 id="table-title">Figures</h2>
            <div class="table-scroll"><TermTable report={report} /></div>
          </section>
        </>
      )}
      <PositionGrid grid={grid} years={report.years.map((entry) => entry.year)} pageHref={gridHref} series={series} />
    </section>
  )
}
