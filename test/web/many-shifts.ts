import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const RENAMED: Array<[string, string]> = [
  ['programme', 'initiative'], ['treaty', 'accord'], ['council', 'board'], ['envoy', 'emissary'], ['summit', 'conference'],
  ['pledge', 'promise'], ['tariff', 'levy'], ['militia', 'brigade'], ['hospital', 'clinic'], ['railway', 'railroad'],
  ['harbour', 'port'], ['mandate', 'remit'], ['ceasefire', 'truce'], ['survey', 'census'], ['reservoir', 'dam'],
]
const PLACES = ['Lisbon', 'Nairobi', 'Hanoi', 'Quito', 'Oslo', 'Dakar', 'Lima', 'Riga']

export const MANY_SHIFTS_SERIES = 'shifts'
export const MANY_SHIFTS = RENAMED.length

/** Two years of a series "shifts" where each of 15 words is replaced in two statements: 15 term shifts. */
export function writeManyShifts(dir: string): void {
  const body = (later: boolean) => RENAMED.flatMap(([was, became], index) => [0, 1].map((copy) => {
    const place = PLACES[(index + copy * 3) % PLACES.length]
    return `The delegates in ${place} discussed the ${later ? became : was} number ${index * 2 + copy + 1} at length and with care.`
  })).join('\n\n')
  for (const [year, later] of [[2021, false], [2022, true]] as const) {
    writeFileSync(join(dir, `${year}-06-01-shifts.txt`), `---\ntitle: Shifts ${year}\nseries: ${MANY_SHIFTS_SERIES}\n---\n${body(later)}\n`)
  }
}
