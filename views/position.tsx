import type { FC } from 'hono/jsx'
import type { PositionTimeline, TimelineStep } from '../src/types.ts'
import { DiffText } from './diff-text.tsx'
import { DownloadLinks, type DownloadLink } from './download-links.tsx'
import { StatementMeta } from './statement-link.tsx'

export interface PositionPageProps {
  timeline: PositionTimeline
  options: { ignoreCase: boolean; ignorePunctuation: boolean }
  downloads: DownloadLink[]
  documentLabels: Map<number, string>
}

const STATEMENTS_PER_YEAR = 20
const CHANGE_LABEL = { unchanged: 'unchanged', minor: 'minor change', substantive: 'substantive change' } as const

/** Consecutive absent years collapse into one gap ("2020–2022"), so a long absence reads as one. */
function groupSteps(steps: TimelineStep[]): Array<TimelineStep | { gap: [number, number] }> {
  const groups: Array<TimelineStep | { gap: [number, number] }> = []
  for (const step of steps) {
    const last = groups.at(-1)
    if (step.statements.length > 0) groups.push(step)
    else if (last && 'gap' in last) last.gap[1] = step.year
    else groups.push({ gap: [step.year, step.year] })
  }
  return groups
}

const Step: FC<{ step: TimelineStep; labels: Map<number, string>; options: PositionPageProps['options'] }> = ({ step, labels, options }) => {
  const [first, ...others] = step.statements
  const label = (id: number) => labels.get(id) ?? `document ${id}`
  return (
    <li class={`step${step.change && step.change !== 'unchanged' ? ' change' : ''}`} id={`year-${step.year}`} tabindex={-1}>
      <h2 class="year">{step.year}</h2>
      {step.previousYear !== null && step.change ? (
        <p class="since"><span class={`badge ${step.change}`}>{CHANGE_LABEL[step.change]}</span> since {step.previousYear}</p>
      ) : <p class="since">first stated</p>}
      {first ? (
        <>
          <p class="text">{step.diff ? <DiffText diff={step.diff} side="both" options={options} /> : first.text}</p>
          <StatementMeta statement={first} documentLabel={label(first.documentId)} />
        </>
      ) : null}
      {others.slice(0, STATEMENTS_PER_YEAR - 1).map((statement) => (
        <div class="also">
          <p class="text">{statement.text}</p>
          <StatementMeta statement={statement} documentLabel={label(statement.documentId)} />
        </div>
      ))}
      {others.length >= STATEMENTS_PER_YEAR ? <p class="hint">and {others.length - STATEMENTS_PER_YEAR + 1} more statements this year</p> : null}
    </li>
  )
}

/** What a toggle replaces: the downloads (they carry the options) and the timeline. */
export const PositionView: FC<PositionPageProps> = ({ timeline, options, downloads, documentLabels }) => {
  const present = timeline.steps.filter((step) => step.statements.length > 0).length
  return (
    <>
      <p class="hint">Stated in {present} of {timeline.steps.length} years of the series; each year is compared with the previous year that states it.</p>
      <DownloadLinks label="Download this timeline" links={downloads} />
      <ol class="timeline">
        {groupSteps(timeline.steps).map((group) => ('gap' in group ? (
          <li class="step gap">
            <h2 class="year">{group.gap[0] === group.gap[1] ? group.gap[0] : `${group.gap[0]}–${group.gap[1]}`}</h2>
            <p class="since">not stated</p>
          </li>
        ) : <Step step={group} labels={documentLabels} options={options} />))}
      </ol>
    </>
  )
}

export const PositionPage: FC<PositionPageProps> = (props) => {
  const { timeline, options } = props
  const href = `/positions/${timeline.position.id}`
  return (
    <article class="position-page">
      <p class="crumbs">Position in <span class="series-name">{timeline.position.series}</span> ·{' '}
        <a href={href} rel="bookmark">Permalink</a></p>
      <h1>{timeline.position.label}</h1>
      <form class="controls inline-controls" method="get" action={href}
        hx-get={href} hx-trigger="change, submit" hx-target="#position-view" hx-swap="innerHTML" hx-push-url="true">
        <label class="check"><input type="checkbox" name="ignoreCase" value="1" checked={options.ignoreCase} /> Ignore case</label>
        <label class="check"><input type="checkbox" name="ignorePunctuation" value="1" checked={options.ignorePunctuation} /> Ignore punctuation</label>
        <button type="submit">Apply</button>
      </form>
      <div id="position-view"><PositionView {...props} /></div>
    </article>
  )
}
