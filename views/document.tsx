import type { FC } from 'hono/jsx'
import type { PositionRef } from '../src/store/index.ts'
import type { DocumentRecord } from '../src/types.ts'
import type { TextRun } from '../src/web/document-layout.ts'

export interface DocumentPageProps {
  document: DocumentRecord
  paragraphs: TextRun[][]
  positions: Map<number, PositionRef[]>
  /** A comparison this document can open: with the previous year of its series, if any. */
  compareHref: string | undefined
}

const WEB_URL_RE = /^https?:\/\//i

const Run: FC<{ run: TextRun; positions: Map<number, PositionRef[]>; alternate: boolean }> = ({ run, positions, alternate }) => {
  const statement = run.statement
  if (!statement) return <>{run.text}</>
  const carried = positions.get(statement.id) ?? []
  const classes = ['statement', statement.kind, carried.length > 0 ? 'positioned' : '', alternate ? 'alt' : ''].filter(Boolean).join(' ')
  return (
    <>
      <span class={classes} id={`s${statement.id}`}>{run.text}</span>
      {statement.speaker ? <span class="chip speaker" title="speaker"><span class="visually-hidden">speaker: </span>{statement.speaker}</span> : null}
      {carried.map((position) => (
        <a class="chip position" href={`/positions/${position.id}`}><span class="visually-hidden">position: </span>{position.label}</a>
      ))}
    </>
  )
}

/** The document as stored, its statements highlighted in place and linked to their positions. */
export const DocumentPage: FC<DocumentPageProps> = ({ document, paragraphs, positions, compareHref }) => {
  // Neighbouring statements alternate shades so that where one ends and the next begins shows.
  const order = new Map(paragraphs.flat().flatMap((run) => (run.statement ? [run.statement.id] : [])).map((id, index) => [id, index]))
  return (
  <article class="document">
    <h1>{document.title}</h1>
    <dl class="doc-meta">
      <div><dt>Date</dt><dd>{document.date}</dd></div>
      <div><dt>Issuer</dt><dd>{document.issuer ?? 'unknown'}</dd></div>
      {document.kind ? <div><dt>Kind</dt><dd>{document.kind}</dd></div> : null}
      <div><dt>Series</dt><dd>{document.series}</dd></div>
      <div><dt>Statements</dt><dd>{document.statementCount}</dd></div>
      {document.sourceUrl ? (
        <div><dt>Source</dt><dd>{WEB_URL_RE.test(document.sourceUrl)
          ? <a href={document.sourceUrl} rel="noreferrer noopener external">{document.sourceUrl}</a>
          : document.sourceUrl}</dd></div>
      ) : null}
    </dl>
    <p class="doc-actions">
      <a class="button" href={`/documents/${document.id}/original`} download>Download the original ({document.fileName})</a>
      {compareHref ? <a class="button" href={compareHref}>Compare with the previous year</a> : null}
    </p>
    <p class="hint legend">Each highlighted run is one statement; the tags after it name its speaker and the positions it carries.</p>
    <div class="doc-text">
      {paragraphs.map((runs) => <p>{runs.map((run) => (
        <Run run={run} positions={positions} alternate={(order.get(run.statement?.id ?? -1) ?? 0) % 2 === 1} />
      ))}</p>)}
    </div>
  </article>
  )
}
