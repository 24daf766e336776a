import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseFrontMatter } from '../../src/ingest/front-matter.ts'
import { normaliseText } from '../../src/ingest/normalise.ts'

export const DOCUMENTS_DIR = join(import.meta.dirname, '..', '..', 'documents')
export const SEED_2023 = '2023-02-03-oic-contact-group-meeting.txt'
export const SEED_2025 = '2025-09-24-oic-contact-group-unga80.txt'
/** ../shared/corpora beside the project: present on developer machines and in CI. */
export const CORPORA_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora')

/** The normalised text of a seed document, as ingestion hands it to segmentation. */
export function readSeedText(fileName: string): string {
  return normaliseText(parseFrontMatter(readFileSync(join(DOCUMENTS_DIR, fileName), 'utf8')).body)
}
