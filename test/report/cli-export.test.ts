import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { runCli } from '../helpers/run-cli.ts'
import { makeTempDir } from '../helpers/temp-db.ts'
import { schemaErrors, validateCompareReport } from './schema.ts'

let temp: ReturnType<typeof makeTempDir>
const cli = (...args: string[]) => runCli([...args, '--db', temp.dbPath], { cwd: temp.dir })
beforeAll(() => {
  temp = makeTempDir()
  const imported = cli('import', DOCUMENTS_DIR)
  if (imported.status !== 0) throw new Error(imported.stderr)
})
afterAll(() => temp.cleanup())

describe('redline compare / timeline exports (subprocess)', () => {
  test('compare --format json prints exactly the report: one JSON document, nothing else', () => {
    const run = cli('compare', '--from', '2023', '--to', '2025', '--format', 'json')
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    const report = JSON.parse(run.stdout)
    expect(validateCompareReport(report), schemaErrors(validateCompareReport)).toBe(true)
    expect(run.stdout).toBe(`${JSON.stringify(report, null, 2)}\n`)
  })

  test.each([
    { format: 'md', start: '# Redline change report: ' },
    { format: 'html', start: '<!doctype html>' },
    { format: 'csv', start: '\uFEFFposition_id,' },
  ])('compare --format $format writes the report to stdout', ({ format, start }) => {
    const run = cli('compare', '--from', '2023', '--to', '2025', '--format', format)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout.startsWith(start)).toBe(true)
  })

  test('pdf without --out is refused with one clear line and exit code 2; with --out it writes the file', () => {
    const refused = cli('compare', '--from', '2023', '--to', '2025', '--format', 'pdf')
    expect(refused.status).toBe(2)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toMatch(/^redline: .*pdf.*--out FILE\n$/)
    const out = join(temp.dir, 'report.pdf')
    const written = cli('compare', '--from', '2023', '--to', '2025', '--format', 'pdf', '--out', out)
    expect(written.status).toBe(0)
    expect(written.stdout).toBe('')
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  test('--out writes a text format to the file and nothing to stdout', () => {
    const out = join(temp.dir, 'report.md')
    const run = cli('compare', '--from', '2023', '--to', '2025', '--format', 'md', '--out', out)
    expect(run.stdout).toBe('')
    expect(existsSync(out) && readFileSync(out, 'utf8').startsWith('# Redline change report')).toBe(true)
  })

  test('timeline --all --format csv gives every position in every year of the corpus', () => {
    const positions = JSON.parse(cli('timeline', '--all', '--format', 'json').stdout) as Array<{ position: { id: number } }>
    const run = cli('timeline', '--all', '--format', 'csv')
    expect(run.status).toBe(0)
    const rows = parse(run.stdout, { bom: true, columns: true }) as Array<Record<string, string>>
    expect(rows.map((row) => `${row.position_id}/${row.year}`)).toEqual(positions.flatMap(({ position }) => [`${position.id}/2023`, `${position.id}/2025`]))
    expect(rows.filter((row) => row.present === '1').every((row) => (row.text ?? '').length > 0)).toBe(true)
  })
})
