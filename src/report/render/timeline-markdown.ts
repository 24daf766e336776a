import type { PositionTimeline, TimelineStep } from '../../types.ts'
import { escapeMarkdown as md, markdownDiff, MARKDOWN_CONVENTION } from './markdown-text.ts'
import { inlineOps } from './report-text.ts'
import { stepFacts, timelinesTitle } from './timeline-text.ts'

/** Each position's wording year by year, each year marked against the previous present one. */
export function renderTimelineMarkdown(timelines: PositionTimeline[]): string {
  const lines = [`# Redline · ${md(timelinesTitle(timelines))}`, '', MARKDOWN_CONVENTION, '']
  for (const { position, steps } of timelines) {
    lines.push(`## ${md(position.label)}`, '', `*Position ${position.id} · series ${md(position.series)}*`, '')
    for (const step of steps) lines.push(...stepLines(step))
    lines.push('')
  }
  return lines.join('\n')
}

function stepLines(step: TimelineStep): string[] {
  const [first, ...others] = step.statements
  if (!first) return [`- **${step.year}**: *absent*`]
  const text = step.diff ? markdownDiff(inlineOps(step.diff)) : md(first.text)
  const speaker = first.speaker ? `**${md(first.speaker)}:** ` : ''
  return [
    `- **${step.year}** *(${stepFacts(step)}; #${first.id})*: ${speaker}${text}`,
    ...others.map((statement) => `  - also (#${statement.id}): ${md(statement.text)}`),
  ]
}
