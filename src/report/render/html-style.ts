/**
 * The stylesheet of the HTML exports, inlined so that the file opens offline and requests nothing.
 * Colour is never the only signal: insertions are underlined, deletions struck through, and both
 * announce themselves to screen readers through visually hidden generated text.
 */
export const EXPORT_CSS = `
:root { color-scheme: light; --fg: #1b1b1f; --muted: #5b5b66; --line: #d8d8de; --accent: #b3261e;
  --ins-bg: #dcf5e1; --ins-fg: #0b5e1f; --del-bg: #fde4e2; --del-fg: #9f1a12; }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--fg); background: #fff; margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .78rem; font-weight: 700; color: var(--accent); margin: 0; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: .25rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--fg); }
h3 { font-size: 1.02rem; margin: 1.75rem 0 .25rem; }
.meta, .note { color: var(--muted); font-size: .88rem; margin: .25rem 0 .5rem; }
dl.sides { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
dl.sides dt { font-weight: 600; }
dl.sides dd { margin: 0; }
.legend { border-left: 4px solid var(--line); padding: .4rem .9rem; margin: 1rem 0; }
table { border-collapse: collapse; }
table.summary td { padding: .25rem .9rem .25rem 0; border-bottom: 1px solid var(--line); }
table.summary td.number { text-align: right; font-variant-numeric: tabular-nums; }
table.pair { width: 100%; table-layout: fixed; margin: .25rem 0 1rem; }
table.pair th { text-align: left; font-size: .8rem; color: var(--muted); padding: .25rem .75rem; border-bottom: 1px solid var(--line); }
table.pair td { vertical-align: top; padding: .5rem .75rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
table.pair td + td, table.pair th + th { border-left: 1px solid var(--line); }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: underline 2px; text-underline-offset: 2px; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through 2px; }
ins::before, ins::after, del::before, del::after { position: absolute; clip-path: inset(100%); width: 1px; height: 1px; overflow: hidden; white-space: nowrap; }
ins::before { content: " [inserted: "; } del::before { content: " [deleted: "; }
ins::after, del::after { content: "] "; }
ul.statements { padding-left: 1.2rem; }
ul.statements li, ol.timeline li { margin: .45rem 0; overflow-wrap: anywhere; }
.speaker { font-weight: 600; }
.tag { display: inline-block; font-size: .78rem; color: var(--muted); border: 1px solid var(--line); border-radius: 3px; padding: 0 .35rem; margin-left: .25rem; }
ol.timeline { list-style: none; padding: 0; border-left: 3px solid var(--line); margin-left: .4rem; }
ol.timeline li { padding-left: 1rem; }
ol.timeline .year { font-weight: 700; margin-right: .5rem; }
ol.timeline li.gap { color: var(--muted); font-style: italic; }
@media (max-width: 700px) {
  table.pair, table.pair tbody, table.pair tr, table.pair td { display: block; width: auto; }
  table.pair thead { display: none; }
  table.pair td + td { border-left: none; }
  table.pair td::before { content: attr(data-side); display: block; font-size: .75rem; font-weight: 600; color: var(--muted); }
}
@media print {
  @page { margin: 1.6cm 1.4cm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  article.position, table.pair tr, ul.statements li, ol.timeline li { break-inside: avoid; }
  ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
