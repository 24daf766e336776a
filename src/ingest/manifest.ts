import { z } from 'zod'
import { fail, ok, type Result } from '../errors.ts'

const ENTRY = z.object({
  file: z.string().min(1),
  date: z.string().optional(),
  title: z.string().optional(),
  issuer: z.string().optional(),
  source_url: z.string().optional(),
  kind: z.string().optional(),
  series: z.string().optional(),
})
const MANIFEST = z.array(ENTRY)

export type ManifestEntry = z.infer<typeof ENTRY>

/** `manifest.json` beside documents: `[{ "file", "date", "title", "issuer", "source_url", "kind", "series" }]`. */
export function parseManifest(json: string, where: string): Result<Map<string, ManifestEntry>> {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (error) {
    return fail('invalid-input', `${where}: not valid JSON (${(error as Error).message})`)
  }
  const parsed = MANIFEST.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    return fail('invalid-input', `${where}: entry ${issue.path.join('.')}: ${issue.message}`)
  }
  return ok(new Map(parsed.data.map((entry) => [entry.file, entry])))
}
