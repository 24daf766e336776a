import { z } from 'zod'

/**
 * Query and path parameters of every page, as zod schemas: a bad value is a 400 with a message
 * naming the parameter, an unknown id a 404 from the store, never a 500. Empty strings count as
 * absent because a GET form submits its blank fields (`?threshold=&ignoreWords=`).
 */
const blank = (value: unknown) => (value === '' ? undefined : value)
/** An optional parameter where `?name=` means the same as no `name` at all. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional())

const YEAR_RE = /^[12]\d{3}$/
const ID_RE = /^[1-9]\d{0,14}$/
const FLAG_VALUES = ['1', 'true', 'on', '0', 'false', 'off'] as const

export const MAX_TEXT_PARAM = 500
/** Percent of a pair's words that must change for "only substantive changes" to keep it. */
export const DEFAULT_THRESHOLD = 10

export const yearParam = z.string()
  .regex(YEAR_RE, { error: (issue) => `"${String(issue.input)}" is not a year (expected four digits between 1000 and 2999)` })
  .transform(Number)

export const idParam = z.string()
  .regex(ID_RE, { error: (issue) => `"${String(issue.input)}" is not an id (expected a positive whole number)` })
  .transform(Number)

const flagParam = optional(z.enum(FLAG_VALUES, { error: 'expected 1 or 0' }))
  .transform((value) => value === '1' || value === 'true' || value === 'on')

const pageParam = optional(z.string()
  .regex(/^[1-9]\d{0,5}$/, { error: (issue) => `"${String(issue.input)}" is not a page number` })
  .transform(Number)).transform((value) => value ?? 1)

const textParam = (max = MAX_TEXT_PARAM) => optional(z.string().max(max, { error: `at most ${max} characters` }))

const seriesParam = textParam(200)

/** `/compare` and `/api/compare`: two years of a series or two documents, and the view toggles. */
const compareFields = z.object({
  from: optional(yearParam),
  to: optional(yearParam),
  fromDoc: optional(idParam),
  toDoc: optional(idParam),
  series: seriesParam,
  view: optional(z.enum(['side', 'inline'], { error: 'expected side or inline' }))
    .transform((value) => value ?? 'side'),
  ignoreCase: flagParam,
  ignorePunctuation: flagParam,
  hideUnchanged: flagParam,
  substantive: flagParam,
  threshold: optional(z.string()
    .regex(/^\d{1,3}$/, { error: (issue) => `"${String(issue.input)}" is not a percentage` })
    .transform(Number)
    .refine((value) => value <= 100, { error: 'expected a percentage from 0 to 100' }))
    .transform((value) => value ?? DEFAULT_THRESHOLD),
  ignoreWords: textParam(),
  page: pageParam,
  addedPage: pageParam,
  removedPage: pageParam,
  shiftsPage: pageParam,
  part: optional(z.enum(['rows', 'added', 'removed', 'shifts'], { error: 'expected rows, added, removed or shifts' })),
})
type Sides = { from?: number | undefined; to?: number | undefined; fromDoc?: number | undefined; toDoc?: number | undefined }
const docsTogether = (query: Sides) => (query.fromDoc === undefined) === (query.toDoc === undefined)
const DOCS_APART = { error: 'fromDoc and toDoc go together', path: ['toDoc'] }
const yearsTogether = (query: Sides) => (query.from === undefined) === (query.to === undefined)
const YEARS_APART = { error: 'from and to go together (two years, e.g. from=2023&to=2025)', path: ['to'] }

export const compareQuery = compareFields.refine(docsTogether, DOCS_APART).refine(yearsTogether, YEARS_APART)
export type CompareQuery = z.output<typeof compareQuery>

/** Items of each list per answer of `/api/compare` unless `limit` says otherwise, and the most it may say. */
export const API_DEFAULT_LIMIT = 100
export const API_MAX_LIMIT = 1000

/** `/api/compare`: the compare page's query, and a window (`offset`, `limit`) over the report's lists. */
export const compareApiQuery = compareFields.extend({
  offset: optional(z.string()
    .regex(/^\d{1,9}$/, { error: (issue) => `"${String(issue.input)}" is not an offset (expected a whole number from 0)` })
    .transform(Number)).transform((value) => value ?? 0),
  limit: optional(z.string()
    .regex(/^[1-9]\d{0,3}$/, { error: (issue) => `"${String(issue.input)}" is not a limit (expected 1 to ${API_MAX_LIMIT})` })
    .transform(Number)
    .refine((value) => value <= API_MAX_LIMIT, { error: `at most ${API_MAX_LIMIT}` }))
    .transform((value) => value ?? API_DEFAULT_LIMIT),
}).refine(docsTogether, DOCS_APART).refine(yearsTogether, YEARS_APART)
export type CompareApiQuery = z.output<typeof compareApiQuery>

export const positionQuery = z.object({
  ignoreCase: flagParam,
  ignorePunctuation: flagParam,
})
export type PositionQuery = z.output<typeof positionQuery>

export const searchQuery = z.object({
  q: textParam(),
  year: optional(yearParam),
  speaker: textParam(200),
  series: seriesParam,
})
export type SearchQueryParams = z.output<typeof searchQuery>

export const trendsQuery = z.object({
  terms: textParam(),
  series: seriesParam,
  page: pageParam,
})
export type TrendsQuery = z.output<typeof trendsQuery>

export const idPath = z.object({ id: idParam })

/** One line for the user: each failing parameter with what was wrong. */
export function describeIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .map((issue) => `${issue.path.length ? `${issue.path.map(String).join('.')}: ` : ''}${issue.message}`)
    .join('; ')
}
