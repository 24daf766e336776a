import { describe, expect, test } from 'vitest'
import { toDiffRuns } from '../../src/web/diff-runs.ts'
import type { DiffOp } from '../../src/types.ts'

const equal = (text: string): DiffOp => ({ op: 'equal', text })
const del = (text: string): DiffOp => ({ op: 'delete', text })
const ins = (text: string): DiffOp => ({ op: 'insert', text })

const changed = (words: string, lead = '', trail = '') => ({ lead, words, trail })
const none = changed('')

describe('toDiffRuns', () => {
  test.each([
    { name: 'no change', diff: [equal('a b')], out: [{ equal: 'a b' }] },
    {
      name: 'words deleted one by one become one stretch',
      diff: [equal('hosted by '), del('Ambassador'), equal(' '), del('Munir'), equal(' '), del('Akram'), equal(', the')],
      // The later side keeps the spaces the stretch shares, so its text stays exact.
      out: [{ equal: 'hosted by ' }, { removed: changed('Ambassador Munir Akram'), added: { lead: '  ', words: '', trail: '' }, ignored: false }, { equal: ', the' }],
    },
    {
      name: 'a replacement keeps both wordings',
      diff: [equal('Kashmir '), del('dispute'), ins('conflict'), equal('.')],
      out: [{ equal: 'Kashmir ' }, { removed: changed('dispute'), added: changed('conflict'), ignored: false }, { equal: '.' }],
    },
    {
      name: 'interleaved changes split by spaces read as one stretch per side',
      diff: [del('IIOJ&K'), equal(' '), ins('IIOJK'), equal(' '), del('was'), ins('is'), equal(' the')],
      out: [{ removed: changed('IIOJ&K  was'), added: changed('IIOJK is', ' '), ignored: false }, { equal: ' the' }],
    },
    {
      name: 'spacing at the edge of a stretch stays outside the mark',
      diff: [equal('Permanent'), del(' Representative '), equal('of')],
      out: [{ equal: 'Permanent' }, { removed: changed('Representative', ' ', ' '), added: none, ignored: false }, { equal: 'of' }],
    },
    {
      name: 'a word between changes ends the stretch',
      diff: [del('a'), equal(' and '), ins('b')],
      out: [{ removed: changed('a'), added: none, ignored: false }, { equal: ' and ' }, { removed: none, added: changed('b'), ignored: false }],
    },
  ])('$name', ({ diff, out }) => {
    expect(toDiffRuns(diff)).toEqual(out)
  })

  test.each([
    { name: 'case, when ignoring case', diff: [del('The Group'), ins('the group'), equal(' urged')], options: { ignoreCase: true, ignorePunctuation: false }, ignored: true },
    { name: 'case, when not ignoring it', diff: [del('The Group'), ins('the group'), equal(' urged')], options: { ignoreCase: false, ignorePunctuation: false }, ignored: false },
    { name: 'a comma, when ignoring punctuation', diff: [equal('peace'), ins(','), equal(' security')], options: { ignoreCase: false, ignorePunctuation: true }, ignored: true },
    { name: 'a word, whatever is ignored', diff: [del('dispute'), ins('Conflict')], options: { ignoreCase: true, ignorePunctuation: true }, ignored: false },
  ])('a stretch differing only in $name is ignored: $ignored', ({ diff, options, ignored }) => {
    const run = toDiffRuns(diff, options).find((entry) => !('equal' in entry))
    expect(run && 'ignored' in run && run.ignored).toBe(ignored)
  })

  test('each side reads as its own text (spacing collapsed, as HTML shows it)', () => {
    const diff = [equal('the '), del('just'), equal(' '), del('and'), equal(' '), ins('lasting'), equal(' resolution')]
    const runs = toDiffRuns(diff)
    const side = (key: 'removed' | 'added') => runs.map((run) => ('equal' in run ? run.equal : run[key].lead + run[key].words + run[key].trail))
      .join('').replace(/\s+/g, ' ')
    expect(side('removed')).toBe('the just and resolution')
    expect(side('added')).toBe('the lasting resolution')
  })
})
