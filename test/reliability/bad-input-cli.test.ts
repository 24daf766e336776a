import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DOCUMENTS_DIR } from '../helpers/seeds.ts'
import { runCli, type CliRun } from '../helpers/run-cli.ts'
import { makeTempDir } from '../helpers/temp-db.ts'
import { BAD_INPUTS, cliTooLarge } from './helpers/bad-inputs.ts'
import { readDatabaseState, watchCommits } from './helpers/db-state.ts'

let temp: ReturnType<typeof makeTempDir>
beforeAll(() => {
  temp = makeTempDir()
  const seeded = runCli(['import', DOCUMENTS_DIR, '--db', temp.dbPath], { cwd: temp.dir })
  expect(seeded.stderr).toBe('')
  expect(seeded.status).toBe(0)
})
afterAll(() => temp.cleanup())

/** Runs `redline import` on one file and checks the whole contract: exit 1, one line, nothing written. */
function importRefused(paths: string[], message: RegExp, name: string): CliRun {
  const before = readDatabaseState(temp.dbPath)
  const watch = watchCommits(temp.dbPath)
  const run = runCli(['import', ...paths, '--db', temp.dbPath], { cwd: temp.dir })
  try {
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.split('\n')).toEqual([expect.stringMatching(/^redline: \S/), ''])
    expect(run.stderr).toContain(name)
    expect(run.stderr).toMatch(message)
    expect(watch.committed()).toBe(false)
  } finally {
    watch.close()
  }
  expect(readDatabaseState(temp.dbPath)).toEqual(before)
  return run
}

describe('redline import refuses bad input: exit 1, one stderr line, database byte-for-byte unchanged', () => {
  test.each(BAD_INPUTS)('$name', ({ fileName, bytes, message }) => {
    const dir = join(temp.dir, 'single', String(BAD_INPUTS.findIndex((input) => input.fileName === fileName)))
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, fileName), bytes)
    importRefused([join(dir, fileName)], message, fileName)
  })

  test(cliTooLarge.name, () => {
    const path = join(temp.dir, cliTooLarge.fileName)
    writeFileSync(path, Buffer.alloc(cliTooLarge.size, 'a'))
    importRefused([path], cliTooLarge.message, cliTooLarge.fileName)
  })

  test('a 3 GiB file (sparse) is refused by its size, not by a crash while reading it', () => {
    const path = join(temp.dir, '2024-01-01-huge.txt')
    writeFileSync(path, '')
    truncateSync(path, 3 * 2 ** 30)
    importRefused([path], /3221225472 bytes is over the limit of \d+ bytes per document/, '2024-01-01-huge.txt')
  })

  test('one bad file among good ones in a folder: none of them is imported', () => {
    const dir = join(temp.dir, 'batch')
    mkdirSync(dir, { recursive: true })
    for (const day of ['01', '02', '03']) writeFileSync(join(dir, `2024-06-${day}-good.txt`), `A good statement number ${day} about dialogue.`)
    writeFileSync(join(dir, '2024-06-04-bad.txt'), Buffer.from([0x41, 0x00, 0x42]))
    importRefused([dir], /contains a NUL character at offset 1/, '2024-06-04-bad.txt')
  })

  test('a folder holding only unknown formats names the problem', () => {
    const dir = join(temp.dir, 'docx-only')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, '2024-01-01-a.docx'), 'PK')
    importRefused([dir], /no \.txt, \.md or \.html documents found/, 'docx-only')
  })
})

describe('redline refuses a --db that is not a Redline database, leaving it untouched', () => {
  const cases = [
    { name: 'a text file', content: 'These are my notes; do not overwrite them.\n', message: /file is not a database/ },
    { name: 'a file of random bytes', content: Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251)), message: /file is not a database/ },
  ]
  test.each(cases)('$name', ({ content, message }) => {
    const path = join(temp.dir, `not-a-db-${cases.findIndex((c) => c.content === content)}`)
    writeFileSync(path, content)
    for (const args of [['list'], ['import', DOCUMENTS_DIR]]) {
      const run = runCli([...args, '--db', path], { cwd: temp.dir })
      expect(run.status).toBe(1)
      expect(run.stderr.split('\n')).toEqual([expect.stringMatching(message), ''])
      expect(readFileSync(path)).toEqual(Buffer.from(content))
    }
  })

  test('a folder given as --db', () => {
    const run = runCli(['list', '--db', temp.dir], { cwd: temp.dir })
    expect(run.status).toBe(1)
    expect(run.stderr.split('\n')).toEqual([expect.stringMatching(/^redline: .*(unable to open|directory)/), ''])
  })
})
