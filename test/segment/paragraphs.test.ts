import { expect, test } from 'vitest'
import { splitParagraphs } from '../../src/segment/paragraphs.ts'

const CASES: Array<{ name: string; input: string; out: string[] }> = [
  { name: 'blank lines', input: 'One.\n\nTwo.', out: ['One.', 'Two.'] },
  { name: 'one paragraph per line', input: 'One.\nTwo.', out: ['One.', 'Two.'] },
  { name: 'heading line before text', input: 'Press Release\nThe group met.', out: ['Press Release', 'The group met.'] },
  { name: 'soft wrap: no final mark, lowercase next', input: 'The Council met in New York\nand agreed to continue.\nNext.', out: ['The Council met in New York\nand agreed to continue.', 'Next.'] },
  { name: 'soft wrap after a comma', input: 'The Council met,\nand agreed.', out: ['The Council met,\nand agreed.'] },
  { name: 'a closing quote ends the line', input: 'He called it “history”\nand left.', out: ['He called it “history”', 'and left.'] },
  { name: 'a full stop ends the line', input: 'He left.\nand so on.', out: ['He left.', 'and so on.'] },
  { name: 'capital next line is a new paragraph', input: 'The Council met in\nGeneva.', out: ['The Council met in', 'Geneva.'] },
  { name: 'indented and spaced lines are trimmed', input: '  One.  \n \n  Two.', out: ['One.', 'Two.'] },
]

test.each(CASES)('$name', ({ input, out }) => {
  expect(splitParagraphs(input).map((span) => input.slice(span.start, span.end))).toEqual(out)
})
