import { notPlaces } from '../data/dateline.js'
import { monthPattern, months, weekdays } from '../data/months.js'
import { knownPlaces } from '../data/places.js'
import { speakerLabel } from '../quotes/transcript.js'
import { lineAt, skipSpace } from '../text/lines.js'

export interface ParsedDateline {
  text: string
  place: string
  region: string | null
  agency: string | null
  start: number
  end: number
}

const capsWord = String.raw`\p{Lu}[\p{Lu}'’.-]*`
// One way only to match a word (the lookahead asks for a lower-case letter): with two
// (`[…]*\p{Ll}[…]*`), a line of names such as `Andy Garcia, Lucy Liu, Natalie Portman and …`
// took seconds to fail.
// `Port-au-Prince`, `McAllen`: a capital inside the word opens a part of its own, in one way only.
const titleWord = String.raw`\p{Lu}(?=[\p{Ll}'’.-]*\p{Ll})[\p{Ll}'’.-]+(?:\p{Lu}[\p{Ll}'’.-]+)*`
const linkWord = '(?:de|da|do|del|la|el|al|es|of|upon|on)'
const oneCapsPlace = `${capsWord}(?:[ \\t\\u00a0]+${capsWord}){0,3}`
const oneTitlePlace = `${titleWord}(?:[ \\t\\u00a0]+(?:${linkWord}[ \\t\\u00a0]+)?${titleWord}){0,3}`
// `SEATTLE/WASHINGTON`: a story filed from two places.
const capsPlace = `${oneCapsPlace}(?:/${oneCapsPlace})?`
const titlePlace = `${oneTitlePlace}(?:/${oneTitlePlace})?`
// `, July 9` · `, Dec. 1` · `, February 2, 2018` · `, 3 December 2024`
const monthDay = String.raw`(?:(?:${monthPattern})\.?[ \t\u00a0]+\d{1,2}(?:,[ \t\u00a0]*\d{4})?|\d{1,2}[ \t\u00a0]+(?:${monthPattern})\.?(?:[ \t\u00a0]+\d{4})?)`
// `, Texas` · `, Calif.` · `, N.Y.` · `, ENGLAND` · `, Indonesia/JAKARTA`
const region = `(?:${oneTitlePlace}\\.?|${oneCapsPlace}|\\p{Lu}[\\p{L}.]{1,6}\\.)(?:/(?:${oneCapsPlace}|${oneTitlePlace}))?`
// `(Reuters)` · `/PRNewswire/`
const agency = String.raw`(?:\(([^()\n]{1,40})\)|/(\p{L}[^/\n]{0,39})/)`
// `:` (with or without spaces), `-`, `--`, `—`, `–`, `//` (`ABU DHABI // …`) with a space before
const separator = String.raw`(?:[ \t\u00a0]?:[ \t\u00a0]*|[ \t\u00a0]+(?:--?|—|–|//)[ \t\u00a0]*|[ \t\u00a0]*(?:—|–)[ \t\u00a0]*)`

// `WASHINGTON (CNN)Senator …`: after an agency, the separator may be left out.
// (`SPRINGFIELD, Ill. – March 4, 2025 – The …`: a press release's date between two dashes.)
const dateline = new RegExp(
  `^(${capsPlace}|${titlePlace})((?:,[ \\t\\u00a0]*(?:${monthDay}|${region}))*)(?:(?:\\.?[ \\t\\u00a0]*${agency})(${separator}|\\.?[ \\t\\u00a0]*)|(${separator})(?:(?:${monthDay})[ \\t\\u00a0]+(?:--?|—|–)[ \\t\\u00a0]*)?)(?=[\\p{Lu}\\p{N}“"‘'(«])`,
  'u',
)
const capsVerbs: ReadonlySet<string> = new Set([
  'IS',
  'ARE',
  'WAS',
  'WERE',
  'IN',
  'TO',
  'FOR',
  'AND',
  'WITH',
  'NOT',
])
const monthDayOnly = new RegExp(`^(?:${monthDay})$`, 'u')

/**
 * A dateline at the start of the body: `ISLAMABAD:`, `LAHORE:In`,
 * `Islamabad : Pakistan`, `WASHINGTON (Reuters) -`, `LONDON, July 9 (AP) —`,
 * `AUSTIN, Texas (AP) —`, `Geneva -`, `Washington (CNN) --`,
 * `GAZA, Dec. 1 (Xinhua) --`, `MOSCOW, December 3. /TASS/.`.
 */
export function parseDateline(text: string, from: number): ParsedDateline | null {
  const match = dateline.exec(text.slice(from, from + 200))
  const place = match?.[1]
  if (!match || place === undefined) return outletDateline(text, from)
  const firstWord = (place.split(/[ \t\u00a0]/)[0] ?? '').toLowerCase().replace(/\.$/, '')
  // (`THE HAGUE, Netherlands (AP) —`: a known place may open with a word that opens prose.)
  if (
    (notPlaces.has(firstWord) || months.has(firstWord) || weekdays.has(firstWord)) &&
    !knownPlaces.has(place.toLowerCase())
  )
    return null
  // `FIX IS IN: …` is a shouted headline, not a place.
  if (place.split(/[ \t\u00a0]+/).some((word) => capsVerbs.has(word))) return null
  const regions = (match[2] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !monthDayOnly.test(part) && !/^\d{4}$/.test(part))
  const separatorText = match[5] ?? match[6] ?? ''
  // `RICARDO ARDUENGO/AFP/Getty Images`: an agency between slashes is a photo's credit without one.
  if (match[4] !== undefined && separatorText.trim() === '') return null
  // `Obama (D) Senate`: no separator only after a place in capitals, or after a day and an
  // agency (`New Delhi, Mar 3 (PTI) The …`).
  if (
    separatorText.trim() === '' &&
    place !== place.toUpperCase() &&
    !(match[3] !== undefined && /\d/.test(match[2] ?? ''))
  )
    return null
  // `DB: So what happened?`: an interviewer's initials label a transcript.
  if (/^\p{Lu}{1,2}$/u.test(place) && separatorText.trim() === ':' && match[2] === '') return null
  const agencyName = (match[3] ?? match[4])?.trim()
  // `TAPPER: Do you think …` over `FALLIN: I think …`: a transcript's labels, not a place.
  if (
    separatorText.trim() === ':' &&
    agencyName === undefined &&
    match[2] === '' &&
    !knownPlaces.has(place.toLowerCase()) &&
    labelFollows(text, from)
  )
    return null
  // `Trump: …`, `Report: …`, `Vote For Me - …` open headlines and prose: a
  // place in title case needs more to count (see `isTitleCaseDateline`).
  if (
    place !== place.toUpperCase() &&
    !isTitleCaseDateline(place, regions, agencyName, separatorText)
  ) {
    return null
  }
  const written =
    match[0].slice(0, match[0].length - separatorText.length) + separatorText.trimEnd()
  return {
    text: written,
    place: place.split('/').map(titleCase).join('/'),
    region:
      regions.length === 0
        ? null
        : regions.map((part) => (part.includes('.') ? part : titleCase(part))).join(', '),
    agency: agencyName === undefined || agencyName === '' ? null : agencyName,
    start: from,
    end: from + written.length,
  }
}

// `London CNN —`, `Hong Kong CNN —`, `Springfield, Illinois CNN —`: CNN's pages give the outlet
// after the place (and its region), without brackets, and the story may start on the next line.
const outletAfterPlace = new RegExp(
  `^(${oneTitlePlace}|${oneCapsPlace})(?:,[ \\t\\u00a0]*(${region}))?[ \\t\\u00a0]+(CNN(?: Business)?)[ \\t\\u00a0]*(?:—|–|--)(?=[ \\t\\u00a0]*(?:\\n[ \\t\\u00a0]*)*[\\p{Lu}\\p{N}“"‘'])`,
  'u',
)

function outletDateline(text: string, from: number): ParsedDateline | null {
  const match = outletAfterPlace.exec(text.slice(from, from + 120))
  if (!match?.[1] || !match[3]) return null
  const region = match[2]
  return {
    text: match[0],
    place: match[1].split('/').map(titleCase).join('/'),
    region: region === undefined ? null : region.includes('.') ? region : titleCase(region),
    agency: match[3],
    start: from,
    end: from + match[0].length,
  }
}

const capsOpening = /^\p{Lu}[\p{Lu}'’.-]/u
// `FALLIN: …` at the start of a line.
const turnLabel = new RegExp(`^[ \\t]*${speakerLabel}:[ \\t]`, 'mu')

/** Does one of the next few lines open with a label in capitals, as a transcript's turns do? */
function labelFollows(text: string, from: number): boolean {
  const next = lineAt(text, from).next
  return turnLabel.test(text.slice(next, next + 600))
}

/**
 * A dateline that opens one of the next `lines` lines of the lead, under a
 * photo caption, a teaser or a second deck. It must be in capitals and
 * unmistakable: an agency (`MUMBAI (Reuters) -`), a dash (`SAN DIEGO --`), a
 * region (`MANCHESTER, N.H. -`) or a known place (`BEIJING:`). Not a speaker's
 * label (`TRUMP: We will…`), nor a title-case `Trump: …`.
 */
export function parseLaterDateline(text: string, from: number, lines = 4): ParsedDateline | null {
  let offset = from
  for (let count = 0; count < lines; count++) {
    const { next } = lineAt(text, offset)
    if (next >= text.length) return null
    offset = skipSpace(text, next)
    // Two capitals open it, or it is none: most lines need no look with the whole pattern.
    if (!capsOpening.test(text.slice(offset, offset + 2))) continue
    const parsed = parseDateline(text, offset)
    if (parsed === null || !/^\p{Lu}[\p{Lu}'’.-]+(?![\p{Ll}])/u.test(parsed.text)) continue
    // Not a shouted subhead: `INDIANA’S DEMOGRAPHICS FAVOR CRUZ, BUT ECONOMY FAVORS TRUMP -`.
    if (parsed.text.length > 50 || /['’]S\b/u.test(parsed.text)) continue
    const dash = /(?:-|—|–)$/.test(parsed.text)
    const known = parsed.place.split('/').some((part) => knownPlaces.has(part.toLowerCase()))
    if (parsed.agency !== null || dash || known || parsed.region !== null) return parsed
  }
  return null
}

/**
 * A title-case place counts when it is a known place (`Geneva -`), when a
 * known region or an agency follows (`Asiago, Italy:`, `Washington (CNN) --`),
 * or in The News's forms `Rawalpindi : Parks…` and `Islamabad:The…`.
 */
function isTitleCaseDateline(
  place: string,
  regions: string[],
  agencyName: string | undefined,
  separatorText: string,
): boolean {
  if (place.split('/').some((part) => knownPlaces.has(part.toLowerCase()))) return true
  if (agencyName !== undefined) return true
  if (regions.some((region) => knownPlaces.has(region.toLowerCase()))) return true
  return separatorText === ' :' || separatorText === ' : ' || separatorText === ':'
}

/**
 * `NEW ORLEANS` → `New Orleans`, `N'DJAMENA` → `N'Djamena`, `RIO DE JANEIRO` →
 * `Rio de Janeiro`; mixed case is kept as written.
 */
export function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place
  return place
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{Ll})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    )
    .replace(/(?<=\s)(De|Da|Do|Dos|Das|Del|La|Al|Es)(?=\s)/g, (particle) => particle.toLowerCase())
}
