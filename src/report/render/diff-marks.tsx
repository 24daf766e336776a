import type { FC } from 'hono/jsx'
import type { DiffOp } from '../../types.ts'
import { splitEdges } from './report-text.ts'

/**
 * A diff as text with `<ins>`/`<del>` around the changed words (spaces left outside, so that an
 * underline never trails into the gap). Every run is a JSX child, so every character is escaped.
 */
export const DiffText: FC<{ diff: DiffOp[] }> = ({ diff }) => (
  <>
    {diff.map((op) => {
      if (op.op === 'equal') return op.text
      const [before, core, after] = splitEdges(op.text)
      if (core === '') return op.text
      return <>{before}{op.op === 'insert' ? <ins>{core}</ins> : <del>{core}</del>}{after}</>
    })}
  </>
)
