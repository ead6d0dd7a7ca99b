import { englishWordList } from './english-words.js'
import { commonWords } from './lexicon.js'

/**
 * The words `word` may be an inflection of: `villas` → `villa`, `boxes` → `box`, `carries` →
 * `carry`, `voted` → `vote`, `handed` → `hand`, `shipped` → `ship`, `making` → `make`,
 * `shipping` → `ship`, `barely` → `bare`. Not `Fareed` → `fare` (that would be `fared`).
 */
export function inflectionStems(word: string): string[] {
  const stems: string[] = []
  if (word.endsWith('s')) stems.push(word.slice(0, -1))
  if (/(?:s|x|z|ch|sh|o)es$/.test(word)) stems.push(word.slice(0, -2))
  if (word.endsWith('ies')) stems.push(`${word.slice(0, -3)}y`)
  if (word.endsWith('ed')) {
    stems.push(word.slice(0, -1))
    if (!word.endsWith('eed')) stems.push(word.slice(0, -2))
    if (word.endsWith('ied')) stems.push(`${word.slice(0, -3)}y`)
    if (/(.)\1ed$/.test(word)) stems.push(word.slice(0, -3))
  }
  if (word.endsWith('ing')) {
    stems.push(word.slice(0, -3), `${word.slice(0, -3)}e`)
    if (/(.)\1ing$/.test(word)) stems.push(word.slice(0, -4))
  }
  if (word.endsWith('ly')) stems.push(word.slice(0, -2))
  return stems
}

let dictionary: ReadonlySet<string> | undefined
function englishWords(): ReadonlySet<string> {
  dictionary ??= new Set(englishWordList.split(' '))
  return dictionary
}

/**
 * Is `word` (any case) an ordinary English word, in compromise's lexicon or in SCOWL's list
 * (`Villa`, `Jihad`, `Churches`)? Not a name only SCOWL capitalises (`Traore`, `Hewitt`).
 * The list is split into a set on first use, so a run that never asks pays nothing.
 */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase()
  const words = englishWords()
  const listed = (form: string) => words.has(form) || commonWords.has(form)
  return listed(lower) || inflectionStems(lower).some(listed)
}
