import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { normaliseText } from '../../src/ingest/normalise.ts'
import { segmentText } from '../../src/segment/index.ts'
import type { Segment } from '../../src/types.ts'
import { textArbitrary, unicodeArbitrary } from './helpers/arbitraries.ts'

const WHITESPACE_ONLY_RE = /^\s*$/u

/**
 * The segmentation contract from src/types.ts and segment-text.ts: statements index into the
 * normalised text, are trimmed, ordered, never overlap, and only whitespace lies between them.
 * Returns the first violation, so a failing run names what broke.
 */
function coverageViolation(text: string, segments: Segment[] = segmentText(text)): string | null {
  let previousEnd = 0
  for (const [index, segment] of segments.entries()) {
    if (segment.text !== text.slice(segment.start, segment.end)) return `segment ${index}: text is not text.slice(start, end)`
    if (!(segment.start < segment.end)) return `segment ${index}: empty span ${segment.start}..${segment.end}`
    if (segment.start < previousEnd) return `segment ${index}: starts at ${segment.start}, before the previous end ${previousEnd}`
    if (!WHITESPACE_ONLY_RE.test(text.slice(previousEnd, segment.start))) {
      return `segment ${index}: non-whitespace ${JSON.stringify(text.slice(previousEnd, segment.start))} left between segments`
    }
    if (/^\s|\s$/u.test(segment.text)) return `segment ${index}: not trimmed: ${JSON.stringify(segment.text)}`
    previousEnd = segment.end
  }
  if (!WHITESPACE_ONLY_RE.test(text.slice(previousEnd))) return `non-whitespace ${JSON.stringify(text.slice(previousEnd))} after the last segment`
  return null
}

describe('segmentText covers normalised text exactly (property)', () => {
  test('for arbitrary code points', () => {
    fc.assert(fc.property(unicodeArbitrary, (raw) => {
      expect(coverageViolation(normaliseText(raw))).toBeNull()
    }), { numRuns: 500 })
  })

  test('for text steered into sentences, quotes, speakers and abbreviations', () => {
    fc.assert(fc.property(textArbitrary, (raw) => {
      expect(coverageViolation(normaliseText(raw))).toBeNull()
    }), { numRuns: 1500 })
  })

  test('the checker itself catches a gap, an overlap and a wrong slice', () => {
    // A property that cannot fail proves nothing: feed it broken segmentations through the same rules.
    const text = 'One. Two. Three.'
    const good = segmentText(text)
    expect(good.map((s) => s.text)).toEqual(['One.', 'Two.', 'Three.'])
    expect(coverageViolation(text, good)).toBeNull()
    expect(coverageViolation(text, [good[0]!, good[2]!])).toMatch(/non-whitespace " Two\. " left/)
    expect(coverageViolation(text, [good[0]!, { ...good[1]!, start: 2 }, good[2]!])).toMatch(/not text\.slice|before the previous end/)
    expect(coverageViolation(text, [good[0]!, { ...good[1]!, text: 'Two!' }, good[2]!])).toMatch(/not text\.slice/)
    expect(coverageViolation(text, good.slice(0, 2))).toMatch(/after the last segment/)
  })
})
