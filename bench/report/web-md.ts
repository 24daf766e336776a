import type { RealCorpusFigures } from '../measure/real-corpora.ts'
import type { WebResult } from '../result.ts'
import { formatNumber as n } from './format-number.ts'

export function webSection(web: WebResult): string[] {
  const { sustained } = web
  return [
    ...(web.largeImport.fallback
      ? [`**Measured at ${n(web.largeImport.statementsPerYear)} statements a year, not the alignment size**: ${web.largeImport.fallback}.`, '']
      : []),
    `The two large years (${n(web.largeImport.statementsPerYear)} statements each, ${n(web.largeImport.statements)} stored with headings) ` +
      `were imported into the benchmark database, beside the import corpus, as series \`${web.largeImport.series}\` in ` +
      `${n(web.largeImport.seconds)} s (peak RSS ${n(web.largeImport.peakRssMb)} MB). The server runs in a ` +
      `child process on 127.0.0.1; autocannon runs in the benchmark process with ${web.connections} connections, on the same machine.`,
    '',
    '| page | status | first request | size | p50 | p99 | max | req/s | requests | errors | non-2xx |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...[web.compare, web.search, web.compareApi].map((page) => `| \`${page.path}\` | ${page.status} | ${n(page.firstMs)} ms | ` +
      `${n(Math.round(page.bytes / 1024))} KB | ${n(page.p50Ms)} ms | ${n(page.p99Ms)} ms | ${n(page.maxMs)} ms | ${n(page.requestsPerS)} | ` +
      `${n(page.requests)} | ${page.errors} | ${page.non2xx} |`),
    '',
    `Search cycles through ${web.searchQueries.length} queries: ${web.searchQueries.map((query) => `\`${query}\``).join(', ')}.`,
    '',
    `**Sustained load** (compare page and searches mixed, ${web.connections} connections, ${n(sustained.seconds)} s): ` +
      `${n(sustained.requests)} requests, ${sustained.errors} errors, ${sustained.non2xx} non-2xx, p99 ${n(sustained.p99Ms)} ms; ` +
      `server RSS ${n(sustained.rssStartMb)} MB at the start, ${n(sustained.rssEndMb)} MB at the end, ${n(sustained.rssPeakMb)} MB at most ` +
      `(heap ${n(sustained.heapStartMb)} → ${n(sustained.heapEndMb)} MB). RSS samples (MB): ${sustained.rssSamplesMb.join(', ')}.`,
    '',
  ]
}

export function realCorporaSection(corpora: RealCorpusFigures[]): string[] {
  if (corpora.length === 0) return ['Not present on this machine.', '']
  return [
    '| corpus | documents | statements | size | import | peak RSS | align consecutive pairs | links between consecutive | later statements paired | positions |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...corpora.map((c) => `| ${c.name} | ${c.documents} | ${n(c.statements)} | ${n(c.kb)} KB | ${n(c.importS)} s | ${n(c.peakRssMb)} MB | ` +
      `${n(c.alignConsecutiveS)} s | ${n(c.consecutiveLinks)} | ${n(c.laterStatementsPaired)} | ${n(c.positions)} |`),
    '',
  ]
}
