/**
 * The one place that touches `natural`. Only its submodules are imported: `import natural from
 * 'natural'` loads every classifier and prints to stdout.
 */
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js'
import stopwords from 'natural/lib/natural/util/stopwords.js'

/**
 * Function words missing from natural's list. Modal and auxiliary verbs carry no position of
 * their own ("will continue to support" restates "continues to support").
 */
const EXTRA_STOP_WORDS = [
  'will', 'shall', 'may', 'upon', 'within', 'without', 'whether', 'either', 'neither', 'nor',
  'yet', 'onto', 'toward', 'towards', 'across', 'among', 'amongst', 'via', 'per', 'thus',
  'hence', 'therefore', 'however', 'although', 'though', 'also', 'around', 'along', 'against',
  'beyond', 'throughout', 'whose', 'every', 'even', 'ever', 'us', 'not', 'no',
]
/** natural's list holds single letters and digits too; "a" and "i" are words, the rest are not. */
const STOP_WORDS = new Set([...stopwords.words.filter((word) => /^[a-z]{2,}$|^[ai]$/.test(word)), ...EXTRA_STOP_WORDS])
const stemCache = new Map<string, string>()

/** Porter stem of a lower-case word, memoised: corpora repeat a small vocabulary. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word)
  if (stem === undefined) {
    stem = porterStemmer.stem(word)
    stemCache.set(word, stem)
  }
  return stem
}

/** Whether a lower-case word is a function word (articles, pronouns, auxiliaries, prepositions). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word)
}

