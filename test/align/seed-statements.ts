import { segmentText } from '../../src/segment/index.ts'
import type { AlignInput } from '../../src/types.ts'
import { readSeedText, SEED_2023, SEED_2025 } from '../helpers/seeds.ts'

/** One segmented document as the evaluation sees it: its text and its statements. */
export interface EvalDocument {
  text: string
  statements: Array<AlignInput & { start: number; end: number }>
}

/** Segments a text into align inputs with ids `documentId * 1000 + ordinal`. */
export function segmentDocument(text: string, documentId: number, year: number): EvalDocument {
  const statements = segmentText(text).map((segment, index) => ({
    id: documentId * 1000 + index,
    documentId,
    year,
    text: segment.text,
    kind: segment.kind,
    speaker: segment.speaker,
    start: segment.start,
    end: segment.end,
  }))
  return { text, statements }
}

/** The two seed documents, segmented as the pipeline segments them. */
export function loadSeedDocuments(): { from: EvalDocument; to: EvalDocument } {
  return {
    from: segmentDocument(readSeedText(SEED_2023), 1, 2023),
    to: segmentDocument(readSeedText(SEED_2025), 2, 2025),
  }
}
