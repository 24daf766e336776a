const HEADING_RE = /^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm
const IMAGE_RE = /!\[([^\]]*)\]\([^)]*\)/g
const LINK_RE = /\[([^\]]+)\]\([^)]*\)/g
const EMPHASIS_RE = /(\*\*|__)(?=\S)([\s\S]*?\S)\1|(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?!\*)/g
const BLOCKQUOTE_RE = /^[ \t]{0,3}>[ \t]?/gm
const LIST_MARK_RE = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm
const RULE_RE = /^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm

/**
 * Markdown to the plain text a reader sees: markers of headings, emphasis, links, quotes and
 * lists are removed, the words kept. Statements are compared as prose, and `**` or `[`…`](url)`
 * would otherwise show up as changes between two releases formatted differently.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(RULE_RE, '')
    .replace(HEADING_RE, '$1')
    .replace(IMAGE_RE, '$1')
    .replace(LINK_RE, '$1')
    .replace(EMPHASIS_RE, (_match, _marker, strong: string | undefined, em: string | undefined) => strong ?? em ?? '')
    .replace(BLOCKQUOTE_RE, '')
    .replace(LIST_MARK_RE, '')
}
