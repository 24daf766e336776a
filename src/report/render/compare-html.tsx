import type { FC } from 'hono/jsx'
import type { CompareReport, ReportPair, ReportPosition, StatementRef, UnpairedStatement } from '../../types.ts'
import { DiffText } from './diff-marks.tsx'
import { ExportDocument, renderHtmlPage } from './html-document.tsx'
import { counted, optionsText, pairFacts, reportTitle, sideName, sideOps, summaryRows } from './report-text.ts'

/**
 * The comparison as one offline HTML file: side by side, `<ins>`/`<del>`, printable. Document text
 * set inline beside other words goes in `<bdi>`, so a right-to-left override inside it cannot
 * reverse what follows (a date, a tag).
 */
export function renderCompareHtml(report: CompareReport): Promise<string> {
  return renderHtmlPage(<CompareExport report={report} />)
}

const CompareExport: FC<{ report: CompareReport }> = ({ report }) => {
  const from = sideName(report, 'from')
  const to = sideName(report, 'to')
  const persistent = report.positions.filter((position) => position.status === 'persistent')
  const dropped = report.positions.filter((position) => position.status === 'dropped')
  const added = report.positions.filter((position) => position.status === 'new')
  return (
    <ExportDocument title={`Redline: ${reportTitle(report)}`}>
      <header>
        <p class="kicker">Redline change report</p>
        <h1>{reportTitle(report)}</h1>
        <dl class="sides">
          {report.from.documents.map((document) => <><dt>From {from}</dt><dd><bdi>{document.title}</bdi> ({document.date})</dd></>)}
          {report.to.documents.map((document) => <><dt>To {to}</dt><dd><bdi>{document.title}</bdi> ({document.date})</dd></>)}
        </dl>
        <p class="legend">
          Words deleted from the {from} wording are <del>struck through in red</del>; words inserted in the {to} wording
          are <ins>underlined in green</ins>. {optionsText(report)}
        </p>
      </header>
      <section id="summary">
        <h2>Summary</h2>
        <table class="summary">
          <tbody>
            {summaryRows(report).map(([label, value]) => <tr><td>{label}</td><td class="number">{value}</td></tr>)}
          </tbody>
        </table>
      </section>
      <section id="positions">
        <h2>Positions restated ({persistent.length})</h2>
        {persistent.length === 0 && <p class="note">None.</p>}
        {persistent.map((position) => <PositionBlock position={position} from={from} to={to} />)}
      </section>
      <PositionList id="dropped-positions" title="Dropped positions" positions={dropped} />
      <PositionList id="new-positions" title="New positions" positions={added} />
      <StatementList id="dropped" title={`Dropped statements (in ${from}, not in ${to})`} statements={report.removed} />
      <StatementList id="new" title={`New statements (in ${to}, not in ${from})`} statements={report.added} />
      <section id="term-shifts">
        <h2>Term shifts ({report.termShifts.length})</h2>
        {report.termShifts.length === 0 && <p class="note">None.</p>}
        <ul class="statements">
          {report.termShifts.map((shift) => (
            <li>
              <del><bdi>{shift.from}</bdi></del> → <ins><bdi>{shift.to}</bdi></ins> <span class="tag">{shift.count}×</span>
              <ul>{shift.examples.slice(0, 2).map((example) => <li class="note"><bdi>{example.fromText}</bdi> → <bdi>{example.toText}</bdi></li>)}</ul>
            </li>
          ))}
        </ul>
      </section>
    </ExportDocument>
  )
}

const PositionBlock: FC<{ position: ReportPosition; from: string; to: string }> = ({ position, from, to }) => (
  <article class="position" id={`position-${position.id}`}>
    <h3>{position.label}</h3>
    {position.pairs.map((pair) => <PairTable pair={pair} from={from} to={to} />)}
    {position.pairs.length === 0 && (
      <>
        <p class="note">Restated through another year: no direct pair between {from} and {to}.</p>
        <ul class="statements">{position.statements.map((statement) => <li><Statement statement={statement} /></li>)}</ul>
      </>
    )}
  </article>
)

const PairTable: FC<{ pair: ReportPair; from: string; to: string }> = ({ pair, from, to }) => {
  const speaker = pair.to.speaker ?? pair.from.speaker
  return (
    <>
      <p class="meta">{pairFacts(pair)}{speaker && <> · speaker: <bdi class="speaker">{speaker}</bdi></>}</p>
      <table class="pair">
        <thead><tr><th scope="col">{from} · #{pair.from.id}</th><th scope="col">{to} · #{pair.to.id}</th></tr></thead>
        <tbody>
          <tr>
            <td data-side={from}><DiffText diff={sideOps(pair.diff, 'from')} /></td>
            <td data-side={to}><DiffText diff={sideOps(pair.diff, 'to')} /></td>
          </tr>
        </tbody>
      </table>
    </>
  )
}

const PositionList: FC<{ id: string; title: string; positions: ReportPosition[] }> = ({ id, title, positions }) =>
  positions.length === 0 ? null : (
    <section id={id}>
      <h2>{title} ({positions.length})</h2>
      <ul class="statements">
        {positions.map((position) => (
          <li id={`position-${position.id}`}><strong><bdi>{position.label}</bdi></strong> <span class="tag">{counted(position.statements.length, 'statement')}</span></li>
        ))}
      </ul>
    </section>
  )

const StatementList: FC<{ id: string; title: string; statements: UnpairedStatement[] }> = ({ id, title, statements }) => (
  <section id={id}>
    <h2>{title} ({statements.length})</h2>
    {statements.length === 0 && <p class="note">None.</p>}
    <ul class="statements">
      {statements.map((statement) => (
        <li>
          <Statement statement={statement} />
          {statement.positions.map((position) => <bdi class="tag">{position.label}</bdi>)}
        </li>
      ))}
    </ul>
  </section>
)

const Statement: FC<{ statement: StatementRef }> = ({ statement }) => (
  <>
    <span class="meta">#{statement.id}</span>{' '}
    {statement.speaker && <><bdi class="speaker">{statement.speaker}</bdi>:{' '}</>}
    <bdi>{statement.text}</bdi>
  </>
)
