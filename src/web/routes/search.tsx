import { Hono } from 'hono'
import { SearchPage, SearchResults } from '../../../views/search.tsx'
import type { PositionRef } from '../../store/index.ts'
import { wantsFragment, type WebContext } from '../context.ts'
import { searchQuery } from '../params.ts'
import { valid } from '../validate.ts'

const HITS_SHOWN = 50
/** A corpus with thousands of speakers still gets a usable picker. */
const SPEAKERS_LISTED = 500

/** `/search`: FTS5 over every statement, ranked, filtered by year, speaker and series. */
export function searchRoutes(context: WebContext): Hono {
  const { store } = context
  const app = new Hono()
  app.get('/search', valid('query', searchQuery), (c) => {
    const { q = '', year, speaker, series } = c.req.valid('query')
    // One hit past the page says whether there are more, without counting them all.
    const found = store.search.search({ query: q, year, speaker, series, limit: HITS_SHOWN + 1 })
    const hits = found.slice(0, HITS_SHOWN)
    const positions = new Map<number, PositionRef[]>(hits.map((hit) => [hit.statementId, store.alignment.getStatementPositions(hit.statementId)]))
    const results = { query: q, hits, more: found.length > HITS_SHOWN, positions }
    if (wantsFragment(c)) {
      const search = new URLSearchParams(Object.entries({ q, year, speaker, series })
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => [key, String(value)]))
      c.header('HX-Replace-Url', `/search${search.size ? `?${search}` : ''}`)
      return c.html(<SearchResults {...results} />)
    }
    const corpus = store.corpus.listCorpus()
    return c.render(
      <SearchPage {...results} year={year} speaker={speaker} series={series}
        years={[...new Set(corpus.map((entry) => entry.year))].sort((a, b) => b - a)}
        speakers={store.search.listSpeakers().slice(0, SPEAKERS_LISTED)}
        seriesNames={[...new Set(corpus.map((entry) => entry.series))]} />,
      { title: q ? `Search: ${q}` : 'Search', nav: 'search' },
    )
  })
  return app
}
