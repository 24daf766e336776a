import type { PositionTimeline, TimelineStep } from '../../types.ts'

/** Words the timeline formats share. */
export function timelinesTitle(timelines: PositionTimeline[]): string {
  if (timelines.length === 1) return `Position timeline: ${timelines[0]!.position.label}`
  const series = [...new Set(timelines.map((timeline) => timeline.position.series))]
  return `Position timelines${series.length ? `: ${series.join(', ')}` : ''} (${timelines.length} positions)`
}

/** `vs 2023 · substantive change`, or why there is nothing to compare. */
export function stepFacts(step: TimelineStep): string {
  if (step.statements.length === 0) return 'absent'
  if (step.previousYear === null) return 'first appearance'
  const change = step.change === 'unchanged' ? 'unchanged' : `${step.change} change`
  return `vs ${step.previousYear} · ${change}`
}
