import type { FC } from 'hono/jsx'
import { toDiffRuns } from '../src/web/diff-runs.ts'
import type { DiffOp, DiffOptions } from '../src/types.ts'

export type DiffSide = 'from' | 'to' | 'both'

const Deleted: FC<{ text: string }> = ({ text }) => (
  <del><span class="visually-hidden">[deleted: </span>{text}<span class="visually-hidden">]</span></del>
)
const Inserted: FC<{ text: string }> = ({ text }) => (
  <ins><span class="visually-hidden">[inserted: </span>{text}<span class="visually-hidden">]</span></ins>
)

/**
 * A word diff as real `<del>`/`<ins>` with visually hidden words around each mark, so a screen
 * reader says "deleted: … " and colour is never the only signal. `from` shows the earlier wording
 * (deletions only), `to` the later (insertions only), `both` one inline redline. A change the
 * reader chose to ignore (case, punctuation) shows unmarked, in each side's own wording.
 */
export const DiffText: FC<{ diff: DiffOp[]; side: DiffSide; options: DiffOptions }> = ({ diff, side, options }) => (
  <>
    {toDiffRuns(diff, options).map((run) => {
      if ('equal' in run) return run.equal
      const { removed, added } = run
      if (run.ignored) {
        const text = side === 'from' ? removed : added
        return `${text.lead}${text.words}${text.trail}`
      }
      if (side === 'from') return removed.words ? <>{removed.lead}<Deleted text={removed.words} />{removed.trail}</> : removed.lead
      if (side === 'to') return added.words ? <>{added.lead}<Inserted text={added.words} />{added.trail}</> : added.lead
      return (
        <>
          {removed.lead || added.lead}
          {removed.words ? <Deleted text={removed.words} /> : null}
          {removed.words && added.words ? ' ' : null}
          {added.words ? <Inserted text={added.words} /> : null}
          {added.trail || removed.trail}
        </>
      )
    })}
  </>
)
