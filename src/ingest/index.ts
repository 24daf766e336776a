export { ingestDocument, formatOf, DEFAULT_SERIES, DEFAULT_MAX_BYTES, type MetaOverrides, type IngestOptions } from './document.ts'
export { readDocuments, scanDocuments, type ReadOptions } from './read-files.ts'
export { parseDate } from './dates.ts'
