import { classifyChange, diffWords } from '../align/index.ts'
import { fail, ok, type Result } from '../errors.ts'
import type { PositionSummary, Store } from '../store/index.ts'
import type { DiffOptions, PositionTimeline, Statement, StatementRef, TimelineStep } from '../types.ts'
import { resolveSeries } from './resolve-sides.ts'

/** A position's wording in every year of its series, each present year diffed against the previous one. */
export function buildTimeline(store: Store, positionId: number, options: DiffOptions): Result<PositionTimeline> {
  const position = store.alignment.getPosition(positionId)
  if (!position) return fail('not-found', `no position with id ${positionId}`)
  return ok(timelineOf(store, position, seriesYears(store, position.series), options))
}

/** Every position of a series as timelines, for `timeline --all`. */
export function buildAllTimelines(store: Store, series: string | undefined, options: DiffOptions): Result<PositionTimeline[]> {
  const resolved = resolveSeries(store, series)
  if (!resolved.ok) return resolved
  const years = seriesYears(store, resolved.value)
  return ok(store.alignment.listPositions(resolved.value).map((position) => timelineOf(store, position, years, options)))
}

function seriesYears(store: Store, series: string): number[] {
  return [...new Set(store.corpus.listCorpus().filter((d) => d.series === series).map((d) => d.year))].sort((a, b) => a - b)
}

function timelineOf(store: Store, position: PositionSummary, years: number[], options: DiffOptions): PositionTimeline {
  const byYear = new Map<number, Statement[]>()
  for (const id of position.statementIds) {
    const statement = store.documents.getStatement(id)
    if (!statement) continue
    const list = byYear.get(statement.year) ?? []
    list.push(statement)
    byYear.set(statement.year, list)
  }
  let previous: { year: number; text: string } | null = null
  const steps: TimelineStep[] = years.map((year) => {
    const statements = (byYear.get(year) ?? []).sort((a, b) => a.date.localeCompare(b.date) || a.start - b.start)
    const first = statements[0]
    if (!first) return { year, statements: [], diff: null, change: null, previousYear: null }
    const diff = previous ? diffWords(previous.text, first.text, options) : null
    const step: TimelineStep = {
      year,
      statements: statements.map(toRef),
      diff,
      change: diff ? classifyChange(diff) : null,
      previousYear: previous?.year ?? null,
    }
    previous = { year, text: first.text }
    return step
  })
  return { schemaVersion: 1, position: { id: position.id, label: position.label, series: position.series }, steps }
}

function toRef(statement: Statement): StatementRef {
  return { id: statement.id, documentId: statement.documentId, text: statement.text, speaker: statement.speaker }
}
