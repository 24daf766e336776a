import type { FC } from 'hono/jsx'
import type { PositionTimeline, TimelineStep } from '../../types.ts'
import { DiffText } from './diff-marks.tsx'
import { ExportDocument, renderHtmlPage } from './html-document.tsx'
import { inlineOps } from './report-text.ts'
import { stepFacts, timelinesTitle } from './timeline-text.ts'

/** Timelines as one offline HTML file: each year against the previous one, gaps shown. */
export function renderTimelineHtml(timelines: PositionTimeline[]): Promise<string> {
  return renderHtmlPage(
    <ExportDocument title={`Redline: ${timelinesTitle(timelines)}`}>
      <header>
        <p class="kicker">Redline position timeline</p>
        <h1>{timelinesTitle(timelines)}</h1>
        <p class="legend">
          Each year is compared with the previous year the position appears in: words dropped are{' '}
          <del>struck through in red</del>, words added are <ins>underlined in green</ins>.
        </p>
      </header>
      {timelines.map(({ position, steps }) => (
        <section id={`position-${position.id}`}>
          <h2>{position.label}</h2>
          <p class="meta">Position {position.id} · series {position.series}</p>
          <ol class="timeline">{steps.map((step) => <Step step={step} />)}</ol>
        </section>
      ))}
    </ExportDocument>,
  )
}

const Step: FC<{ step: TimelineStep }> = ({ step }) => {
  const [first, ...others] = step.statements
  if (!first) return <li class="gap"><span class="year">{step.year}</span> absent</li>
  return (
    <li>
      <span class="year">{step.year}</span> <span class="meta">{stepFacts(step)} · #{first.id}</span>
      <div>
        {first.speaker && <><bdi class="speaker">{first.speaker}</bdi>:{' '}</>}
        <bdi>{step.diff ? <DiffText diff={inlineOps(step.diff)} /> : first.text}</bdi>
      </div>
      {others.map((statement) => <div class="note">also #{statement.id}: <bdi>{statement.text}</bdi></div>)}
    </li>
  )
}
