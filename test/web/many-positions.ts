import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const TOPICS = ['water', 'forests', 'fisheries', 'railways', 'vaccines', 'schools', 'harbours', 'wheat', 'copper', 'bridges',
  'satellites', 'wetlands', 'orchards', 'tunnels', 'archives', 'glaciers', 'vineyards', 'lighthouses', 'pipelines', 'libraries',
  'observatories', 'canals', 'meadows', 'turbines', 'quarries', 'reservoirs', 'monasteries', 'airports', 'ferries', 'museums',
  'textiles', 'granaries', 'highways', 'clinics', 'reefs', 'deserts', 'volcanoes', 'islands', 'estuaries', 'plateaus']
const VERBS = ['protect', 'expand', 'restore', 'inspect', 'fund', 'modernise', 'survey', 'repair', 'catalogue', 'preserve']
const REGIONS = ['northern', 'southern', 'eastern', 'western']

export const MANY_SERIES = 'many'
export const MANY_POSITIONS = TOPICS.length

/** Two years of a series "many" restating 40 distinct positions: more than one page of the compare view. */
export function writeManyPositions(dir: string): void {
  const body = (edited: boolean) => TOPICS.map((topic, index) =>
    `The ministers agreed to ${VERBS[index % VERBS.length]} the ${topic} of the ${REGIONS[index % REGIONS.length]} provinces`
    + `${edited ? ' without further delay' : ''}, citing report ${index + 1} on ${topic}.`).join('\n\n')
  for (const [year, edited] of [[2021, false], [2022, true]] as const) {
    writeFileSync(join(dir, `${year}-05-01-many.txt`), `---\ntitle: Many positions ${year}\nseries: ${MANY_SERIES}\n---\n${body(edited)}\n`)
  }
}
