import type { FC } from 'hono/jsx'
import type { CorpusEntry } from '../src/store/index.ts'
import { UploadForm, type UploadFormProps } from './upload-form.tsx'

export interface HomePageProps {
  corpus: CorpusEntry[]
  upload: UploadFormProps
}

const compareLink = (series: string, from: number, to: number, several: boolean) =>
  `/compare?from=${from}&to=${to}${several ? `&series=${encodeURIComponent(series)}` : ''}`

/** The corpus by series and year, the latest comparison one click away, and the upload form. */
export const HomePage: FC<HomePageProps> = ({ corpus, upload }) => {
  const seriesNames = [...new Set(corpus.map((entry) => entry.series))]
  const statements = corpus.reduce((sum, entry) => sum + entry.statementCount, 0)
  return (
    <div class="home">
      <section class="corpus" aria-labelledby="corpus-title">
        <h1 id="corpus-title">Corpus</h1>
        <p class="lede">
          {corpus.length} documents, {statements} statements
          {seriesNames.length > 1 ? `, in ${seriesNames.length} series` : ''}.
          {corpus.length === 0 ? ' Add a document to begin.' : ''}
        </p>
        {seriesNames.length > 1 ? (
          <nav class="series-index" aria-label="Series">
            {seriesNames.map((series, index) => <a class="chip" href={`#series-${index}`}>{series}</a>)}
          </nav>
        ) : null}
        {seriesNames.map((series, index) => {
          const entries = corpus.filter((entry) => entry.series === series)
          const years = [...new Set(entries.map((entry) => entry.year))].sort((a, b) => b - a)
          const [latest, previous] = years
          return (
            <section class="series" id={`series-${index}`}>
              <h2>{series}</h2>
              {latest !== undefined && previous !== undefined ? (
                <p><a class="button primary" href={compareLink(series, previous, latest, seriesNames.length > 1)}>
                  Compare {previous} → {latest}
                </a></p>
              ) : <p class="hint">One year so far: add a document of another year to compare.</p>}
              {years.map((year) => (
                <section class="year">
                  <h3>{year}</h3>
                  <ul class="documents">
                    {entries.filter((entry) => entry.year === year).map((entry) => (
                      <li>
                        <a href={`/documents/${entry.id}`}>{entry.title}</a>
                        <span class="meta">{entry.date} · {entry.issuer ?? 'unknown issuer'} · {entry.statementCount} statements</span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </section>
          )
        })}
      </section>
      <aside class="upload-panel" aria-label="Add a document">
        <UploadForm {...upload} />
      </aside>
    </div>
  )
}
