export { buildCompareReport } from './build-compare.ts'
export { buildTimeline, buildAllTimelines } from './build-timeline.ts'
export { resolveSides, resolveSeries, type CompareTarget } from './resolve-sides.ts'
