import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import compareSchema from '../../src/report/schema/compare-report.schema.json' with { type: 'json' }
import timelineSchema from '../../src/report/schema/position-timeline.schema.json' with { type: 'json' }

/** The two published schemas, compiled once, strict: a typo in a schema fails here too. */
const ajv = new Ajv2020({ allErrors: true, strict: true })
ajv.addSchema(compareSchema)
export const validateCompareReport = ajv.compile(compareSchema)
export const validateTimelines = ajv.compile(timelineSchema)

export function schemaErrors(validate: ValidateFunction): string {
  return ajv.errorsText(validate.errors)
}
