/**
 * The words of the synthetic corpus, drawn from communiqués, UN debates and ministerial statements.
 * A statement is ACTOR + STANCE + OBJECT (+ clauses); paraphrase swaps within these sets.
 */

/** Who speaks. A restatement may change the subject ("the Ministers" → "the Foreign Ministers"). */
export const ACTORS: readonly string[] = [
  'The Ministers', 'The Foreign Ministers', 'The Contact Group', 'The Council', 'The Heads of State and Government',
  'The Committee', 'The Assembly', 'The delegation', 'The Government', 'The Special Envoy', 'The High Representative',
  'The Secretary-General', 'The Summit', 'The Presidency', 'The participants', 'The member States',
]

/** Whether a stance or an object is something one supports or something one condemns. */
export type Tone = 'good' | 'bad' | 'any'

/**
 * Stances, each a set of interchangeable wordings: a restatement may use another wording of the
 * same set, never one from another set (a condemnation does not become a welcome). A stance of one tone
 * only takes objects of that tone: nobody welcomes extrajudicial killings.
 */
export const STANCES: ReadonlyArray<{ tone: Tone; forms: readonly string[] }> = [
  { tone: 'good', forms: ['reaffirmed their commitment to', 'reiterated their commitment to', 'renewed their commitment to', 'restated their dedication to'] },
  { tone: 'good', forms: ['expressed support for', 'voiced support for', 'declared their backing for', 'affirmed their support for'] },
  { tone: 'good', forms: ['called for', 'urged', 'appealed for', 'pressed for'] },
  { tone: 'bad', forms: ['expressed deep concern over', 'voiced grave concern about', 'expressed serious concern regarding', 'noted with alarm'] },
  { tone: 'bad', forms: ['condemned', 'denounced', 'deplored', 'censured'] },
  { tone: 'good', forms: ['welcomed', 'commended', 'applauded', 'praised'] },
  { tone: 'good', forms: ['underlined the importance of', 'stressed the importance of', 'emphasised the need for', 'highlighted the significance of'] },
  { tone: 'any', forms: ['recalled', 'referred to', 'took note of', 'acknowledged'] },
  { tone: 'bad', forms: ['rejected', 'refused to recognise', 'dismissed', 'opposed'] },
  { tone: 'good', forms: ['pledged to strengthen', 'undertook to reinforce', 'committed to bolster', 'vowed to enhance'] },
]

/** Trailing qualifiers: added, dropped or moved to the front across years. */
export const CLAUSES: readonly string[] = [
  'in accordance with the relevant Security Council resolutions', 'through dialogue and diplomacy',
  'without further delay', 'in line with international law', 'as a matter of priority',
  'in close consultation with regional partners', 'with the full participation of women',
  'under the auspices of the United Nations', 'consistent with the Charter of the United Nations',
  'in a transparent and accountable manner', 'for the benefit of future generations',
  'in the interest of regional peace and security', 'taking into account the wishes of the people concerned',
  'on the basis of mutual respect and non-interference', 'as agreed at the previous summit',
  'in keeping with international humanitarian law', 'with the support of the international community',
  'within the framework of the African Union', 'in cooperation with the relevant specialised agencies',
  'and in full respect of human rights', 'pending a comprehensive settlement', 'at the earliest possible date',
  'in conformity with the Vienna Convention', 'with due regard for the most vulnerable',
]

/** Inserted before the stance ("firmly reaffirmed"), or removed. */
export const INTENSIFIERS: readonly string[] = [
  'firmly', 'once again', 'strongly', 'unequivocally', 'categorically', 'resolutely', 'repeatedly', 'collectively',
]

/** Inserted before a noun of the object ("steadfast support"), or removed. */
export const MODIFIERS: readonly string[] = [
  'steadfast', 'unwavering', 'urgent', 'immediate', 'genuine', 'meaningful', 'sustained', 'comprehensive',
]

/** Interchangeable words and phrases: a restatement swaps one for another of its set. */
export const SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['solution', 'settlement', 'resolution'], ['dispute', 'conflict', 'question'], ['lasting', 'durable', 'enduring'],
  ['unhindered', 'unimpeded', 'unrestricted'], ['protection', 'safeguarding'], ['release', 'freeing'],
  ['peaceful', 'non-violent'], ['investigation', 'inquiry', 'probe'], ['violations', 'abuses'],
  ['refugees', 'displaced persons'], ['agreement', 'accord'], ['restoration', 're-establishment'],
  ['independent', 'impartial'], ['inclusive', 'broad-based'], ['dialogue', 'talks'],
  ['essential', 'critical', 'vital'], ['imposed on', 'forced upon'], ['reported in', 'documented in'],
  ['illegal', 'unlawful'], ['arbitrary', 'unjustified'], ['fight against', 'struggle against', 'campaign against'],
  ['negotiations', 'discussions'], ['build-up', 'reinforcement'], ['efforts', 'endeavours'],
  ['through', 'by means of'], ['relevant', 'pertinent', 'applicable'], ['as a matter of priority', 'as a priority', 'as a matter of urgency'],
  ['future generations', 'generations to come'], ['previous', 'last', 'preceding'],
  ['most vulnerable', 'most exposed'], ['comprehensive', 'overall'], ['support', 'assistance', 'help'],
  ['earliest possible date', 'soonest opportunity'], ['preservation', 'conservation'],
  ['access to', 'availability of'], ['prevention', 'avoidance'], ['finance', 'funding', 'financing'],
  ['obligations', 'commitments'], ['reopening', 'opening'], ['mediation', 'good offices'],
]
