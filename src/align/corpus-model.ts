import { findAcronymDefinitions } from './acronyms.ts'
import { extractFeatures, type FeatureContext, type StatementFeatures } from './features.ts'
import { findFormulae, markFormulae } from './formulae.ts'
import { findFramingNames, findProperNouns } from './proper-nouns.ts'
import { buildTermWeights, type TermWeights } from './term-weights.ts'
import { tokenizeWords } from './tokenize.ts'
import { createPhraseIds } from './phrase-ids.ts'
import { createVocabulary, type Vocabulary } from './vocabulary.ts'
import type { AlignInput } from '../types.ts'

/** A statement ready to compare: its features and the weights of its terms and phrases. */
export interface PreparedStatement {
  features: StatementFeatures
  /** Per term: idf × emphasis. */
  termWeights: Float64Array
  /** Per bigram: phrase idf. */
  phraseWeights: Float64Array
  /** Per clause (features.units), 1 when it is a formula of the corpus (formulae.ts). */
  formulaic: Uint8Array
  /** `termWeights` with the terms used only in formulae at 0: what the statement says of its own. */
  contentWeights: Float64Array
}

/** What alignment learns from a series' statements once and reuses for every comparison. */
export interface CorpusModel {
  /** A statement prepared for comparison, memoised by id (recomputed if its text changed). */
  prepare(statement: Pick<AlignInput, 'id' | 'text' | 'speaker'>): PreparedStatement
  vocabulary: Vocabulary
  /** By vocabulary id. */
  terms: TermWeights
  /** By phrase id (StatementFeatures.bigramKeys). */
  phrases: TermWeights
  /** Keys of words the corpus writes as names. */
  names: Set<string>
}

/**
 * Learns acronyms, names and idf weights from the corpus. Statements outside the corpus can still
 * be compared: their unseen terms get the weight of the rarest.
 */
export function buildCorpusModel(corpus: AlignInput[]): CorpusModel {
  const statements = corpus.filter((statement) => statement.kind !== 'heading')
  const words = statements.map((statement) => tokenizeWords(statement.text))
  const names = findProperNouns(words)
  const context: FeatureContext = { acronyms: findAcronymDefinitions(words), names, framing: findFramingNames(words, names), vocabulary: createVocabulary(), phrases: createPhraseIds() }
  const features = statements.map((statement, index) => extractFeatures(statement.text, words[index]!, statement.speaker, context))
  const terms = buildTermWeights(features.map((entry) => entry.ids))
  const phrases = buildTermWeights(features.map((entry) => entry.bigramKeys))
  const formulae = findFormulae(statements.map((statement, index) => ({ documentId: statement.documentId, features: features[index]! })))
  const prepare = (entry: StatementFeatures): PreparedStatement => {
    const termWeights = new Float64Array(entry.ids.length)
    for (let index = 0; index < termWeights.length; index++) termWeights[index] = terms.weight(entry.ids[index]!) * entry.emphasis[index]!
    const phraseWeights = new Float64Array(entry.bigramKeys.length)
    for (let index = 0; index < phraseWeights.length; index++) phraseWeights[index] = phrases.weight(entry.bigramKeys[index]!)
    const formulaic = markFormulae(entry, formulae)
    return { features: entry, termWeights, phraseWeights, formulaic, contentWeights: contentWeightsOf(entry, termWeights, formulaic) }
  }
  const cache = new Map<number, { text: string; prepared: PreparedStatement }>()
  statements.forEach((statement, index) => cache.set(statement.id, { text: statement.text, prepared: prepare(features[index]!) }))
  return {
    vocabulary: context.vocabulary,
    terms,
    phrases,
    names: context.names,
    prepare(statement) {
      const cached = cache.get(statement.id)
      if (cached && cached.text === statement.text) return cached.prepared
      const prepared = prepare(extractFeatures(statement.text, tokenizeWords(statement.text), statement.speaker, context))
      cache.set(statement.id, { text: statement.text, prepared })
      return prepared
    },
  }
}

function contentWeightsOf(features: StatementFeatures, termWeights: Float64Array, formulaic: Uint8Array): Float64Array {
  const content = new Float64Array(termWeights.length)
  features.units.forEach((unit, at) => {
    if (formulaic[at] === 0) for (const index of unit) content[index] = termWeights[index]!
  })
  return content
}
