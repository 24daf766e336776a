import { describe, expect, test } from 'vitest'
import { segmentText } from '../../src/segment/index.ts'

/** Each row: a paragraph and the statements it must become. */
const CASES: Array<{ name: string; input: string; out: string[] }> = [
  { name: 'dotted acronyms', input: 'The U.N. Security Council met. The U.S. delegation spoke.', out: ['The U.N. Security Council met.', 'The U.S. delegation spoke.'] },
  { name: 'acronym ending a sentence', input: 'Talks were held in the U.S. The next round is in Geneva.', out: ['Talks were held in the U.S.', 'The next round is in Geneva.'] },
  { name: 'titles and places', input: 'Mr. Khan and Dr. Lee met in St. Petersburg. They agreed.', out: ['Mr. Khan and Dr. Lee met in St. Petersburg.', 'They agreed.'] },
  { name: 'military and diplomatic titles', input: 'Gen. Asim Munir met Amb. Akram. They spoke.', out: ['Gen. Asim Munir met Amb. Akram.', 'They spoke.'] },
  { name: 'No. and month before a number', input: 'Resolution No. 47 was adopted on Jan. 5, 1949. It stands.', out: ['Resolution No. 47 was adopted on Jan. 5, 1949.', 'It stands.'] },
  { name: '"no." ending a sentence', input: 'The answer was no. The motion failed.', out: ['The answer was no.', 'The motion failed.'] },
  { name: 'e.g. and i.e.', input: 'Some members, e.g. Pakistan, objected, i.e. Türkiye and Azerbaijan agreed. Talks continue.', out: ['Some members, e.g. Pakistan, objected, i.e. Türkiye and Azerbaijan agreed.', 'Talks continue.'] },
  { name: 'vs.', input: 'It was India vs. Pakistan in the final. Fans cheered.', out: ['It was India vs. Pakistan in the final.', 'Fans cheered.'] },
  { name: 'initials', input: 'The book is by J. K. Rowling. It sold well.', out: ['The book is by J. K. Rowling.', 'It sold well.'] },
  { name: 'middle initial', input: 'It was chaired by Yousef M. Al-Dobeay of the OIC. Delegates attended.', out: ['It was chaired by Yousef M. Al-Dobeay of the OIC.', 'Delegates attended.'] },
  { name: 'initial before a one-letter initial', input: 'The report by R. A. Khan was cited.', out: ['The report by R. A. Khan was cited.'] },
  { name: 'decimals, percent and thousands', input: 'Growth was 4.5 percent and inflation 2.5%. Over 2,800 people were detained.', out: ['Growth was 4.5 percent and inflation 2.5%.', 'Over 2,800 people were detained.'] },
  { name: 'a.m. before a sentence', input: 'The session opened at 10 a.m. The debate followed.', out: ['The session opened at 10 a.m.', 'The debate followed.'] },
  { name: 'full stop inside the quote', input: 'He called it the “densest occupation in history.” The group agreed.', out: ['He called it the “densest occupation in history.”', 'The group agreed.'] },
  { name: 'full stop after the quote', input: 'He called it the “densest occupation in history”. The group agreed.', out: ['He called it the “densest occupation in history”.', 'The group agreed.'] },
  { name: 'missing space after a quote', input: 'He called it the “densest occupation in history”.On Monday talks resumed.', out: ['He called it the “densest occupation in history”.', 'On Monday talks resumed.'] },
  { name: 'missing space after a word', input: 'The talks ended.The delegates left.', out: ['The talks ended.', 'The delegates left.'] },
  { name: 'web address is not a missing space', input: 'See www.Example.org for the text.', out: ['See www.Example.org for the text.'] },
  { name: 'quoted sentence followed by attribution', input: '“Peace is vital,” he said. “We will stay.” They left.', out: ['“Peace is vital,” he said.', '“We will stay.”', 'They left.'] },
  { name: 'ellipsis', input: 'We waited… Then the talks began. He paused... and went on.', out: ['We waited…', 'Then the talks began.', 'He paused... and went on.'] },
  { name: 'question and exclamation marks', input: 'Is peace possible? Yes! “Why not?” he asked.', out: ['Is peace possible?', 'Yes!', '“Why not?” he asked.'] },
  { name: 'dashes', input: 'The ceasefire – welcomed by all — held. Casualties rose—a grim toll.', out: ['The ceasefire – welcomed by all — held.', 'Casualties rose—a grim toll.'] },
  { name: 'bracketed sentence', input: '(The annex is attached.) The text follows.', out: ['(The annex is attached.)', 'The text follows.'] },
  { name: 'sentence ending the paragraph without punctuation', input: 'The talks ended. Both sides will meet again next year', out: ['The talks ended.', 'Both sides will meet again next year'] },
  { name: 'lowercase after a stop is not a new sentence', input: 'Prices rose 2 p.c. over the year.', out: ['Prices rose 2 p.c. over the year.'] },
]

describe('sentence boundaries', () => {
  test.each(CASES)('$name', ({ input, out }) => {
    expect(segmentText(input).map((segment) => segment.text)).toEqual(out)
  })
})

const HEADING_CASES: Array<{ input: string; kinds: string[] }> = [
  { input: 'Press Release\n\nNew York – February 03, 2023\n\nThe meeting began.', kinds: ['heading', 'heading', 'sentence'] },
  { input: 'Meeting of the Members of OIC Contact Group\nThe meeting began on time.', kinds: ['heading', 'sentence'] },
  { input: 'Both sides will meet again next year in Geneva to continue the long dialogue', kinds: ['sentence'] },
  { input: 'The meeting began.', kinds: ['sentence'] },
  { input: 'Thank you, Mr. President,', kinds: ['sentence'] },
]

describe('headings', () => {
  test.each(HEADING_CASES)('$input', ({ input, kinds }) => {
    const segments = segmentText(input)
    expect(segments.map((segment) => segment.kind)).toEqual(kinds)
    expect(segments.map((segment) => segment.sentence)).toEqual(kinds.map((_, index) => index))
  })
})
