import type { FC } from 'hono/jsx'
import type { CompareModel } from '../src/web/compare-model.ts'
import { compareHref } from '../src/web/compare-url.ts'

const Check: FC<{ name: string; checked: boolean; label: string }> = ({ name, checked, label }) => (
  <label class="check"><input type="checkbox" name={name} value="1" checked={checked} /> {label}</label>
)

/**
 * One GET form: without JavaScript "Apply" loads the new URL; with htmx every change swaps the
 * view below and pushes the URL, so the address bar always reopens exactly this view.
 */
export const CompareControls: FC<{ model: CompareModel }> = ({ model }) => {
  const { state, report, years, documents, seriesNames } = model
  const byDocument = state.fromDoc !== undefined && state.toDoc !== undefined
  const firstOf = (year: number) => documents.find((entry) => entry.year === year)?.id
  const switchHref = byDocument
    ? compareHref({ ...state, fromDoc: undefined, toDoc: undefined, from: report.from.year, to: report.to.year,
      series: seriesNames.length > 1 ? report.series : undefined })
    : compareHref({ ...state, fromDoc: firstOf(report.from.year), toDoc: firstOf(report.to.year) })
  return (
    <div class="controls-bar">
      {seriesNames.length > 1 ? (
        <form class="series-picker" method="get" action="/compare">
          <label for="series-select">Series</label>
          <select id="series-select" name="series">
            {seriesNames.map((name) => <option value={name} selected={name === report.series}>{name}</option>)}
          </select>
          <button type="submit">Switch series</button>
        </form>
      ) : null}
      <form id="compare-controls" class="controls" method="get" action="/compare"
        hx-get="/compare" hx-trigger="change, submit" hx-target="#compare-view" hx-swap="innerHTML" hx-push-url="true">
        <fieldset class="sides">
          <legend>{byDocument ? 'Documents' : 'Years'}</legend>
          {byDocument ? (
            <>
              <label for="from-doc">From</label>
              <select id="from-doc" name="fromDoc">
                {documents.map((entry) => <option value={entry.id} selected={entry.id === state.fromDoc}>{entry.date} · {entry.title}</option>)}
              </select>
              <label for="to-doc">to</label>
              <select id="to-doc" name="toDoc">
                {documents.map((entry) => <option value={entry.id} selected={entry.id === state.toDoc}>{entry.date} · {entry.title}</option>)}
              </select>
            </>
          ) : (
            <>
              <label for="from-year">From</label>
              <select id="from-year" name="from">
                {years.map((year) => <option value={year} selected={year === report.from.year}>{year}</option>)}
              </select>
              <label for="to-year">to</label>
              <select id="to-year" name="to">
                {years.map((year) => <option value={year} selected={year === report.to.year}>{year}</option>)}
              </select>
              {state.series !== undefined ? <input type="hidden" name="series" value={state.series} /> : null}
            </>
          )}
          <a class="switch" href={switchHref}>{byDocument ? 'Compare whole years' : 'Compare single documents'}</a>
        </fieldset>
        <fieldset class="toggles">
          <legend>Show</legend>
          <label class="check"><input type="radio" name="view" value="side" checked={state.view === 'side'} /> Side by side</label>
          <label class="check"><input type="radio" name="view" value="inline" checked={state.view === 'inline'} /> Inline</label>
          <Check name="ignoreCase" checked={state.ignoreCase} label="Ignore case" />
          <Check name="ignorePunctuation" checked={state.ignorePunctuation} label="Ignore punctuation" />
          <Check name="hideUnchanged" checked={state.hideUnchanged} label="Hide unchanged positions" />
        </fieldset>
        <fieldset class="noise">
          <legend>Less noise</legend>
          <Check name="substantive" checked={state.substantive} label="Only substantive changes" />
          <span class="nowrap">
            <label for="threshold">of at least</label>{' '}
            <input id="threshold" type="number" name="threshold" min={0} max={100} step={1} value={state.threshold} /> % of words,
          </span>{' '}
          <span class="nowrap">
            <label for="ignore-words">not counting</label>{' '}
            <input id="ignore-words" type="text" name="ignoreWords" value={state.ignoreWords ?? ''}
              placeholder="the, and, Excellency" maxlength={500} />
          </span>
        </fieldset>
        <div class="actions">
          <button type="submit">Apply</button>
          <span class="htmx-indicator" aria-hidden="true">Updating…</span>
          <p class="hint keys">Keys: <kbd>j</kbd> next change, <kbd>k</kbd> previous change.</p>
        </div>
      </form>
    </div>
  )
}
