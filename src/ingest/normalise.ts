const BOM_RE = /^\uFEFF/
const LINE_END_RE = /\r\n?/g
const TRAILING_SPACE_RE = /[ \t\u00A0]+$/gm
const BLANK_RUN_RE = /\n[ \t]*(?:\n[ \t]*)+\n/g

/**
 * The text that is segmented and displayed. Only changes a reader cannot see are made (NFC,
 * line ends, trailing blanks, runs of blank lines), so offsets into it can highlight the shown text.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(BOM_RE, '')
    .replace(LINE_END_RE, '\n')
    .normalize('NFC')
    .replace(TRAILING_SPACE_RE, '')
    .replace(BLANK_RUN_RE, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\s+$/, '')
}
