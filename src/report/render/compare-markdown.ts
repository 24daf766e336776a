import type { CompareReport, ReportPair, ReportPosition, StatementRef, UnpairedStatement } from '../../types.ts'
import { escapeMarkdown as md, markdownDiff, MARKDOWN_CONVENTION } from './markdown-text.ts'
import { counted, optionsText, pairFacts, reportTitle, sideName, sideOps, summaryRows } from './report-text.ts'

/**
 * A briefing note in GitHub-flavoured Markdown: readable as plain text, rendered on GitHub.
 * Each pair shows the earlier wording with its deletions and the later with its insertions.
 */
export function renderCompareMarkdown(report: CompareReport): string {
  const from = sideName(report, 'from')
  const to = sideName(report, 'to')
  const persistent = report.positions.filter((position) => position.status === 'persistent')
  const lines: string[] = [
    `# Redline change report: ${md(reportTitle(report))}`,
    '',
    MARKDOWN_CONVENTION,
    '',
    '## Corpora',
    '',
    ...report.from.documents.map((document) => `- **From ${md(from)}:** ${md(document.title)} (${document.date})`),
    ...report.to.documents.map((document) => `- **To ${md(to)}:** ${md(document.title)} (${document.date})`),
    '',
    optionsText(report),
    '',
    '## Summary',
    '',
    '| | |',
    '|---|---:|',
    ...summaryRows(report).map(([label, value]) => `| ${md(label)} | ${value} |`),
    '',
    `## Positions restated (${persistent.length})`,
    '',
    ...(persistent.length ? persistent.flatMap((position) => positionLines(position, from, to)) : ['None.', '']),
    ...positionList('Dropped positions', report.positions.filter((position) => position.status === 'dropped')),
    ...positionList('New positions', report.positions.filter((position) => position.status === 'new')),
    ...statementList(`Dropped statements (in ${from}, not in ${to})`, report.removed),
    ...statementList(`New statements (in ${to}, not in ${from})`, report.added),
    `## Term shifts (${report.termShifts.length})`,
    '',
    ...(report.termShifts.length ? report.termShifts.flatMap((shift) => [
      `- **${md(shift.from)}** → **${md(shift.to)}**, ${counted(shift.count, 'time')}`,
      ...shift.examples.slice(0, 2).map((example) => `  - ${md(example.fromText)} → ${md(example.toText)}`),
    ]) : ['None.']),
    '',
  ]
  return lines.join('\n')
}

function positionLines(position: ReportPosition, from: string, to: string): string[] {
  const lines = [`### ${md(position.label)}`, '']
  for (const pair of position.pairs) lines.push(...pairLines(pair, from, to))
  if (position.pairs.length === 0) {
    lines.push(`*Restated through another year: no direct pair between ${md(from)} and ${md(to)}.*`, '')
    for (const statement of position.statements) lines.push(`- ${statementText(statement)}`)
    lines.push('')
  }
  return lines
}

function pairLines(pair: ReportPair, from: string, to: string): string[] {
  const speaker = pair.to.speaker ?? pair.from.speaker
  const facts = `*${pairFacts(pair)}${speaker ? ` · speaker: ${md(speaker)}` : ''}*`
  if (!pair.diff.some((op) => op.op !== 'equal')) {
    return [facts, '', `- **${md(from)} and ${md(to)}** (#${pair.from.id}, #${pair.to.id}): ${md(pair.to.text)}`, '']
  }
  return [
    facts,
    '',
    `- **${md(from)}** (#${pair.from.id}): ${markdownDiff(sideOps(pair.diff, 'from'))}`,
    `- **${md(to)}** (#${pair.to.id}): ${markdownDiff(sideOps(pair.diff, 'to'))}`,
    '',
  ]
}

function positionList(title: string, positions: ReportPosition[]): string[] {
  if (positions.length === 0) return []
  return [`## ${md(title)} (${positions.length})`, '', ...positions.map((position) =>
    `- **${md(position.label)}**: ${counted(position.statements.length, 'statement')}`), '']
}

function statementList(title: string, statements: UnpairedStatement[]): string[] {
  const lines = [`## ${md(title)} (${statements.length})`, '']
  if (statements.length === 0) return [...lines, 'None.', '']
  for (const statement of statements) {
    const labels = statement.positions.map((position) => md(position.label)).join('; ')
    lines.push(`- ${statementText(statement)}${labels ? ` *(position: ${labels})*` : ''}`)
  }
  return [...lines, '']
}

function statementText(statement: StatementRef): string {
  return `(#${statement.id}) ${statement.speaker ? `**${md(statement.speaker)}:** ` : ''}${md(statement.text)}`
}
