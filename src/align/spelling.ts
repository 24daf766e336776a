/**
 * British and American spellings of one word get one form before stemming, so "labour" meets
 * "labor" and "organisation" meets "organization" (Porter stems the two -isation/-ization forms
 * differently). Both sides of every comparison pass through here, so a rule only has to be
 * consistent, not correct English: "promise" → "promize" harms nothing.
 */
const SPELLING_RULES: Array<[RegExp, string]> = [
  [/^(\w{2,}[^aeo])our(s|ed|ing|able|ite|ites|ful)?$/, '$1or$2'],
  [/isation(s)?$/, 'ization$1'],
  [/^(\w{3,})is(e|es|ed|ing|er|ers)$/, '$1iz$2'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/^(\w{2,}[bt])re(s|d)?$/, '$1er$2'],
  [/^(\w+)elled$/, '$1eled'],
  [/^(\w+)elling$/, '$1eling'],
  [/^(judg|acknowledg|lodg)ement(s)?$/, '$1ment$2'],
  [/^programme(s)?$/, 'program$1'],
  [/^(defen|offen|licen|preten)ce(s)?$/, '$1se$2'],
]

/** The American form of a lower-case word, or the word itself. */
export function canonicalSpelling(word: string): string {
  for (const [pattern, replacement] of SPELLING_RULES) {
    if (pattern.test(word)) return word.replace(pattern, replacement)
  }
  return word
}
