import lexicon from './generated/compromise-lexicon.json' with { type: 'json' }
import {
  extraFemaleNames,
  extraGivenNames,
  extraMaleNames,
  extraOrganizations,
  firmSurnames,
  namePrefixes,
} from './names.js'
import { knownPlaces } from './places.js'

// compromise's lexicon (see scripts/build-lexicon.mjs), stored by `lexiconKey`
// already, with our additions, keyed here.
/** A word as the lexicon stores it: lower case, without accents (`María` → `maria`). */
export function lexiconKey(word: string): string {
  const lower = word.toLowerCase()
  // A loop, not a pattern: this runs for every word of every name.
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index)
    if (code > 0x7f) return lower.normalize('NFD').replace(/\p{M}/gu, '')
    // `jos&#233;`: a letter left as an HTML character reference is looked up as the letter.
    if (code === 0x26 && lower.charCodeAt(index + 1) === 0x23)
      return lexiconKey(decodeReferences(lower))
  }
  return lower
}

/** `F&#244;n` → `Fôn`: numeric character references read as the characters they stand for. */
export function decodeReferences(text: string): string {
  return text.replace(/&#(\d{2,5});/g, (_, code: string) => String.fromCodePoint(Number(code)))
}

const generated = new Set<readonly string[]>(Object.values(lexicon))

const set = (...lists: ReadonlyArray<readonly string[]>) => {
  const keys = new Set<string>()
  for (const list of lists)
    for (const word of list) keys.add(generated.has(list) ? word : lexiconKey(word))
  return keys
}

export const maleNames: ReadonlySet<string> = set(lexicon.male, extraMaleNames)
export const femaleNames: ReadonlySet<string> = set(lexicon.female, extraFemaleNames)
/** Given names of either or no known gender. */
export const givenNames: ReadonlySet<string> = set(
  namePrefixes,
  lexicon.given,
  lexicon.male,
  lexicon.female,
  extraGivenNames,
  extraMaleNames,
  extraFemaleNames,
)
export const surnames: ReadonlySet<string> = set(lexicon.surname, firmSurnames)
export const placeNames: ReadonlySet<string> = new Set([
  ...knownPlaces,
  ...set(lexicon.city, lexicon.country, lexicon.place),
])
/** Ordinary English words: capitalised only because they open a sentence. */
export const commonWords: ReadonlySet<string> = set(lexicon.common)
export const organizationNames: ReadonlySet<string> = set(lexicon.organization, extraOrganizations)
