import { applyEdit, type EditKind } from './paraphrase.ts'
import { PLACES, RENAMES } from './places.ts'
import { createRandom, type Random } from './random.ts'
import { OBJECTS } from './objects.ts'
import { ACTORS, CLAUSES, STANCES, type Tone } from './vocabulary.ts'
import { fillObject, renderWording, type Wording } from './wording.ts'

export interface CorpusOptions {
  seed: number
  /** Years in order; the first year's statements are all new. */
  years: number[]
  statementsPerYear: number
  /** Share of the previous year's positions that a year does not restate. */
  dropShare?: number
  /** The first statement id; ids then count up in year order. */
  firstId?: number
}

/** One synthetic statement and the truth about it. */
export interface SyntheticStatement {
  id: number
  year: number
  /** Statements with the same position id restate one another; no two in one year share one. */
  positionId: number
  text: string
  /** The previous year's statement of the same position, or null for a new position. */
  restates: number | null
  /** The edits that turned the previous year's wording into this one (empty when unchanged or new). */
  edits: EditKind[]
}

export interface SyntheticCorpus {
  options: Required<CorpusOptions>
  statements: SyntheticStatement[]
}

export interface TruthPair {
  fromId: number
  toId: number
}

const STANCE_INDEXES_BY_TONE: Record<Tone, number[]> = {
  any: STANCES.map((_, index) => index),
  good: STANCES.flatMap((stance, index) => (stance.tone === 'bad' ? [] : [index])),
  bad: STANCES.flatMap((stance, index) => (stance.tone === 'good' ? [] : [index])),
}
/** Draws by u³ send a fifth of them to the first 1% of places, until those carry every object. */
const PLACE_SKEW = 3
const EDIT_KINDS: readonly EditKind[] = ['synonym', 'synonym', 'insert', 'delete', 'reorder', 'rephrase', 'stance-wording', 'actor']
/** How many edits a restatement gets: a fifth verbatim, most light, some heavily reworded. */
const EDIT_COUNTS: readonly number[] = [0, 1, 1, 1, 2, 2, 2, 3, 3, 4]

/**
 * A reproducible corpus of positions restated year after year. Each year keeps most of the
 * previous year's positions, paraphrased (synonyms, insertions, deletions, reordered clauses),
 * drops the rest, and adds new positions to stay at `statementsPerYear`.
 */
export function generateCorpus(options: CorpusOptions): SyntheticCorpus {
  const full: Required<CorpusOptions> = { dropShare: 0.1, firstId: 1, ...options }
  const random = createRandom(full.seed)
  const usedCores = new Set<string>()
  // Which places the corpus talks about most differs from seed to seed, as from body to body.
  const places = random.shuffle(PLACES)
  const statements: SyntheticStatement[] = []
  let previous: Array<{ statement: SyntheticStatement; wording: Wording }> = []
  let nextId = full.firstId
  let nextPosition = 1

  full.years.forEach((year, yearIndex) => {
    const dropped = Math.round(previous.length * full.dropShare)
    const kept = random.shuffle(previous.map((item, index) => ({ ...item, index }))).slice(dropped)
    const current: Array<{ statement: SyntheticStatement; wording: Wording; order: number }> = []
    for (const item of kept) {
      // Restated positions keep roughly their place in the document, as real texts do.
      const order = item.index + random.next() * 6 - 3
      let wording = yearIndex === 1 ? renameAll(item.wording) : item.wording
      const edits: EditKind[] = []
      for (let count = random.pick(EDIT_COUNTS); count > 0; count--) {
        const edit = applyEdit(wording, random.pick(EDIT_KINDS), random)
        wording = edit.wording
        edits.push(edit.kind)
      }
      const statement = { id: 0, year, positionId: item.statement.positionId, text: renderWording(wording), restates: item.statement.id, edits }
      current.push({ statement, wording, order })
    }
    while (current.length < full.statementsPerYear) {
      const base = newWording(random, usedCores, places)
      const wording = yearIndex >= 1 ? renameAll(base) : base
      const statement = { id: 0, year, positionId: nextPosition++, text: renderWording(wording), restates: null, edits: [] }
      current.push({ statement, wording, order: random.next() * Math.max(previous.length, full.statementsPerYear) })
    }
    current.sort((a, b) => a.order - b.order)
    for (const item of current) {
      item.statement.id = nextId++
      statements.push(item.statement)
    }
    previous = current
  })
  return { options: full, statements }
}

/** The pairs an aligner should find between two years: the statements that share a position. */
export function truthPairs(corpus: SyntheticCorpus, fromYear: number, toYear: number): TruthPair[] {
  const fromByPosition = new Map<number, number>()
  for (const statement of corpus.statements) {
    if (statement.year === fromYear) fromByPosition.set(statement.positionId, statement.id)
  }
  const pairs: TruthPair[] = []
  for (const statement of corpus.statements) {
    const fromId = statement.year === toYear ? fromByPosition.get(statement.positionId) : undefined
    if (fromId !== undefined) pairs.push({ fromId, toId: statement.id })
  }
  return pairs
}

export function statementsOfYear(corpus: SyntheticCorpus, year: number): SyntheticStatement[] {
  return corpus.statements.filter((statement) => statement.year === year)
}

/** A position never used before in this corpus: its object and places are its identity. */
function newWording(random: Random, usedCores: Set<string>, places: readonly string[]): Wording {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const objectIndex = random.int(0, OBJECTS.length - 1)
    const place = pickPlace(random, places)
    const other = pickPlace(random, places.filter((candidate) => candidate !== place))
    const { tone, forms } = OBJECTS[objectIndex]!
    const core = forms[0]!.includes('{Q}') ? `${objectIndex}|${place}|${other}` : `${objectIndex}|${place}`
    if (usedCores.has(core)) continue
    usedCores.add(core)
    const stance = random.pick(STANCE_INDEXES_BY_TONE[tone])
    const clauses = random.shuffle(CLAUSES).slice(0, random.pick([0, 1, 1, 2]))
    const filled: [string, string] = [place, other]
    const objectForm = random.int(0, forms.length - 1)
    return {
      actor: random.pick(ACTORS),
      stance,
      stanceForm: random.int(0, STANCES[stance]!.forms.length - 1),
      intensifier: null,
      objectIndex,
      objectForm,
      places: filled,
      object: fillObject(objectIndex, objectForm, filled),
      clauses,
      fronted: null,
    }
  }
  throw new Error('generateCorpus: ran out of distinct positions; lower statementsPerYear')
}

/** Names change once, in the second year, and stay changed (Turkey → Türkiye). */
function renameAll(wording: Wording): Wording {
  const rename = (place: string) => RENAMES.find((entry) => entry.from === place)?.to ?? place
  const places: [string, string] = [rename(wording.places[0]), rename(wording.places[1])]
  if (places[0] === wording.places[0] && places[1] === wording.places[1]) return wording
  let object = wording.object
  for (const [index, place] of wording.places.entries()) object = object.replace(place, places[index]!)
  return { ...wording, places, object }
}

/**
 * Places by a skewed law: a body returns to a few places again and again (every OIC statement
 * names Kashmir), so the place alone cannot tell most positions apart.
 */
function pickPlace(random: Random, places: readonly string[]): string {
  return places[Math.floor(random.next() ** PLACE_SKEW * places.length)]!
}
