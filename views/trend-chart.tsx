import type { FC } from 'hono/jsx'
import type { TrendReport } from '../src/web/term-trends.ts'

const WIDTH = 720
const HEIGHT = 300
const MARGIN = { top: 16, right: 40, bottom: 36, left: 56 }
const TICKS = 4

/** A round tick step (1, 2, 2.5, 5 × 10ⁿ) so that `TICKS` steps cover the largest value. */
function niceStep(max: number): number {
  const raw = max > 0 ? max / TICKS : 1 / TICKS
  const power = 10 ** Math.floor(Math.log10(raw))
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= raw) return step * power
  return 10 * power
}

const format = (value: number) => (value === 0 ? '0' : value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(2))

/**
 * Occurrences per 1,000 words per year, one line per term, drawn on the server as inline SVG:
 * no chart library, no script. Colours come from classes (the CSP allows no style attributes),
 * and each point has a <title> tooltip; the table beside it carries the same figures.
 */
export const TrendChart: FC<{ report: TrendReport }> = ({ report }) => {
  const years = report.years.map((entry) => entry.year)
  const max = niceStep(Math.max(0, ...report.terms.flatMap((term) => term.years.map((entry) => entry.perThousand)))) * TICKS
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  // Years are placed by date, not by rank, so a gap of several years looks like one.
  const first = years[0] ?? 0
  const span = (years.at(-1) ?? first) - first
  const x = (index: number) => MARGIN.left + (span === 0 ? plotWidth / 2 : (plotWidth * (years[index]! - first)) / span)
  const y = (value: number) => MARGIN.top + plotHeight - (plotHeight * value) / max
  // Thin out year labels on long series so they never overlap.
  const labelEvery = Math.max(1, Math.ceil(years.length / 12))
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-title" class="trend-chart">
        <title id="chart-title">Occurrences per 1,000 words per year for {report.terms.map((term) => term.term).join(', ')}</title>
        {Array.from({ length: TICKS + 1 }, (_, index) => {
          const value = (max * index) / TICKS
          return (
            <g class="tick">
              <line class="grid" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(value)} y2={y(value)} />
              <text class="axis-label" x={MARGIN.left - 8} y={y(value) + 4} text-anchor="end">{format(value)}</text>
            </g>
          )
        })}
        {years.map((year, index) => (index % labelEvery === 0 || index === years.length - 1 ? (
          <text class="axis-label" x={x(index)} y={HEIGHT - MARGIN.bottom + 20} text-anchor="middle">{year}</text>
        ) : null))}
        {report.terms.map((term, termIndex) => (
          <g class={`line series-${termIndex}`}>
            {years.length > 1 ? (
              <polyline fill="none" points={term.years.map((entry, index) => `${x(index).toFixed(1)},${y(entry.perThousand).toFixed(1)}`).join(' ')} />
            ) : null}
            {term.years.map((entry, index) => (
              <circle cx={x(index)} cy={y(entry.perThousand)} r={4}>
                <title>{term.term}, {entry.year}: {format(entry.perThousand)} per 1,000 words ({entry.count} times)</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul class="legend">
          {report.terms.map((term, index) => <li class={`series-${index}`}><span class="swatch" aria-hidden="true"></span>{term.term}</li>)}
        </ul>
        <span class="hint">Occurrences per 1,000 words in each year's documents.</span>
      </figcaption>
    </figure>
  )
}
