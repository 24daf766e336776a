/** Longer lines without final punctuation are sentences missing their full stop, not headings. */
const HEADING_MAX_WORDS = 12
/** Ends like running text: a sentence mark or a comma/semicolon, maybe before a closing quote. */
const RUNNING_TEXT_END_RE = /[.!?…,;]["'”’»)\]]*$/u
const WORD_RE = /[\p{L}\p{N}]+/gu

/**
 * Whether a paragraph that is a single line of text is a heading or date line rather than a
 * sentence: "Press Release", "New York – February 03, 2023". Headings are short and carry no
 * sentence-final punctuation.
 */
export function isHeading(paragraph: string): boolean {
  if (RUNNING_TEXT_END_RE.test(paragraph)) return false
  return (paragraph.match(WORD_RE)?.length ?? 0) <= HEADING_MAX_WORDS
}
