import type { FC } from 'hono/jsx'
import type { PositionRef, SearchHit } from '../src/store/index.ts'

export interface SearchResultsProps {
  query: string
  hits: SearchHit[]
  /** More matched than are shown. */
  more: boolean
  positions: Map<number, PositionRef[]>
}

export interface SearchPageProps extends SearchResultsProps {
  year: number | undefined
  speaker: string | undefined
  series: string | undefined
  years: number[]
  speakers: string[]
  seriesNames: string[]
}

const EXAMPLES = ['"fact-finding mission"', 'self-determination', 'ceasefire dialogue']

/** The hits, best first, with the matched words marked; what each keystroke swaps in. */
export const SearchResults: FC<SearchResultsProps> = ({ query, hits, more, positions }) => {
  if (query.trim() === '') {
    return (
      <p class="hint">Type words, or "a phrase" in quotes. Words are matched by their stem: <em>resolution</em> finds
        <em> resolutions</em>. Try {EXAMPLES.map((example, index) => (
          <>{index > 0 ? ', ' : ''}<a href={`/search?q=${encodeURIComponent(example)}`}>{example}</a></>
        ))}.</p>
    )
  }
  if (hits.length === 0) return <p class="hint">No statement matches <strong>{query}</strong>.</p>
  return (
    <>
      <p class="count">{hits.length}{more ? '+' : ''} {hits.length === 1 ? 'statement matches' : 'statements match'} <strong>{query}</strong>
        {more ? ' (the best shown; narrow the search to see others)' : ''}, best first.</p>
      <ol class="hits">
        {hits.map((hit) => (
          <li class="hit">
            <p class="text">{hit.runs.map((run) => (run.match ? <mark>{run.text}</mark> : run.text))}</p>
            <p class="meta">
              {hit.speaker ? <span class="speaker">{hit.speaker}</span> : null}
              <a class="doc-link" href={`/documents/${hit.documentId}#s${hit.statementId}`}>{hit.date} · {hit.title}</a>
              {(positions.get(hit.statementId) ?? []).map((position) => (
                <a class="chip position" href={`/positions/${position.id}`}><span class="visually-hidden">position: </span>{position.label}</a>
              ))}
            </p>
          </li>
        ))}
      </ol>
    </>
  )
}

/** A GET form: htmx searches as you type and keeps the address bar on the current query. */
export const SearchPage: FC<SearchPageProps> = (props) => {
  const { query, year, speaker, series, years, speakers, seriesNames } = props
  return (
    <section class="search">
      <h1>Search statements</h1>
      <form role="search" class="controls search-form" method="get" action="/search"
        hx-get="/search" hx-trigger="input delay:300ms, submit" hx-target="#results" hx-swap="innerHTML"
        hx-replace-url="true" hx-sync="replace">
        <div class="field grow">
          <label for="q">Words or "a phrase"</label>
          <input id="q" type="search" name="q" value={query} maxlength={500} autocomplete="off" />
        </div>
        <div class="field">
          <label for="year">Year</label>
          <select id="year" name="year">
            <option value="">any year</option>
            {years.map((value) => <option value={value} selected={value === year}>{value}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="speaker">Speaker</label>
          <select id="speaker" name="speaker">
            <option value="">anyone</option>
            {speakers.map((name) => <option value={name} selected={name === speaker}>{name}</option>)}
          </select>
        </div>
        {seriesNames.length > 1 ? (
          <div class="field">
            <label for="series">Series</label>
            <select id="series" name="series">
              <option value="">all series</option>
              {seriesNames.map((name) => <option value={name} selected={name === series}>{name}</option>)}
            </select>
          </div>
        ) : null}
        <div class="field">
          <button type="submit">Search</button>
        </div>
      </form>
      <div id="results" class="results" aria-live="polite"><SearchResults {...props} /></div>
    </section>
  )
}
