import { describe, expect, test } from 'vitest'
import { segmentText } from '../../src/segment/index.ts'

/** Each row: a text and the speaker of each of its statements, in order. */
const CASES: Array<{ name: string; input: string; out: Array<string | null> }> = [
  { name: 'title stripped', input: 'Ambassador Munir Akram briefed the members.', out: ['Munir Akram'] },
  { name: 'name after the quote', input: '“Peace is vital,” Erdogan declared.', out: ['Erdogan'] },
  { name: 'verb before the name', input: '“Peace is vital,” said Prime Minister Shehbaz Sharif.', out: ['Shehbaz Sharif'] },
  { name: 'relative clause after an appositive', input: 'Among them was Ambassador Ana Silva, Permanent Representative of Brazil, who said that talks must resume.', out: ['Ana Silva'] },
  { name: 'possessive appositive', input: 'Munir Akram, Pakistan’s Permanent Representative, said the talks failed.', out: ['Munir Akram'] },
  { name: 'name as appositive', input: 'The OIC Secretary-General, Hissein Brahim Taha, stressed the need for dialogue.', out: ['Hissein Brahim Taha'] },
  { name: 'title with full stop', input: 'Ms. Maria Zakharova told reporters the talks had failed.', out: ['Maria Zakharova'] },
  { name: 'adverb between subject and verb', input: 'Secretary-General António Guterres repeatedly urged restraint.', out: ['António Guterres'] },
  { name: 'pronoun inherits within a paragraph', input: 'Ambassador Munir Akram met the group. He further stated that the occupation must end. She left.', out: [null, 'Munir Akram', null] },
  { name: 'pronoun inherits a titled mention', input: 'The talks were opened by Foreign Minister Ana Silva. She stressed that talks must go on.', out: [null, 'Ana Silva'] },
  { name: 'pronoun does not cross paragraphs', input: 'Ambassador Munir Akram spoke.\n\nHe said more.', out: [null, null] },
  { name: 'pronoun with no one named', input: 'She stressed the point.', out: [null] },
  { name: 'surname known from the full name', input: 'Syed Tariq Fatemi arrived. Fatemi condemned the move.', out: [null, 'Fatemi'] },
  { name: 'sentence-initial plural noun is not a name', input: 'Delegates called for calm.', out: [null] },
  { name: 'body with article', input: 'The group urged India to act. The Contact Group also called for calm. According to reports, the OIC underscored its concern.', out: [null, null, null] },
  { name: 'passive voice', input: 'The ceasefire was widely welcomed by President Erdogan.', out: [null] },
  { name: 'other pronouns', input: 'Ambassador Munir Akram spoke. They also called for calm. It stressed the need for talks.', out: [null, null, null] },
]

describe('speakers', () => {
  test.each(CASES)('$name', ({ input, out }) => {
    expect(segmentText(input).map((segment) => segment.speaker)).toEqual(out)
  })
})
