import lexicon from './generated/compromise-lexicon.json' with { type: 'json' }
import {
  extraFemaleNames,
  extraGivenNames,
  extraMaleNames,
  extraOrganizations,
  namePrefixes,
} from './names.js'
import { knownPlaces } from './places.js'

// compromise's lexicon (see scripts/build-lexicon.mjs), with our additions.
/** A word as the lexicon stores it: lower case, without accents (`María` → `maria`). */
export function lexiconKey(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
}

const set = (...lists: ReadonlyArray<readonly string[]>) => new Set(lists.flat().map(lexiconKey))

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
export const surnames: ReadonlySet<string> = set(lexicon.surname)
export const placeNames: ReadonlySet<string> = new Set([
  ...knownPlaces,
  ...set(lexicon.city, lexicon.country, lexicon.place),
])
/** Ordinary English words: capitalised only because they open a sentence. */
export const commonWords: ReadonlySet<string> = set(lexicon.common)
export const organizationNames: ReadonlySet<string> = set(lexicon.organization, extraOrganizations)
