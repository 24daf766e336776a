import type { FC } from 'hono/jsx'
import type { PositionPresence } from '../src/store/index.ts'
import type { Page } from '../src/web/compare-view.ts'
import { DownloadLinks } from './download-links.tsx'

/** Which positions appear in which year, each row linking to the position's timeline. */
export const PositionGrid: FC<{ grid: Page<PositionPresence>; years: number[]; pageHref: (page: number) => string; series: string }> = ({ grid, years, pageHref, series }) => (
  <section class="grid-section" aria-labelledby="grid-title">
    <h2 id="grid-title">Positions by year <span class="count">({grid.total})</span></h2>
    {grid.total > 0 ? (
      <DownloadLinks label="Every position's wording per year" links={['csv', 'json'].map((format) => ({
        format, href: `/timeline/export?${new URLSearchParams({ format, series })}`,
      }))} />
    ) : null}
    {grid.total === 0 ? <p class="hint">No positions yet: they appear once two years are imported.</p> : (
      <div class="table-scroll">
        <table class="presence">
          <caption class="visually-hidden">Positions (rows) stated in each year (columns)</caption>
          <thead><tr><th scope="col">Position</th>{years.map((year) => <th scope="col" class="year-col">{year}</th>)}</tr></thead>
          <tbody>
            {grid.items.map((position) => (
              <tr>
                <th scope="row"><a href={`/positions/${position.id}`}>{position.label}</a></th>
                {years.map((year) => (position.years.includes(year)
                  ? <td class="present"><span aria-hidden="true">●</span><span class="visually-hidden">stated</span></td>
                  : <td class="absent"><span aria-hidden="true">·</span><span class="visually-hidden">absent</span></td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    {grid.pages > 1 ? (
      <nav class="pager" aria-label="Pages of positions">
        {grid.page > 1 ? <a href={pageHref(grid.page - 1)}>← earlier</a> : null}
        <span>page {grid.page} of {grid.pages}</span>
        {grid.page < grid.pages ? <a href={pageHref(grid.page + 1)}>more →</a> : null}
      </nav>
    ) : null}
  </section>
)
