import { givenNames, lexiconKey } from '../data/lexicon.js'
import { weekdays } from '../data/months.js'
import { organizationHeads, organizationWords } from '../data/organizations.js'
import { knownPlaces } from '../data/places.js'
import { titles } from '../data/titles.js'
import { adjacent, isCapitalised, type Token } from './tokens.js'

/** A capitalised word or a handle: what a name is made of. */
const isNameWord = (word: string) => isCapitalised(word) || word.startsWith('@')

// Lower-case words that may stand inside a name: `Ministry of Foreign Affairs`,
// `Rio de Janeiro`, `Osama bin Laden`, `Pakistan Medical and Dental Council`.
const nameParticles = new Set([
  'de',
  'da',
  'do',
  'del',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
])
const connectors = new Set([...nameParticles, 'of', 'for', 'and', 'the', 'on'])
const titleWords = new Set(titles.flatMap((title) => title.split(' ')))

/**
 * Runs of capitalised words, joined by the connectors a name may hold, then
 * split where a connector joins two names: `Antony Blinken and Foreign
 * Minister Shah Mahmood Qureshi` is two runs, `Ministry of Foreign Affairs` one.
 */
export function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = []
  let run: Token[] = []
  const flush = () => {
    while (run.length > 0 && !isNameWord(run.at(-1)?.text ?? '')) run.pop()
    if (run.length > 0) runs.push(...splitAtConnectors(run).flatMap(splitGlued))
    run = []
  }
  for (const token of tokens) {
    const previous = run.at(-1)
    const joins = previous !== undefined && adjacent(text, previous, token)
    if (isNameWord(token.text)) {
      if (!joins || (token.sentenceStart && run.length > 0)) flush()
      run.push(token)
    } else if (joins && connectors.has(token.text) && run.length > 0) {
      run.push(token)
    } else {
      flush()
    }
  }
  flush()
  return runs
}

function splitAtConnectors(run: Token[]): Token[][] {
  const pieces: Token[][] = []
  let piece: Token[] = []
  const last = (run.at(-1)?.text ?? '').toLowerCase()
  const endsAsOrganization = organizationWords.has(last)
  for (const [index, token] of run.entries()) {
    const word = token.text.toLowerCase()
    if (
      isNameWord(token.text) ||
      (nameParticles.has(word) && index > 0 && isCapitalised(run[index + 1]?.text ?? ''))
    ) {
      piece.push(token)
      continue
    }
    const before = (piece.at(-1)?.text ?? '').toLowerCase()
    // `Secretary of State`, `Minister for Climate Change`, `Ministry of Foreign Affairs`, `Bank of the West`
    const keep =
      (word === 'and' &&
        endsAsOrganization &&
        !titleWords.has((run[index + 1]?.text ?? '').toLowerCase())) ||
      ((word === 'of' || word === 'for' || word === 'on') &&
        (organizationHeads.has(before) ||
          organizationWords.has(before) ||
          titleWords.has(before))) ||
      (word === 'the' && (before === 'of' || before === 'for'))
    if (keep) piece.push(token)
    else {
      pieces.push(piece)
      piece = []
    }
  }
  pieces.push(piece)
  return pieces
    .map((tokens) => {
      const trimmed = [...tokens]
      while (trimmed.length > 0 && !isNameWord(trimmed.at(-1)?.text ?? '')) trimmed.pop()
      return trimmed
    })
    .filter((tokens) => tokens.length > 0)
}

// `Peshawar Division`, `Lahore District`: a place and the word for what part of it.
const areaWords = new Set([
  'division',
  'district',
  'province',
  'region',
  'tehsil',
  'zone',
  'circle',
])
const longestPlace = 4
// The first word of every known place: `khyber` of `Khyber Pakhtunkhwa`.
const placeStarts = new Set([...knownPlaces].map((place) => place.split(' ')[0] ?? ''))

/**
 * A run that glues a place or a weekday to a person's name, cut apart:
 *
 *     Khyber Pakhtunkhwa Faisal Karim Kundi     → Khyber Pakhtunkhwa · Faisal Karim Kundi
 *     Peshawar Division Riaz Khan Mehsud        → Peshawar Division · Riaz Khan Mehsud
 *     Azad Kashmir Barrister Sultan Chaudhry    → Azad Kashmir · Barrister Sultan Chaudhry
 *     Muhammad Aurangzeb Monday                 → Muhammad Aurangzeb
 *
 * A place is cut off only before a given name, a title (when a title stands
 * before the place too), or (after a word such as `Division`) any name:
 * `New York Times`, `Islamabad High Court` and `US Secretary of State Antony
 * Blinken` stay whole.
 */
function splitGlued(run: Token[]): Token[][] {
  if (run.length < 2) return [run]
  const lower = run.map((token) => token.text.toLowerCase())
  // `… Monday said`: a weekday ends the name and is none of it.
  const weekday = lower.findIndex((word, index) => index > 0 && weekdays.has(word))
  if (weekday > 0)
    return [...splitGlued(run.slice(0, weekday)), ...nonEmpty(run.slice(weekday + 1))]
  for (let start = 0; start < run.length - 1; start++) {
    // Only a word that can open a place starts one: most runs have none, and cost a lookup a word.
    if (!placeStarts.has(lower[start] ?? '')) continue
    for (let size = Math.min(longestPlace, run.length - start - 1); size >= 1; size--) {
      if (!knownPlaces.has(lower.slice(start, start + size).join(' '))) continue
      let cut = start + size
      const area = areaWords.has(lower[cut] ?? '')
      if (area) cut++
      const rest = run.slice(cut)
      const head = lower[cut] ?? ''
      // `US Secretary of State Antony Blinken`, `Punjab Chief Minister Maryam Nawaz`: a place
      // that opens the run before a title belongs to the title.
      const title = titleWords.has(head) && start > 0
      const person = title || givenNames.has(lexiconKey(head))
      if (rest.length === 0 || !(person || (area && rest.length >= 2))) continue
      return [run.slice(0, cut), ...splitGlued(rest)]
    }
  }
  return [run]
}

function nonEmpty(run: Token[]): Token[][] {
  return run.length > 0 ? splitGlued(run) : []
}
