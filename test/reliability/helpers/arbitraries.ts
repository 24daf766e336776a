import fc from 'fast-check'

/**
 * Pieces that steer generated text into the segmenter's and tokeniser's special cases: sentence
 * marks, abbreviations, initials, quotes of every kind, speech verbs with titled names, blank lines,
 * Unicode spaces, bidi controls, combining marks and astral characters. Random code points alone
 * almost never form "Mr. X said “…”." and would leave those paths untested.
 */
const PIECES = [
  '.', '. ', '?', '!', '…', '...', ';', ',', ':', ' ', '  ', '\t', '\n', '\n\n', '\n \n', '\u00A0', '\u2028', '\u3000',
  '“', '”', '‘', '’', '"', "'", '«', '»', '(', ')', '[', ']', '—', '–', '-',
  'Mr.', 'U.S.', 'U.N.', 'e.g.', 'No. 5', 'Art. 370', 'J. A.', 'St.', '4.5', '2,800', 'www.example.org',
  'Ambassador Munir Akram', 'said', 'stated', 'who said that', 'He further stated', 'and Ambassador Yashar Aliyev,',
  'The', 'the', 'peace', 'dialogue', 'self-determination', 'IIOJ&K', 'IIOJK', 'Kashmir', 'a', 'of',
  '<script>', '</textarea>', '&amp;', '\u202E', '\u2066', '\u2069', '\u200B', '\uFEFF', 'e\u0301', 'q\u0307',
  '😀', '👩🏽‍⚖️', '🇵🇰', '𝔘', 'İ', 'ß', 'ﬁ', 'Ⅻ', '٣', 'مرحبا', 'שלום', '中文。', '\r\n', '\r',
]

/** Text made of steering pieces and arbitrary code points (never lone surrogates). */
export const textArbitrary = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 60 })
  .map((parts) => parts.join(''))

/** Arbitrary Unicode strings, by code point, including controls and unassigned code points. */
export const unicodeArbitrary = fc.string({ unit: 'binary', maxLength: 200 })

/** A word-ish sentence for diff properties: words, spaces, punctuation and case changes. */
export const sentenceArbitrary = fc
  .array(fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('the', 'The', 'THE', 'peace', 'Peace', 'dialogue', 'solution', 'resolution', 'IIOJ&K', 'IIOJK', 'Kashmir', 'self-determination', 'U.N.', '2,800', '4.5') },
    { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '  ', '\n', ', ', '. ', '; ', '“', '”', '"', "'", '’', '(', ')', '—', '-') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  ), { maxLength: 30 })
  .map((parts) => parts.join(''))
