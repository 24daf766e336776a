import { describe, expect, test } from 'vitest'
import { segmentText } from '../../src/segment/index.ts'

/**
 * Inputs that used to make segmentation quadratic: a long sentence rescanned at every candidate
 * or stop. Each takes milliseconds now and took from seconds to minutes before; the generous
 * timeout only catches a return to quadratic time, even on a loaded machine.
 */
const UNITS: Array<[string, string]> = [
  ['a list of titled names without speech', 'met Minister Ana Silva, and Ambassador Jean Dupont hosted a dinner, '],
  ['names after closing quotes', '“x”, and Fatemi left; '],
  ['short semicolon items', 'a; '],
  ['stops between digits', '1.2.'],
  ['speech verbs without a subject', 'the, said '],
  ['appositive commas before verbs', 'x, y, said, '],
]
const SIZE = 300_000

describe('long single sentences stay linear', () => {
  test.each(UNITS)('%s', (_, unit) => {
    const text = unit.repeat(Math.ceil(SIZE / unit.length))
    const segments = segmentText(text)
    expect(segments.length).toBeGreaterThan(0)
    expect(segments.at(-1)!.end).toBe(text.trimEnd().length)
  }, 15_000)
})

test('100,000 short lines', () => {
  const text = Array.from({ length: 100_000 }, (_, index) => (index % 2 ? `Line ${index} was read.` : 'A heading')).join('\n')
  expect(segmentText(text)).toHaveLength(100_000)
}, 15_000)
