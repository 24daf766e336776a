import type { FC } from 'hono/jsx'
import type { StatementRef } from '../src/types.ts'

/** Where a statement sits: its speaker, and a link to its place in its document. */
export const StatementMeta: FC<{ statement: StatementRef; documentLabel: string }> = ({ statement, documentLabel }) => (
  <p class="meta">
    {statement.speaker ? <span class="speaker">{statement.speaker}</span> : null}
    <a class="doc-link" href={`/documents/${statement.documentId}#s${statement.id}`}>{documentLabel}</a>
  </p>
)
