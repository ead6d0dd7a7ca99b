import {
  commonWords,
  givenNames,
  lexiconKey,
  organizationNames,
  placeNames,
  surnames,
} from '../data/lexicon.js'
import { months, weekdays } from '../data/months.js'
import { organizationHeads, organizationWords, placeAliases } from '../data/organizations.js'
import { knownPlaces } from '../data/places.js'
import { titles } from '../data/titles.js'
import { splitTitle, startsTitle } from './split-title.js'
import type { Token } from './tokens.js'

export type Kind = 'person' | 'place' | 'organization' | 'possible person' | 'unknown'

/** A run of capitalised words, read as a name. */
export interface Candidate {
  kind: Kind
  /** The whole mention, title included: `Secretary Blinken`. */
  tokens: Token[]
  title: Token[]
  /** The name alone: `Blinken`; a handle when the run names one (`Foreign Minister @SMQureshiPTI`). */
  name: Token[]
}

const lower = (tokens: Token[]) => tokens.map((token) => token.text.toLowerCase()).join(' ')

/** `The Capital Development Authority` → `Capital Development Authority`; `Highlighting` → nothing. */
function withoutOrdinaryOpening(tokens: Token[]): Token[] {
  let start = 0
  while (start < tokens.length) {
    const token = tokens[start]
    if (token === undefined) break
    const word = token.text.toLowerCase()
    const ordinary =
      commonWords.has(word) &&
      !givenNames.has(word) &&
      !placeNames.has(word) &&
      !organizationNames.has(word) &&
      !startsTitle(tokens, start)
    // A lone word stays: `Warren called it…` may name a person met before.
    if (word === 'the' || (token.sentenceStart && ordinary && start < tokens.length - 1)) start++
    else if (token.sentenceStart && ordinary) return [{ ...token, ordinary: true }]
    else break
  }
  return tokens.slice(start)
}

// Given names that name a place, a club, an award or a storm as often as a person.
const ambiguousGivenNames = new Set(
  'chelsea oscar oscars carolina madison jordan georgia victoria florence devon brent adelaide sydney austin houston dallas chester clifton preston lincoln charlotte virginia savannah phoenix india israel paris kent jersey orlando denver aurora maria katrina harvey irma sandy emmy'.split(
    ' ',
  ),
)

/** Read a run as a person, place, organisation, or not (yet) known. */
export function classify(run: Token[]): Candidate | null {
  const tokens = withoutOrdinaryOpening(run)
  if (tokens.length === 0) return null
  const { title, name } = splitTitle(tokens)
  if (name.length === 0) return null
  const full = lower(name)
  const first = lexiconKey(name[0]?.text ?? '')
  const last = lexiconKey(name.at(-1)?.text ?? '')
  const candidate = (kind: Kind): Candidate => ({ kind, tokens, title, name })

  // `July`, `Thursday`: dates, not names.
  if (name.length === 1 && (months.has(first) || weekdays.has(first))) return null
  // `Chairman of the Punjab Public Service Commission`: the run names the body.
  if (title.length > 0 && isOrganization(name, full, first, last)) {
    return { kind: 'organization', tokens: name, title: [], name }
  }
  // `Chief Regulatory Affairs Officer of K-Electric`: a role, not a name.
  if (title.length > 0 && name.some((token) => isRoleWord(token.text))) return null
  // `Governor Khyber Pakhtunkhwa` (cut from the name after it): a title of a place names the place.
  if (title.length > 0 && (placeAliases.has(full) || knownPlaces.has(full)))
    return { kind: 'place', tokens: name, title: [], name }
  if (title.length > 0) return candidate('person')
  if (placeAliases.has(full) || placeNames.has(full)) return candidate('place')
  if (isOrganization(name, full, first, last)) return candidate('organization')
  if (name.length === 1 && first.startsWith('@')) return null
  // `Chelsea`, `Oscar`, `Madison` alone may be a club, an award or a place:
  // such a given name alone is a person only with evidence (see `confirmPossiblePeople`).
  if (name.length === 1 && givenNames.has(first) && ambiguousGivenNames.has(first))
    return candidate('possible person')
  if (givenNames.has(first) && !commonWords.has(first)) return candidate('person')
  if (name.length >= 2 && givenNames.has(first)) return candidate('person')
  if (name.length >= 2 && surnames.has(last)) return candidate('person')
  // Two to four unusual capitalised words (`Shah Mahmood Qureshi`, `Tajul
  // Islam`) may be a name: the plugin asks the context (see `looksLikePerson`).
  if (
    name.length >= 2 &&
    name.length <= 4 &&
    name.every(
      (token) =>
        !commonWords.has(token.text.toLowerCase()) && !placeNames.has(token.text.toLowerCase()),
    )
  ) {
    return candidate('possible person')
  }
  return candidate('unknown')
}

function isOrganization(name: Token[], full: string, first: string, last: string): boolean {
  // `Union Councils`, `Assemblies`: plurals of body words too.
  const singular = last.endsWith('ies')
    ? `${last.slice(0, -3)}y`
    : last.endsWith('s')
      ? last.slice(0, -1)
      : last
  if (organizationNames.has(full) || organizationWords.has(last) || organizationWords.has(singular))
    return true
  // `BBC Sport`, `CNN Politics`: a known outlet or body in capitals, and a desk of it.
  if (name.length <= 3 && organizationNames.has(first) && /^\p{Lu}{2,}$/u.test(name[0]?.text ?? ''))
    return true
  return (
    name.length >= 3 && organizationHeads.has(first) && name.some((token) => token.text === 'of')
  )
}

// Title words that are also surnames (`Martin Luther King`, `John Major`) do not make a role.
const surnameTitles = new Set([
  'king',
  'major',
  'lord',
  'justice',
  'judge',
  'bishop',
  'deputy',
  'senior',
  'coach',
  'director',
])
const roleWords = new Set(
  [...titles.flatMap((title) => title.split(' ')), 'of', 'for'].filter(
    (word) => !surnameTitles.has(word),
  ),
)

function isRoleWord(word: string): boolean {
  return roleWords.has(word.toLowerCase())
}

/** The canonical name of a place: `US` → `United States`. */
export function placeName(name: Token[]): string {
  const written = name.map((token) => token.text).join(' ')
  return placeAliases.get(written.toLowerCase()) ?? written
}

// `Tajul Islam, chief prosecutor…` · `Tajul Islam told` · `said Tajul Islam` · `Tajul Islam (45)`
const personAfter =
  /^(?:\s*,\s*(?:a|an|the|who|whose|his|her|aged|\d{1,3})\b|\s*\(\d{1,3}\)|\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|added|adds|stated|explained|asked|wrote|tweeted|argued|claimed|insisted|warned|noted|recalled)\b)/
const personBefore =
  /\b(?:said|says|told|added|according to|spokesman|spokeswoman|spokesperson)\s+$/

/** Does the text around a possible name treat it as a person's? */
export function looksLikePerson(text: string, candidate: Candidate): boolean {
  const first = candidate.tokens[0]
  const last = candidate.tokens.at(-1)
  if (!first || !last) return false
  return (
    personAfter.test(text.slice(last.end, last.end + 40)) ||
    personBefore.test(text.slice(Math.max(0, first.start - 30), first.start))
  )
}
