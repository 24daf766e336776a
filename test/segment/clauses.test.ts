import { describe, expect, test } from 'vitest'
import { segmentText } from '../../src/segment/index.ts'

const CASES: Array<{ name: string; input: string; out: Array<[string, string | null]> }> = [
  {
    name: 'list of attributed quotes (semicolon, then comma and a title)',
    input: 'Speakers included Minister Ana Silva, Foreign Minister of Brazil, who said that “trade must grow”; President Jean Dupont, head of the delegation, who said that “peace matters to everyone here”, and Dr. Amina Yusuf, Special Envoy, who stressed “dialogue”.',
    out: [
      ['Speakers included Minister Ana Silva, Foreign Minister of Brazil, who said that “trade must grow”;', 'Ana Silva'],
      ['President Jean Dupont, head of the delegation, who said that “peace matters to everyone here”,', 'Jean Dupont'],
      ['and Dr. Amina Yusuf, Special Envoy, who stressed “dialogue”.', 'Amina Yusuf'],
    ],
  },
  {
    name: 'quotes attributed after the quotation',
    input: '“The occupation must end now,” Akram said, and Ambassador Lee Min added that “talks must resume soon”.',
    out: [
      ['“The occupation must end now,” Akram said,', 'Akram'],
      ['and Ambassador Lee Min added that “talks must resume soon”.', 'Lee Min'],
    ],
  },
  {
    name: 'semicolon between two substantial clauses',
    input: 'Market-based measures of inflation compensation remain low; some survey-based measures of inflation expectations have edged down.',
    out: [
      ['Market-based measures of inflation compensation remain low;', null],
      ['some survey-based measures of inflation expectations have edged down.', null],
    ],
  },
  {
    name: 'clause without its own attribution keeps the sentence speaker',
    input: 'Ambassador Munir Akram said that the occupation of the valley must end; the people of Kashmir will continue their struggle.',
    out: [
      ['Ambassador Munir Akram said that the occupation of the valley must end;', 'Munir Akram'],
      ['the people of Kashmir will continue their struggle.', 'Munir Akram'],
    ],
  },
  {
    name: 'short semicolon items stay one sentence',
    input: 'Voting for the action were Jerome H. Powell, Chair; John C. Williams, Vice Chair; Lisa D. Cook; and Christopher J. Waller.',
    out: [['Voting for the action were Jerome H. Powell, Chair; John C. Williams, Vice Chair; Lisa D. Cook; and Christopher J. Waller.', null]],
  },
  {
    name: 'semicolon inside a quotation is not split',
    input: 'Ambassador Munir Akram said that “the occupation must end at once; the people will continue their struggle for freedom”.',
    out: [['Ambassador Munir Akram said that “the occupation must end at once; the people will continue their struggle for freedom”.', 'Munir Akram']],
  },
  {
    name: 'a title after a comma without speech on both sides',
    input: 'The delegation met Minister Ana Silva of Brazil at noon, and Ambassador Jean Dupont hosted a dinner afterwards.',
    out: [['The delegation met Minister Ana Silva of Brazil at noon, and Ambassador Jean Dupont hosted a dinner afterwards.', null]],
  },
]

describe('clauses', () => {
  test.each(CASES)('$name', ({ input, out }) => {
    const segments = segmentText(input)
    expect(segments.map((segment) => [segment.text, segment.speaker])).toEqual(out)
    expect(segments.map((segment) => segment.clause)).toEqual(out.map((_, index) => index))
    expect(segments.every((segment) => segment.kind === (out.length > 1 ? 'clause' : 'sentence'))).toBe(true)
  })
})
