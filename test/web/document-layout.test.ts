import { describe, expect, test } from 'vitest'
import { layoutDocument } from '../../src/web/document-layout.ts'
import type { Statement } from '../../src/types.ts'

function statement(id: number, text: string, needle: string, paragraph: number): Statement {
  const start = text.indexOf(needle)
  return {
    id, documentId: 1, year: 2023, date: '2023-01-01', series: 's', paragraph, sentence: id, clause: 0,
    start, end: start + needle.length, text: needle, kind: 'sentence', speaker: null,
  }
}

describe('layoutDocument', () => {
  const text = 'Title\n\nOne. Two.\nThree — Four.'
  const statements = [
    statement(1, text, 'Title', 0), statement(2, text, 'One.', 1), statement(3, text, 'Two.', 1),
    statement(4, text, 'Three', 2), statement(5, text, 'Four.', 2),
  ]

  test('paragraphs follow the statements, and every character of text is shown', () => {
    const paragraphs = layoutDocument(text, statements)
    expect(paragraphs.map((runs) => runs.map((run) => run.text).join(''))).toEqual(['Title', 'One. Two.', 'Three — Four.'])
    expect(paragraphs.flat().filter((run) => run.statement).map((run) => run.statement!.id)).toEqual([1, 2, 3, 4, 5])
  })

  test('text no statement covers is kept', () => {
    const paragraphs = layoutDocument('Intro. Body.', [statement(1, 'Intro. Body.', 'Body.', 0)])
    expect(paragraphs.flat().map((run) => run.text).join('')).toBe('Intro. Body.')
  })

  test('statements come in text order whatever order they are given in', () => {
    const paragraphs = layoutDocument(text, [...statements].reverse())
    expect(paragraphs.flat().filter((run) => run.statement).map((run) => run.statement!.id)).toEqual([1, 2, 3, 4, 5])
  })
})
