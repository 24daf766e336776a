import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fail, isRedlineFailure, ok, RedlineFailure, type Result } from '../errors.ts'
import type { IngestedDocument } from '../types.ts'
import { checkSize, formatOf, ingestDocument, type MetaOverrides } from './document.ts'
import { parseManifest, type ManifestEntry } from './manifest.ts'

export interface ReadOptions {
  overrides?: MetaOverrides
  maxBytes?: number
}

/**
 * Reads files and folders (recursively) into documents. All-or-nothing: the first bad file
 * stops the read with its error.
 */
export function readDocuments(paths: string[], options: ReadOptions = {}): Result<IngestedDocument[]> {
  const scanned = scanDocuments(paths, options)
  if (!scanned.ok) return scanned
  try {
    return ok([...scanned.value])
  } catch (error) {
    if (isRedlineFailure(error)) return { ok: false, error: error.error }
    throw error
  }
}

/**
 * Lists the files and checks what is cheap to check up front (arguments, sizes, manifests); the
 * result reads, decodes and checks each document when iterated, once, holding one at a time, and
 * throws a RedlineFailure at the first bad one. Importing it inside one transaction is what makes
 * a bad file halfway through a folder leave the database as it was.
 */
export function scanDocuments(paths: string[], options: ReadOptions = {}): Result<Iterable<IngestedDocument>> {
  const files: string[] = []
  for (const path of paths) {
    if (!existsSync(path)) return fail('not-found', `${path}: no such file or folder`)
    if (statSync(path).isDirectory()) files.push(...listDocumentFiles(path))
    else files.push(path)
  }
  if (files.length === 0) return fail('invalid-input', `${paths.join(', ')}: no .txt, .md or .html documents found`)
  if (options.overrides && (options.overrides.date || options.overrides.title) && files.length > 1) {
    return fail('invalid-input', '--date and --title apply to a single file; give one file or use front matter or a manifest.json')
  }
  const manifests = new Map<string, Map<string, ManifestEntry>>()
  for (const file of files) {
    const manifest = loadManifest(dirname(file), manifests)
    if (!manifest.ok) return manifest
    const tooLarge = checkSize(basename(file), statSync(file).size, options.maxBytes)
    if (tooLarge) return tooLarge
  }
  return ok({
    *[Symbol.iterator]() {
      for (const file of files) {
        const document = readOne(file, options, manifests)
        if (!document.ok) throw new RedlineFailure(document.error)
        yield document.value
      }
    },
  })
}

function readOne(file: string, options: ReadOptions, manifests: Map<string, Map<string, ManifestEntry>>): Result<IngestedDocument> {
  const manifest = loadManifest(dirname(file), manifests)
  if (!manifest.ok) return manifest
  // The file's own name, not its path: a leading YYYY-MM-DD in it is a date, and messages
  // name the file as the user sees it in the folder.
  const name = basename(file)
  // Refuse by size before reading: a multi-gigabyte file would exhaust memory (or, past 2 GiB, make
  // readFileSync throw) before ingestDocument could say it is too large.
  const tooLarge = checkSize(name, statSync(file).size, options.maxBytes)
  if (tooLarge) return tooLarge
  return ingestDocument(name, readFileSync(file), {
    overrides: options.overrides,
    manifest: manifest.value.get(name),
    maxBytes: options.maxBytes,
  })
}

function listDocumentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return listDocumentFiles(path)
      if (!formatOf(entry.name) || /^readme\.(md|txt)$/i.test(entry.name)) return []
      return [path]
    })
}

function loadManifest(dir: string, cache: Map<string, Map<string, ManifestEntry>>): Result<Map<string, ManifestEntry>> {
  const cached = cache.get(dir)
  if (cached) return ok(cached)
  const path = join(dir, 'manifest.json')
  if (!existsSync(path)) return ok(new Map())
  const parsed = parseManifest(readFileSync(path, 'utf8'), path)
  if (parsed.ok) cache.set(dir, parsed.value)
  return parsed
}
