import { commonWords, givenNames, lexiconKey, placeNames } from '../data/lexicon.js'
import { namePrefixes } from '../data/names.js'
import { faiths, organizationWords, peoples } from '../data/organizations.js'
import { surnameTitles, titleModifiers, titles, titleWords } from '../data/titles.js'
import type { Token } from './tokens.js'

// Title phrases by their first word, longest first: `secretary` → `secretary of state`, `secretary`.
const titlesByFirstWord = new Map<string, string[][]>()
for (const phrase of [...titles]
  .map((title) => title.split(' '))
  .sort((a, b) => b.length - a.length)) {
  const first = phrase[0] ?? ''
  titlesByFirstWord.set(first, [...(titlesByFirstWord.get(first) ?? []), phrase])
}
const modifiers = new Set(titleModifiers)

// Kenyan, Pakistani, Chinese, Israeli, British: a demonym may open a title.
const demonym = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u
// A demonym starts as its place does (`Keny-an`, `Pakist-ani`), or ends as no name does
// (`Spanish`, `Jewish`); `Adnan` and `Usman` are names.
const placeOpenings = new Set([...placeNames].map((place) => place.slice(0, 4)))

// Demonyms the suffixes above miss: `Briton Hayley Yelling`, `Swede Annika Sorenstam`.
const irregularDemonyms = new Set([
  'briton',
  'scot',
  'swede',
  'dane',
  'finn',
  'turk',
  'greek',
  'czech',
  'michigander',
])

/** `Pakistani`, `Ohioan`, `Spanish`, `Briton`: a word for where someone is from. */
export function isDemonym(word: string): boolean {
  const key = word.toLowerCase()
  if (irregularDemonyms.has(key)) return /^\p{Lu}/u.test(word)
  // `Vermonter`, `Londoner`, `Icelander`: a place and -er.
  if (/^\p{Lu}\p{Ll}+er$/u.test(word) && placeNames.has(key.slice(0, -2))) return true
  return demonym.test(word) && (/(?:ish|ese)$/.test(key) || placeOpenings.has(key.slice(0, 4)))
}

/**
 * `Who`, `Under`: a word in title case that opens a clause or a phrase, never a name (not `Of`
 * or `For`, which join a title's words: `Chief Of Staff`, `Minister For Planning`).
 */
export const opensNoName =
  /^(?:Who|Whom|Whose|Which|That|Under|Over|Against|Without|Within|Into|Upon|Beyond|From|With|After|Before|By)$/

/** `Kurds`, `Latinos`, `Pakistanis`, `Sikh`: a word for a people or a faith, which names no one person. */
export function isPeopleName(word: string): boolean {
  const key = singular(lexiconKey(word))
  return peoples.has(key) || faiths.has(key) || (/s$/.test(word) && isDemonym(word.slice(0, -1)))
}

/** `Pakistani-American`, `Irish-American`: demonyms joined by a hyphen. */
export function isCompoundDemonym(word: string): boolean {
  if (!word.includes('-')) return false
  const parts = word.split('-')
  return parts.length >= 2 && parts.every(isDemonym)
}

/** `US`, `Pakistani`, `Punjab`, `Democratic`: a word that may open a title. */
export function isModifier(word: string): boolean {
  const key = word.toLowerCase()
  return modifiers.has(key) || placeNames.has(key) || isDemonym(word)
}

export interface TitledName {
  /** The title tokens, or none: `US Secretary of State`. */
  title: Token[]
  /** The name tokens: `Antony Blinken`. */
  name: Token[]
}

/**
 * `US Secretary of State Antony Blinken` → title `US Secretary of State`,
 * name `Antony Blinken`. Modifiers (`US`, `Pakistani`, `Former`) count only
 * when a title follows them.
 */
export function splitTitle(tokens: Token[]): TitledName {
  let index = 0
  let titleEnd = 0
  let lastPhrase = -1
  while (index < tokens.length) {
    // `Barrister Sultan Mahmood Chaudhry`: after a title, `Sultan` is a given name.
    if (index > 0 && tokens[index]?.text.toLowerCase() === 'sultan') break
    const phrase = titleAt(tokens, index) || pluralTitleAt(tokens, index)
    if (phrase > 0) {
      lastPhrase = index
      index += phrase + portfolioAt(tokens, index + phrase)
      titleEnd = index
      continue
    }
    if (isModifier(tokens[index]?.text ?? '')) {
      index++
      continue
    }
    break
  }
  // `Mr King`, `Dr Major`: after an honorific, a title word that ends the run is the surname.
  if (titleEnd === tokens.length && lastPhrase === 1 && tokens.length === 2) {
    const honorific = tokens[0]?.text.toLowerCase().replace(/\.$/, '') ?? ''
    const word = tokens[1]?.text.toLowerCase() ?? ''
    if (honorifics.has(honorific) && surnameTitles.has(word)) titleEnd = 1
  }
  return { title: tokens.slice(0, titleEnd), name: tokens.slice(titleEnd) }
}

const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr'])

const portfolioWords = new Set(['of', 'for', 'and', 'the', '&'])

/**
 * `Minister for Housing Bilal Yasin`, `Chief Minister of Punjab Maryam
 * Nawaz`, `Adviser on Finance Shaukat Tarin`: after `for`, `of` or `on`,
 * ordinary words and places are the portfolio;
 * the name starts at the first word that is neither.
 */
function portfolioAt(tokens: Token[], index: number): number {
  const opener = tokens[index]?.text
  if (opener !== 'for' && opener !== 'of' && opener !== 'on') return 0
  // `Minister for Planning Ahsan Iqbal`: the name starts at its given name, or at the unknown
  // words right before it (`Minister for Maritime Affairs Junaid Anwar Chaudhry`);
  // `Minister for Minority Affairs Ramesh Singh Arora`: or where the ordinary words end.
  for (let at = index + 2; at < tokens.length - 1; at++) {
    if (!givenNames.has(lexiconKey(tokens[at]?.text ?? ''))) continue
    // One word at most, not after `the` (`Chancellor of the Exchequer Gordon Brown`), nor before
    // a name's opening (`Minister for Livestock Syed Ashiq Hussain`).
    const opensName = namePrefixes.includes(lexiconKey(tokens[at]?.text ?? ''))
    const before = tokens[at - 2]?.text.toLowerCase() ?? ''
    const stepBack =
      at > index + 2 &&
      !opensName &&
      !portfolioWords.has(before) &&
      // `Director of NGC Engr M Shahid Nazir`: an initial opens the name too.
      (isUnknownNameWord(tokens[at - 1]?.text ?? '') ||
        /^\p{Lu}\.?$/u.test(tokens[at - 1]?.text ?? ''))
    return (stepBack ? at - 1 : at) - index
  }
  let nameStart = tokens.length
  while (
    nameStart > index + 2 &&
    !isPortfolioWord(tokens[nameStart - 1]?.text ?? '', nameStart - 1 < tokens.length - 1)
  )
    nameStart--
  // (`Chief Executive Officer of Zakori Group Ayub Khan`: a body's word ends what the post is of.)
  while (
    nameStart < tokens.length - 2 &&
    organizationWords.has((tokens[nameStart]?.text ?? '').toLowerCase())
  )
    nameStart++
  if (tokens.length - nameStart >= 2 && tokens.length - nameStart <= 4) return nameStart - index
  let end = index + 1
  while (end < tokens.length) {
    const word = (tokens[end]?.text ?? '').toLowerCase()
    if (!portfolioWords.has(word) && !commonWords.has(word) && !placeNames.has(word)) break
    end++
  }
  return end - index
}

// `Investment`, `Engineering`, `Development`: the endings of nouns for what a post covers.
export const coverEnding = /(?:ment|ing|tion|sion|ity|ance|ence|ism|ness|ship|ics)$/

/** `Junaid` before `Anwar`; not `Unit`, `PPP`, `Development` or `Marshal`: a word a name may open with. */
export function isUnknownNameWord(word: string): boolean {
  const key = word.toLowerCase()
  return (
    !titleWords.has(key) &&
    !isPortfolioWord(word, true) &&
    !coverEnding.test(key) &&
    !organizationWords.has(key) &&
    !isModifier(word) &&
    !/^\p{Lu}+$/u.test(word)
  )
}

/**
 * `Minority Affairs`, `Special Initiatives`: a plural before more words is the portfolio's;
 * a name's `-us` or `-is` is no plural (`Younus Dagha`, `Chris Evans`).
 */
function isPortfolioWord(word: string, followed = false): boolean {
  const key = word.toLowerCase()
  return (
    portfolioWords.has(key) ||
    (followed && key.length > 4 && /[^sui]s$/.test(key)) ||
    commonWords.has(key) ||
    commonWords.has(singular(key)) ||
    placeNames.has(key)
  )
}

/** `affairs` → `affair`, `industries` → `industry`: the lexicon holds the singular. */
export function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/** How many tokens from `index` make a title phrase (0 if none). */
function titleAt(tokens: Token[], index: number): number {
  // `Ex-Speaker Boehner`, `ex-Prime Minister`: a former post is a title too.
  const lower = tokens[index]?.text.toLowerCase() ?? ''
  const first = lower.startsWith('ex-') && lower.length > 3 ? lower.slice(3) : lower
  const phrases = titlesByFirstWord.get(first)
  if (!phrases) return 0
  const wordAt = (offset: number) =>
    offset === 0 ? first : tokens[index + offset]?.text.toLowerCase()
  for (const phrase of phrases) {
    if (phrase.every((word, offset) => wordAt(offset) === word)) {
      return phrase.length
    }
  }
  return 0
}

// `Officers Liu and Ramos`, `Senators Warren and Sanders`: a post that several people named
// together hold, before the first name.
const pluralTitles =
  /^(?:officers|senators|sens\.|reps\.|representatives|presidents|governors|detectives|sergeants|justices|judges|doctors|drs\.?|ministers|professors|profs\.|generals|mayors|councillors|councilmen|councilwomen|congressmen|congresswomen|deputies|constables|troopers|agents)$/

function pluralTitleAt(tokens: Token[], index: number): number {
  if (index !== 0 || tokens.length < 2 || !pluralTitles.test(tokens[0]?.text.toLowerCase() ?? ''))
    return 0
  const next = tokens[1]?.text ?? ''
  return /^\p{Lu}/u.test(next) && !commonWords.has(next.toLowerCase()) ? 1 : 0
}

/** Does a title (or a modifier and a title) start at `index`? */
export function startsTitle(tokens: Token[], index: number): boolean {
  let at = index
  while (at < tokens.length && titleAt(tokens, at) === 0 && isModifier(tokens[at]?.text ?? '')) at++
  return titleAt(tokens, at) > 0
}

/** The title as one would write it alone, modifiers dropped: `US Secretary of State` → `Secretary of State`. */
export function coreTitle(title: Token[]): string {
  let start = 0
  while (start < title.length && titleAt(title, start) === 0) start++
  return title
    .slice(start)
    .map((token) => token.text)
    .join(' ')
}
