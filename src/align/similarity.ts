import type { CorpusModel, PreparedStatement } from './corpus-model.ts'
import { buildMatchMatrix, type MatchMatrix } from './match-matrix.ts'

/** The similarity of two statements and its parts, for linking and for explaining a link. */
export interface PairScore {
  /** 0..1, the combination of the three parts below. */
  similarity: number
  /** Weighted soft coverage of the whole statements (Mihalcea, Corley & Strapparava 2006). */
  whole: number
  /** The same for the best-matching pair of clauses, discounted when little is shared. */
  clause: number
  /** Shared two-word phrases, in idf units, saturating at one typical phrase. */
  phrase: number
  /** Per term of the first statement, 0..1: how well the second covers it. */
  coverage: Float64Array
  /** Per term of the second statement, 0..1: how well the first covers it. */
  coverageOther: Float64Array
  /** Index of the first statement's clause that the second restates best. */
  clauseA: number
}

/**
 * A clause pair must share about this many typical terms' weight for its similarity to count in
 * full: two clauses sharing a country name are not a restatement, however short they are.
 */
const CLAUSE_EVIDENCE = 2.5
/**
 * The parts' shares. Whole-statement coverage alone misses a position restated inside a longer
 * sentence; clause coverage alone over-rates short clauses; shared phrases are the strongest single
 * sign of a restated position ("right to self-determination") but absent from paraphrases.
 */
/**
 * When the statements name different places or actors (namesConflict), the same wording restates
 * another position, and the similarity is scaled by this.
 */
const NAME_CONFLICT_FACTOR = 0.3
/** A name counts as found from this coverage: itself or a derived form (Kashmir / Kashmiri). */
const NAME_FOUND = 0.85
const WHOLE_SHARE = 0.4
const CLAUSE_SHARE = 0.4
const PHRASE_SHARE = 0.2

/**
 * Average of both sides' weighted coverage over the given terms (rows of `a`, columns of `b`), and
 * the smaller covered weight.
 */
function coverage(matrix: MatchMatrix, weightsA: Float64Array, weightsB: Float64Array, rows: number[], columns: number[]): { similarity: number; matched: number } {
  const { values, columns: width } = matrix
  let totalA = 0
  let coveredA = 0
  let totalB = 0
  let coveredB = 0
  for (const i of rows) {
    let best = 0
    for (const j of columns) {
      const value = values[i * width + j]!
      if (value > best) best = value
    }
    totalA += weightsA[i]!
    coveredA += weightsA[i]! * best
  }
  for (const j of columns) {
    let best = 0
    for (const i of rows) {
      const value = values[i * width + j]!
      if (value > best) best = value
    }
    totalB += weightsB[j]!
    coveredB += weightsB[j]! * best
  }
  if (totalA === 0 || totalB === 0) return { similarity: 0, matched: 0 }
  return { similarity: (coveredA / totalA + coveredB / totalB) / 2, matched: Math.min(coveredA, coveredB) }
}

/**
 * Shared phrases of `a` found in `b` (synonyms allowed), weighted by phrase idf and by the lower
 * emphasis of the two sides: a phrase quoted on one side and in the attribution on the other is
 * framing, not content. `sparse` lists each term of `a`'s matches in `b`: a phrase of `a` can only
 * meet a phrase of `b` made of those, so the phrases of `b` are looked up rather than scanned.
 */
function phraseEvidence(a: PreparedStatement, b: PreparedStatement, matrix: MatchMatrix, transposed: boolean, sparse: SparseMatches, matchedA: Float64Array, typical: number): number {
  const values = matrix.values
  // Row and column strides: reading the matrix transposed serves the other direction.
  const strideA = transposed ? 1 : matrix.columns
  const strideB = transposed ? matrix.columns : 1
  const pairsA = a.features.bigramIndexes
  const emphasisA = a.features.emphasis
  const emphasisB = b.features.emphasis
  const width = b.features.ids.length
  const phraseOfB = markPhrases(b.features.bigramIndexes, width)
  const { starts, matches } = sparse
  let covered = 0
  for (let x = 0; x < pairsA.length; x += 2) {
    const i = pairsA[x]!
    const k = pairsA[x + 1]!
    if (matchedA[i] === 0 || matchedA[k] === 0) continue
    const ownEmphasis = emphasisA[i]! * emphasisA[k]!
    let best = 0
    // Pairs are unordered: "end India's repression" / "India … to end its repression".
    for (let p = starts[i]!; p < starts[i + 1]!; p++) {
      const j = matches[p]!
      const valueIJ = values[i * strideA + j * strideB]!
      for (let q = starts[k]!; q < starts[k + 1]!; q++) {
        const l = matches[q]!
        if (phraseOfB[j * width + l] === 0) continue
        const strength = valueIJ * values[k * strideA + l * strideB]!
        const emphasis = Math.min(ownEmphasis, emphasisB[j]! * emphasisB[l]!)
        if (strength * emphasis > best) best = strength * emphasis
      }
    }
    covered += a.phraseWeights[x / 2]! * best
  }
  phraseOfB.fill(0, 0, width * width)
  return Math.min(1, covered / typical)
}

/** Per term of one side, the terms of the other it matches: `matches[starts[i]..starts[i + 1])`. */
interface SparseMatches {
  starts: Int32Array
  matches: Int32Array
}

/** Buffers for the two directions' sparse matches, reused by every comparison. */
const sparseBuffers = [
  { starts: new Int32Array(256), matches: new Int32Array(4096) },
  { starts: new Int32Array(256), matches: new Int32Array(4096) },
]

/** The non-zero cells of the matrix by row, or by column when `transposed`; valid until the next call. */
function sparseMatches(matrix: MatchMatrix, transposed: boolean): SparseMatches {
  const { values, rows, columns } = matrix
  const [outer, inner] = transposed ? [columns, rows] : [rows, columns]
  const buffer = sparseBuffers[transposed ? 1 : 0]!
  if (buffer.starts.length <= outer) buffer.starts = new Int32Array(2 * (outer + 1))
  if (buffer.matches.length < rows * columns) buffer.matches = new Int32Array(2 * rows * columns)
  const { starts, matches } = buffer
  let count = 0
  for (let o = 0; o < outer; o++) {
    starts[o] = count
    for (let n = 0; n < inner; n++) if (values[transposed ? n * columns + o : o * columns + n]! > 0) matches[count++] = n
  }
  starts[outer] = count
  return buffer
}

let phraseGrid = new Uint8Array(4096)

/** A shared grid with 1 where terms `j` and `l` form a phrase (either order); the caller clears it. */
function markPhrases(pairs: number[], width: number): Uint8Array {
  if (phraseGrid.length < width * width) phraseGrid = new Uint8Array(width * width * 2)
  for (let y = 0; y < pairs.length; y += 2) {
    phraseGrid[pairs[y]! * width + pairs[y + 1]!] = 1
    phraseGrid[pairs[y + 1]! * width + pairs[y]!] = 1
  }
  return phraseGrid
}

const indexLists: number[][] = []
/** [0, 1, …, count - 1], shared between calls. */
const allIndexes = (count: number) => (indexLists[count] ??= Array.from({ length: count }, (_, index) => index))

function sameContent(a: PreparedStatement, b: PreparedStatement): boolean {
  const [left, right] = [a.features, b.features]
  return left.ids.length > 0 && left.ids.length === right.ids.length && left.ids.every((id, index) => id === right.ids[index])
    && left.bigramIndexes.length === right.bigramIndexes.length && left.bigramIndexes.every((index, at) => index === right.bigramIndexes[at])
}

/**
 * How far `b` restates `a`, 0..1, symmetric. Terms count with their idf and emphasis (features.ts)
 * and match exactly, as derived forms or as WordNet synonyms (vocabulary.ts). Statements with the
 * same content words in the same order score 1.
 */
export function scorePair(a: PreparedStatement, b: PreparedStatement, model: CorpusModel, names?: NameScope): PairScore {
  const matrix = buildMatchMatrix(a.features, b.features, model.vocabulary)
  const { values, rows, columns } = matrix
  const coverageRows = new Float64Array(rows)
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) if (values[i * columns + j]! > coverageRows[i]!) coverageRows[i] = values[i * columns + j]!
  }
  const coverageColumns = new Float64Array(columns)
  for (let j = 0; j < columns; j++) {
    for (let i = 0; i < rows; i++) if (values[i * columns + j]! > coverageColumns[j]!) coverageColumns[j] = values[i * columns + j]!
  }
  if (sameContent(a, b)) return { similarity: 1, whole: 1, clause: 1, phrase: 1, coverage: coverageRows, coverageOther: coverageColumns, clauseA: 0 }
  const whole = coverage(matrix, a.termWeights, b.termWeights, allIndexes(rows), allIndexes(columns))
  const evidence = CLAUSE_EVIDENCE * model.terms.typical
  let clause = 0
  let clauseA = 0
  a.features.units.forEach((unitA, indexA) => {
    for (let indexB = 0; indexB < b.features.units.length; indexB++) {
      // A formula both close with restates no position ("…, in close consultation with regional partners").
      if (a.formulaic[indexA] === 1 && b.formulaic[indexB] === 1) continue
      const unitB = b.features.units[indexB]!
      const part = unitA.length === rows && unitB.length === columns ? whole : coverage(matrix, a.termWeights, b.termWeights, unitA, unitB)
      const value = part.similarity * Math.min(1, part.matched / evidence)
      if (value > clause) {
        clause = value
        clauseA = indexA
      }
    }
  })
  const phrase = (phraseEvidence(a, b, matrix, false, sparseMatches(matrix, false), coverageRows, model.phrases.typical)
    + phraseEvidence(b, a, matrix, true, sparseMatches(matrix, true), coverageColumns, model.phrases.typical)) / 2
  const conflict = namesConflict(a, coverageRows, b, coverageColumns, names)
  const similarity = Math.min(1, WHOLE_SHARE * whole.similarity + CLAUSE_SHARE * clause + PHRASE_SHARE * phrase) * (conflict ? NAME_CONFLICT_FACTOR : 1)
  return { similarity, whole: whole.similarity, clause, phrase, coverage: coverageRows, coverageOther: coverageColumns, clauseA }
}

/**
 * Which vocabulary ids each side's document uses. A name that the other document never uses may
 * have been renamed (Burma → Myanmar) and does not speak against a pair.
 */
export interface NameScope {
  inA: Set<number>
  inB: Set<number>
}

/**
 * Names conflict when each statement names a place or actor that the other does not: "the border
 * between India and Pakistan" / "the border between India and China" are two positions, as are
 * "the ceasefire in Sudan" / "the ceasefire in Yemen". A statement without identifying names speaks
 * through its framing ones: a place the corpus mentions often ("the Andes" in 7% of statements)
 * still says which place a position is about.
 */
function namesConflict(a: PreparedStatement, coverageA: Float64Array, b: PreparedStatement, coverageB: Float64Array, scope?: NameScope): boolean {
  const namesA = a.features.identifying.filter((index) => !scope || scope.inB.has(a.features.ids[index]!))
  const namesB = b.features.identifying.filter((index) => !scope || scope.inA.has(b.features.ids[index]!))
  if (namesA.length === 0 && namesB.length === 0) return false
  const namesOther = (side: PreparedStatement, names: number[], coverage: Float64Array, otherDocument?: Set<number>) =>
    names.length > 0
      ? names.some((index) => coverage[index]! < NAME_FOUND)
      : side.features.framingNames.some((index) => coverage[index]! < NAME_FOUND && (!otherDocument || otherDocument.has(side.features.ids[index]!)))
  return namesOther(a, namesA, coverageA, scope?.inB) && namesOther(b, namesB, coverageB, scope?.inA)
}
