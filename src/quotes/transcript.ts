import { commonWords, givenNames, lexiconKey } from '../data/lexicon.js'
import { knownPlaces } from '../data/places.js'
import { titleWords } from '../data/titles.js'
import type { Range } from './phrases.js'

/** A turn of an interview transcript: the speaker's label and what follows it in the paragraph. */
export interface Turn {
  paragraph: number
  label: Range
  words: Range
}

// `TAPPER: Do you think …` · `JAKE TAPPER:` · `SEN. WARREN:` · `DB:` — a label in capitals.
export const speakerLabel = String.raw`\p{Lu}[\p{Lu}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}'’.-]*){0,2}`
const turnLabel = new RegExp(`^(${speakerLabel}):[ \\t]+(?=\\S)`, 'u')

/**
 * The turns of an interview transcript pasted into the article:
 *
 *     TAPPER: Do you think he has campaigned as a healer?
 *     FALLIN: I think he is trying to.
 *
 * A paragraph is a turn when it opens with a label that names someone (no
 * ordinary word, no place: not `UPDATE:`, `WATCH:`, `LAHORE:`), and the
 * article holds at least two turns by two labels.
 */
export function transcriptTurns(
  text: string,
  paragraphs: Array<{ index: number; start: number; end: number }>,
  /** Is the word (in lower case) a word of one of the article's people's names? `clinton` makes `CLINTON:` a label. */
  isNamed: (word: string) => boolean = () => false,
): Turn[] {
  const turns: Turn[] = []
  const labels = new Set<string>()
  for (const paragraph of paragraphs) {
    // A short look at the paragraph's start: labels are short.
    const match = turnLabel.exec(text.slice(paragraph.start, paragraph.start + 40))
    const label = match?.[1]
    if (!match || label === undefined || !namesSomeone(label, isNamed)) continue
    labels.add(label.split(/\s+/).at(-1) ?? label)
    turns.push({
      paragraph: paragraph.index,
      label: { start: paragraph.start, end: paragraph.start + label.length },
      words: { start: paragraph.start + match[0].length, end: paragraph.end },
    })
  }
  return turns.length >= 2 && labels.size >= 2 ? turns : []
}

/** `JAKE TAPPER`, `SEN. WARREN`, `DB`; not `UPDATE`, `MAJOR NEW STUDY`, `LAHORE`, `Q`. */
function namesSomeone(label: string, isNamed: (word: string) => boolean): boolean {
  const words = label.split(/\s+/)
  if (words.length === 1 && label.length < 2) return false
  if (isNamed(words.at(-1)?.toLowerCase() ?? '')) return true
  if (knownPlaces.has(label.toLowerCase())) return false
  return words.every((word) => {
    const key = lexiconKey(word.replace(/\.$/, ''))
    if (titleWords.has(key) || titleWords.has(`${key}.`)) return words.length > 1
    return !commonWords.has(key) || givenNames.has(key)
  })
}
