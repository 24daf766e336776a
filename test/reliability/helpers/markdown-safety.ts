/** ASCII punctuation: what a backslash escapes in CommonMark (spec §2.4). */
const ESCAPABLE_RE = /[!-/:-@[-`{-~]/
/** After an unescaped `<`: the start of a tag, closing tag, comment, declaration or processing instruction. */
const MARKUP_START_RE = /^<[/!?A-Za-z]/
const OWN_TAG_RE = /^<\/?([a-z]+)>/
const SCRIPT_DESTINATION_RE = /^\(\s*<?\s*(?:javascript|vbscript|data)\s*:/i

/**
 * What a CommonMark/GFM renderer would turn into live HTML or a script link: an unescaped `<`
 * opening markup (raw HTML or an autolink, spec §6.5–6.6; HTML blocks start the same way) other
 * than the renderer's own bare `<ins>`/`<del>`, and a link whose destination is a script URL.
 * Backslash escapes and code spans are skipped as a renderer skips them.
 */
export function findLiveMarkdown(markdown: string, ownTags: readonly string[] = ['ins', 'del']): string[] {
  const findings: string[] = []
  let i = 0
  while (i < markdown.length) {
    const character = markdown[i]!
    if (character === '\\' && ESCAPABLE_RE.test(markdown[i + 1] ?? '')) {
      i += 2
      continue
    }
    if (character === '`') {
      const run = /^`+/.exec(markdown.slice(i))![0]
      const close = markdown.indexOf(run, i + run.length)
      i = close < 0 ? i + run.length : close + run.length
      continue
    }
    const rest = markdown.slice(i)
    if (character === '<' && MARKUP_START_RE.test(rest)) {
      const own = OWN_TAG_RE.exec(rest)
      if (!own || !ownTags.includes(own[1]!)) findings.push(`raw markup at ${i}: ${JSON.stringify(rest.slice(0, 40))}`)
    }
    if (character === ']' && SCRIPT_DESTINATION_RE.test(rest.slice(1))) findings.push(`script link at ${i}: ${JSON.stringify(rest.slice(0, 40))}`)
    i++
  }
  return findings
}

/** The text a reader sees once backslash escapes are resolved (markers like `**` stay). */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}
