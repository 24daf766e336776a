import { describe, expect, test } from 'vitest'
import { rateOverTwentieths } from '../../bench/measure/ingest.ts'
import { formatNumber } from '../../bench/report/format-number.ts'

const steady = (documents: number, mbPerS: number) =>
  Array.from({ length: documents }, (_, index) => ({ documents: index + 1, mb: (index + 1) * 0.1, seconds: ((index + 1) * 0.1) / mbPerS }))

describe('rateOverTwentieths', () => {
  test('a steady import gives twenty equal rates', () => {
    const rates = rateOverTwentieths(steady(200, 4))
    expect(rates).toHaveLength(20)
    for (const rate of rates) expect(rate).toBeCloseTo(4)
  })

  test('an import that slows down shows it', () => {
    // Each document takes as long as its position in the series: the rate falls as 1/n.
    let seconds = 0
    const progress = Array.from({ length: 40 }, (_, index) => ({ documents: index + 1, mb: index + 1, seconds: (seconds += index + 1) }))
    const rates = rateOverTwentieths(progress)
    expect(rates[0]).toBeGreaterThan(rates[19]! * 10)
    expect(rates).toEqual([...rates].sort((a, b) => b - a))
  })

  test('fewer than twenty documents: one rate each, tiny ones kept to three digits', () => {
    const rates = rateOverTwentieths([{ documents: 1, mb: 0.016, seconds: 10 }, { documents: 2, mb: 0.032, seconds: 50 }])
    expect(rates).toEqual([0.0016, 0.0004])
  })
})

describe('formatNumber', () => {
  const rows: Array<[number, string]> = [[10000, '10,000'], [5.9064, '5.906'], [29.63, '29.6'], [0.000412, '0.000412'], [0, '0']]
  for (const [value, text] of rows) test(`${value} → ${text}`, () => expect(formatNumber(value)).toBe(text))
})
