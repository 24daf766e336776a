import type { FC } from 'hono/jsx'

/** `/compare` on a corpus without two years to compare. */
export const EmptyCompare: FC<{ documents: number }> = ({ documents }) => (
  <section class="empty">
    <h1>Compare</h1>
    <p>{documents === 0
      ? 'The corpus is empty. Add documents of two different years to compare them.'
      : 'The corpus has documents of one year only. Add a document of another year to compare.'}</p>
    <p><a class="button" href="/">Add a document</a></p>
  </section>
)
