const FRONT_MATTER_RE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/
const FIELD_RE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/

export interface FrontMatter {
  fields: Record<string, string>
  /** The text after the closing `---`. */
  body: string
  /** 1-based line of each field, for error messages. */
  lines: Record<string, number>
}

/**
 * A YAML-like `key: value` block between `---` lines at the top of a .txt or .md file. Only flat
 * string fields are read: metadata is a handful of scalars, and a full YAML parser would accept
 * far more than we can use.
 */
export function parseFrontMatter(raw: string): FrontMatter {
  const match = FRONT_MATTER_RE.exec(raw)
  if (!match) return { fields: {}, body: raw.replace(/^\uFEFF/, ''), lines: {} }
  const fields: Record<string, string> = {}
  const lines: Record<string, number> = {}
  match[1]!.split(/\r?\n/).forEach((line, index) => {
    const field = FIELD_RE.exec(line)
    if (!field) return
    const key = field[1]!.toLowerCase().replace(/-/g, '_')
    fields[key] = unquote(field[2]!.trim())
    lines[key] = index + 2
  })
  return { fields, body: raw.slice(match[0].length), lines }
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value)
  return quoted ? quoted[2]! : value
}
