import type { FC } from 'hono/jsx'

/** The text with each occurrence of `term` marked; case-insensitive so "Dialogue" is found too. */
export const MarkTerm: FC<{ text: string; term: string }> = ({ text, term }) => {
  if (!term) return <>{text}</>
  const lower = text.toLowerCase()
  const needle = term.toLowerCase()
  const parts: Array<string | { mark: string }> = []
  let last = 0
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
    if (at > last) parts.push(text.slice(last, at))
    parts.push({ mark: text.slice(at, at + needle.length) })
    last = at + needle.length
  }
  parts.push(text.slice(last))
  return <>{parts.map((part) => (typeof part === 'string' ? part : <mark>{part.mark}</mark>))}</>
}
