import { zValidator } from '@hono/zod-validator'
import type { z } from 'zod'
import { describeIssues } from './params.ts'
import { errorResponse } from './app.tsx'

/** Validates a request part against a schema; a failure is a 400 naming each bad parameter. */
export const valid = <T extends z.ZodType, Target extends 'query' | 'param'>(target: Target, schema: T) =>
  zValidator(target, schema, (result, c) => {
    if (!result.success) return errorResponse(c, { kind: 'invalid-input', message: describeIssues(result.error) })
  })
