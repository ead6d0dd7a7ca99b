import {
  commonWords,
  givenNames,
  lexiconKey,
  organizationNames,
  placeNames,
  surnames,
} from '../data/lexicon.js'
import { weekdays } from '../data/months.js'
import {
  organizationHeads,
  organizationWords,
  placeAliases,
  venues,
} from '../data/organizations.js'
import { areaWords, knownPlaces } from '../data/places.js'
import { districtPosts, titleWords } from '../data/titles.js'
import { isUnknownNameWord, opensNoName, singular, splitTitle, startsTitle } from './split-title.js'
import { adjacent, isCapitalised, madeModifier, runTogether, type Token } from './tokens.js'

/** A capitalised word or a handle: what a name is made of. */
// `Rs335,300`, `Ksh500`, `Tk50`: an amount in rupees, shillings or taka, not a name.
const amount = /^\p{Lu}\p{Ll}{1,2}\d/u
// `Hillary Can’t Hide`, `She’ll`: a contraction, not a name.
const contraction = /['’](?:t|re|ll|ve|d|m)$/
// `diCaprio`, `deSantis`, `vanDyke`, `d’Abrera`: a particle run into the capital of the surname;
// `Bashar al-Assad`, `Muammar el-Qaddafi`: an article joined to it by a hyphen (see
// `articledSurname`: never the first word, not `al-Qaeda`).
const particleSurname = /^(?:di|de|da|du|le|la|del|van|von|d['’])\p{Lu}\p{Ll}/u
const articledSurname = /^(?:al|el)-\p{Lu}\p{Ll}/u
const isNameWord = (word: string) =>
  (isCapitalised(word) && !amount.test(word) && !contraction.test(word)) ||
  word.startsWith('@') ||
  particleSurname.test(word) ||
  articledSurname.test(word)

// Lower-case words that may stand inside a name: `Ministry of Foreign Affairs`,
// `Rio de Janeiro`, `Osama bin Laden`, `Pakistan Medical and Dental Council`.
const nameParticles = new Set([
  'de',
  'da',
  'do',
  'del',
  // `Carlo dal Maso`, `Paolo dalla Costa`.
  'dal',
  'dalla',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  // `Ahmad ur Rehman Saljuqi`, `Ehsan ul Haq Laghari`, `Naseer ud Din`.
  'ur',
  'ul',
  'ud',
])
const connectors = new Set([...nameParticles, 'of', 'for', 'and', 'the', 'on'])
// `Inam-ul-Haq`, `Mujeeb-ur-Rehman`: a name joined by an Arabic article.
const joinedName = /^\p{Ll}+-(?:ul|ur|ud|us|uz|un|ush)-\p{Ll}+$/u
// A shop's or a card's label, ended by a colon (`Best Price:`, `Email:`).
const labelAtEnd =
  /(?:(?:Best|List|Our|Sale|Lowest|New)\s+Price|Email|E-mail|Phone|Tel|Fax|Website|Mobile)$/

// What follows the pronoun `I`, not a regnal numeral: ` don't`, ` think`, `'m`.
const pronounVerbAfter =
  /^(?:['’](?:m|ve|d|ll)\b|\s+(?:don['’]t|do|did|didn['’]t|think|thought|am|have|had|will|would|can|could|know|knew|believe|said|say|see|saw|want|feel|felt|just|never|really|hope|must|should|agree|guess|mean)\b)/

/**
 * Runs of capitalised words, joined by the connectors a name may hold, then
 * split where a connector joins two names: `Antony Blinken and Foreign
 * Minister Shah Mahmood Qureshi` is two runs, `Ministry of Foreign Affairs` one.
 * In a title-case headline an ordinary word ends a run: `Don Lemon Contradicts Himself`.
 */
export function capitalisedRuns(text: string, tokens: Token[], titleCase = false): Token[][] {
  const runs: Token[][] = []
  let run: Token[] = []
  const flush = () => {
    while (run.length > 0 && !isNameWord(run.at(-1)?.text ?? '')) run.pop()
    // `Glenn Greenwald Best Price: $1.49`, `Jo Park Email: …`: a label before its colon.
    const labelled = run.at(-1)
    if (labelled && run.length >= 2 && text.charAt(labelled.end) === ':') {
      const label = labelAtEnd.exec(run.map((token) => token.text).join(' '))?.[0]
      if (label) run.splice(run.length - label.split(' ').length)
    }
    // `In defence of Keith I don't think`: the pronoun that opens the next clause, not a numeral.
    const closing = run.at(-1)
    if (
      run.length >= 2 &&
      closing?.text === 'I' &&
      pronounVerbAfter.test(text.slice(closing.end, closing.end + 16))
    )
      run.pop()
    if (run.length === 1) runs.push(run)
    // `Lena Dunham Has Declared Today Taylor Swift Day` in a teaser line: a run that holds a
    // capitalised `Has` or `To` is title case, read as a headline's.
    else if (!titleCase && run.length >= 3 && hasTitleCaseTell(run))
      runs.push(...capitalisedRuns(text, run, true))
    else if (run.length > 0)
      for (const piece of splitAtConnectors(run)
        .flatMap(splitGlued)
        .flatMap(splitBeforeTitle)
        .flatMap(splitNameList))
        runs.push(withoutPostNominals(piece))
    run = []
  }
  // `Robert "LaVoy" Finicum`, `Marion "Suge" Knight`: a nickname in quotation marks between a
  // given name and a surname is no part of the name, and does not break it.
  let nickname = false
  for (const token of tokens) {
    const previous = run.at(-1)
    const bridged = nickname && previous !== undefined
    nickname = false
    if (
      previous !== undefined &&
      opensQuote(text.charCodeAt(previous.end + 1)) &&
      /^ ["“][^"“”\n]*$/.test(text.slice(previous.end, token.start)) &&
      quotedNicknameEnd.test(text.slice(token.end, token.end + 4)) &&
      ((run.length === 1 && givenNames.has(lexiconKey(previous.text))) ||
        // (`President Joko “Jokowi” Widodo`: after a title, a given name the lexicon lacks.)
        (run.length >= 2 &&
          titleWords.has(run.at(-2)?.text.toLowerCase().replace(/\.$/, '') ?? '')))
    ) {
      nickname = true
      continue
    }
    const joins =
      previous !== undefined &&
      (adjacent(text, previous, token) ||
        (bridged && /^ ["“][^"“”\n]{1,20}["”] $/.test(text.slice(previous.end, token.start))) ||
        // `Dwight Lincoln Hammond, Jr.`: a generation after a comma is still the name.
        (generation.test(token.text) && /^, ?$/.test(text.slice(previous.end, token.start))))
    // `Jo Park Slams`: right after a given name that opens a run, even an ordinary word may be a surname.
    // (Not a pronoun: `Message To Hillary She Never Saw Coming`.)
    const afterGivenName =
      run.length === 1 &&
      previous !== undefined &&
      givenNames.has(lexiconKey(previous.text)) &&
      !functionWords.has(token.text.toLowerCase()) &&
      !titledPronoun.test(token.text)
    if (
      titleCase &&
      !afterGivenName &&
      (isHeadlineWord(token.text) ||
        (run.length > 0 && functionWords.has(token.text.toLowerCase())))
    ) {
      flush()
    } else if (articledSurname.test(token.text) && !(joins && run.length > 0)) {
      flush()
    } else if (joins && run.length > 0 && madeModifier.test(token.text)) {
      // `George W. Bush-era White House counsel`: the name ends in the modifier it makes.
      const stem = token.text.slice(0, token.text.lastIndexOf('-'))
      run.push({ ...token, text: stem, end: token.start + stem.length })
      flush()
    } else if (token.text.startsWith('@') && platforms.has(previous?.text ?? '')) {
      // `Follow Jo Park on Twitter @jopark`: the handle is the account's, not the platform's.
      flush()
      run.push(token)
    } else if (isNameWord(token.text)) {
      // `said analyst Vadim Mitroshin The dispute …`, `Vase and Garland This easy decoration`: a
      // sentence whose stop was lost; a capital `The` or `This` before a word in lower case opens
      // the next (not `We The People`).
      const lostStop =
        /^(?:The|This|These|Those)$/.test(token.text) &&
        previous !== undefined &&
        /^\s+\p{Ll}/u.test(text.slice(token.end, token.end + 2))
      if (!joins || lostStop || (token.sentenceStart && run.length > 0)) flush()
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

/** `"` or `“`, by its code: asked of every word after a lone given name. */
function opensQuote(code: number): boolean {
  return code === 0x22 || code === 0x201c
}

// The close of a one-word nickname, then the surname: `LaVoy" Finicum`.
const quotedNicknameEnd = /^["”] \p{Lu}/u

/** `Jr.`, `Sr`, `III`: a generation, which ends a name (`Dwight Lincoln Hammond, Jr.`). */
export const generation = /^(?:Jr\.?|Jnr\.?|Sr\.?|Snr\.?|II|III|IV)$/
const platforms = new Set(['Twitter', 'X', 'Instagram', 'Facebook', 'TikTok', 'Threads', 'Bluesky'])

// `Jeb Can Fix It`: words that no surname is.
const functionWords = new Set(
  'can will is was are has had does did may might must should could would even just also not now says said to in on at for of and or but the a an as by with'.split(
    ' ',
  ),
)

// Verbs and particles that only title case capitalises inside a run of names.
const titleCaseTells = new Set(
  'to is was are has had have can could would should might does did says wants'.split(' '),
)

/** Does a word inside the run say it is a title-case headline (`Has`, `To`, an inner `On`)? */
function hasTitleCaseTell(run: Token[]): boolean {
  // (Whether the run is all in capitals is asked once, not for each `IN`: a long run stays linear.)
  let inCapitals: boolean | undefined
  return run.some((token, index) => {
    if (index === 0) return false
    // `Follow Jo Park On Twitter`: a preposition no name holds, in title case, between two
    // capitalised words (not last: `The Show Must Go On`).
    if (token.text === 'On' || token.text === 'In') return index < run.length - 1
    // (In capitals, only in a long run of capitals: `RYAN LOCHTE IN HOT WATER IN BRAZIL`.)
    if ((token.text === 'ON' || token.text === 'IN') && run.length >= 5 && index < run.length - 1) {
      inCapitals ??= run.every((word) => /^[\p{Lu}\d’'-]+$/u.test(word.text))
      return inCapitals
    }
    return titleCaseTells.has(token.text.toLowerCase()) && isCapitalised(token.text)
  })
}

// `She`, `His`: a pronoun in title case (not `US` or `IT` in capitals).
const titledPronoun = /^(?:He|She|It|We|They|You|Him|Her|His|Its|Our|Their|My|Your|Them|Us|Me)$/
// `The 1 Thing He Thinks`: a pronoun, which no name is.
const pronouns = new Set(
  'i he she it we they you him her his its our their my your them us me'.split(' '),
)

/** `Contradicts`, `Himself`, `In`, `He`: a word of a title-case headline that no name holds. */
function isHeadlineWord(word: string): boolean {
  const key = word.toLowerCase()
  // (`US` in capitals is the country.)
  if (pronouns.has(key) && word !== 'US') return true
  return (
    (commonWords.has(key) || commonWords.has(singular(key))) &&
    !givenNames.has(key) &&
    !knownPlaces.has(key) &&
    !organizationWords.has(key) &&
    !titleWords.has(key)
  )
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
      (nameParticles.has(word) &&
        index > 0 &&
        (isCapitalised(run[index + 1]?.text ?? '') ||
          // (`Ursula von der Leyen`, `Maria de la Cruz`: two particles, then the name's word.)
          (nameParticles.has((run[index + 1]?.text ?? '').toLowerCase()) &&
            isCapitalised(run[index + 2]?.text ?? ''))))
    ) {
      piece.push(token)
      continue
    }
    const before = (piece.at(-1)?.text ?? '').toLowerCase()
    const after = (run[index + 1]?.text ?? '').toLowerCase()
    // `Jammu and Kashmir`, `Trinidad and Tobago`: a place whose name holds `and`;
    // `Minister for Planning and Special Initiatives Ahsan Iqbal`: a portfolio.
    // `Department for Work and Pensions`, `Ministry of Science and Technology`: a body's remit.
    if (
      word === 'and' &&
      (knownPlaces.has(`${before} and ${after}`) ||
        (inPortfolio(piece) && !nameEndsPortfolio(piece, run, index)) ||
        (inRemit(piece) &&
          // (Not `Office of the Deputy Prime Minister and …`: a post's words, split apart later.)
          !piece.some((token) => token.text === 'and' || postWord.test(token.text)) &&
          // (Not `House of Fraser and Woolworths`, `… Daggers and UK`, `Department of Energy and
          // Department of Justice`: another name after `and`.)
          ![givenNames, titleWords, knownPlaces, placeAliases, placeNames].some((names) =>
            names.has(after),
          ) &&
          !nameAfter(run, index + 1).some((next) =>
            organizationHeads.has(next.text.toLowerCase()),
          )))
    ) {
      piece.push(token)
      continue
    }
    // `Secretary of State`, `Minister for Climate Change`, `Ministry of Foreign Affairs`, `Bank of the West`
    const keep =
      (word === 'and' &&
        endsAsOrganization &&
        !titleWords.has((run[index + 1]?.text ?? '').toLowerCase())) ||
      ((word === 'of' || word === 'for' || (word === 'on' && !venues.has(before))) &&
        (organizationHeads.has(before) ||
          organizationWords.has(before) ||
          // (Not `a word from the Lord for Donald Trump`: no post is a lord's for something.)
          (titleWords.has(before) && !(before === 'lord' && word === 'for')))) ||
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

/** `Federal Minister for Planning`: a title, then `for` or `of` and what it covers, and no name yet. */
function inPortfolio(piece: Token[]): boolean {
  const opens = piece.findIndex(
    (token, index) =>
      (token.text === 'for' || token.text === 'of') &&
      titleWords.has((piece[index - 1]?.text ?? '').toLowerCase()),
  )
  return opens >= 0 && piece.slice(opens).every((token) => !givenNames.has(lexiconKey(token.text)))
}

/**
 * `Minister for Information Attaullah Tarar and DG ISPR Lt Gen …`: two words in a row after `for`
 * or `of` that a name may open with and no portfolio holds are a name; with a title after `and`,
 * `and` joins two people.
 */
function nameEndsPortfolio(piece: Token[], run: Token[], and: number): boolean {
  if (!startsTitle(run, and + 1)) return false
  const opens = piece.findIndex((token) => token.text === 'for' || token.text === 'of')
  return piece.slice(opens + 1).some((token, index, rest) => {
    const next = rest[index + 1]
    return next !== undefined && isUnknownNameWord(token.text) && isUnknownNameWord(next.text)
  })
}

/** The name that starts at `from`, up to the next connector: `Department of Justice` of `… and Department of Justice and the …`. */
function nameAfter(run: Token[], from: number): Token[] {
  const end = run.findIndex((token, index) => index >= from && /^(?:and|the|or)$/.test(token.text))
  return run.slice(from, end === -1 ? run.length : end)
}

const postWord =
  /^(?:Prime|Minister|Deputy|Secretary|President|Chairman|Governor|Mayor|Chancellor|Director|Commissioner|Speaker)$/

/** `Department for Work`, `Ministry of Science`: a body's head word, `for` or `of`, and what it covers. */
function inRemit(piece: Token[]): boolean {
  return piece.some(
    (token, index) =>
      (token.text === 'for' || token.text === 'of') &&
      organizationHeads.has((piece[index - 1]?.text ?? '').toLowerCase()) &&
      index < piece.length - 1,
  )
}

const longestPlace = 4
// The first word of every known place: `khyber` of `Khyber Pakhtunkhwa`.
const placeStarts = new Set([...knownPlaces].map((place) => place.split(' ')[0] ?? ''))

// Small words a phrase in capitals holds and a name does not (`LEFT A NOTE`, `GOES TO WAR`).
const shoutedSmallWords = new Set(['A', 'AN', 'THE', 'TO', 'OF', 'IS', 'ON', 'FOR', 'WITH', 'IT'])

/**
 * A run that glues a place or a weekday to a person's name, cut apart:
 *
 *     Khyber Pakhtunkhwa Faisal Karim Kundi     → Khyber Pakhtunkhwa · Faisal Karim Kundi
 *     Peshawar Division Riaz Khan Mehsud        → Peshawar Division · Riaz Khan Mehsud
 *     Azad Kashmir Barrister Sultan Chaudhry    → Azad Kashmir · Barrister Sultan Chaudhry
 *     Muhammad Aurangzeb Monday                 → Muhammad Aurangzeb
 *     Lisa Be LifeBuzz Staff                    → Lisa Be · LifeBuzz Staff
 *     Stephen Paddock LEFT A NOTE               → Stephen Paddock
 *
 * A place is cut off only before a given name, a title (when a title stands
 * before the place too), or (after a word such as `Division`) any name:
 * `New York Times`, `Islamabad High Court` and `US Secretary of State Antony
 * Blinken` stay whole.
 */
function splitGlued(run: Token[]): Token[][] {
  if (run.length < 2) return [run]
  // `Stephen Paddock LEFT A NOTE`: a name, then a phrase shouted in capitals (it holds a small
  // word such as `A` or `THE`), which is none of it.
  const shouted = run.findIndex((token) => /^\p{Lu}+$/u.test(token.text))
  if (
    shouted >= 2 &&
    run.length - shouted >= 2 &&
    run.slice(0, shouted).every((token) => /^\p{Lu}\p{Ll}/u.test(token.text)) &&
    run.slice(shouted).every((token) => /^\p{Lu}+$/u.test(token.text)) &&
    run.slice(shouted).some((token) => shoutedSmallWords.has(token.text))
  )
    return [run.slice(0, shouted)]
  // `Lisa Be LifeBuzz Staff`: a name run together in the middle (`LifeBuzz`) is a body's, after a
  // given name and a surname.
  // (`By Lisa Be …`: past an opening word.)
  const body = run.findIndex((token, index) => index >= 2 && runTogether.test(token.text))
  if (body > 0) {
    const given = run.findIndex((token) => givenNames.has(lexiconKey(token.text)))
    if (given >= 0 && given <= 1 && body >= given + 2)
      return [run.slice(0, body), ...splitGlued(run.slice(body))]
  }
  const lower = run.map((token) => token.text.toLowerCase())
  // `… Monday said`: a weekday ends the name and is none of it.
  const weekday = lower.findIndex((word, index) => index > 0 && weekdays.has(word))
  if (weekday > 0)
    return [...nonEmpty(trimmed(run.slice(0, weekday))), ...nonEmpty(run.slice(weekday + 1))]
  // `For Jeff Sessions San Francisco’s policy`: a full name, then a place of two or three words
  // (not of one: `George Washington`, `Michael Jordan`).
  // (`For Jeff Sessions …`: past an opening word.)
  const given =
    run.length >= 4 ? run.findIndex((token) => givenNames.has(lexiconKey(token.text))) : -1
  if (given >= 0 && given <= 1 && run.length - given >= 4)
    for (let size = Math.min(3, run.length - given - 2); size >= 2; size--) {
      const place = lower
        .slice(-size)
        .join(' ')
        .replace(/['’]s$/, '')
      if (knownPlaces.has(place)) return [run.slice(0, -size), run.slice(-size)]
    }
  for (let start = 0; start < run.length - 1; start++) {
    // Only a word that can open a place starts one: most runs have none, and cost a lookup a word.
    if (!placeStarts.has(lower[start] ?? '')) continue
    for (let size = Math.min(longestPlace, run.length - start - 1); size >= 1; size--) {
      if (!knownPlaces.has(lower.slice(start, start + size).join(' '))) continue
      // (`Judge Sofia Waqar Khattak`: a place's word that is a given name, right after a title,
      // opens the name.)
      if (
        size === 1 &&
        titleWords.has(lower[start - 1] ?? '') &&
        givenNames.has(lexiconKey(run[start]?.text ?? ''))
      )
        continue
      let cut = start + size
      const area = areaWords.has(lower[cut] ?? '')
      if (area) cut++
      const rest = run.slice(cut)
      const head = lower[cut] ?? ''
      // `US Secretary of State Antony Blinken`, `Punjab Chief Minister Maryam Nawaz`: a place
      // that opens the run before a title belongs to the title.
      const title = titleWords.has(head) && start > 0
      // (`Coordinator Balochistan Inam-ul-Haq`: or a name joined by an Arabic article.)
      const person = title || givenNames.has(lexiconKey(head)) || joinedName.test(head)
      if (rest.length === 0 || !(person || (area && rest.length >= 2))) continue
      return [run.slice(0, cut), ...splitGlued(rest)]
    }
  }
  return [run]
}

/**
 * Names listed with no commas between them, as a poll's options print:
 *
 *     Dianne Feinstein Maxine Waters Adam Schiff → Dianne Feinstein · Maxine Waters · Adam Schiff
 *
 * Only when every pair is a given name and a surname that is none (not `Martin Luther King Jr`),
 * and there are three pairs or more.
 */
function splitNameList(run: Token[]): Token[][] {
  // (Three pairs at least: `Syed Muzaffar Shah Qadri`, `Rana Mashood Ahmed Khan` are one name each.)
  if (run.length < 6 || run.length % 2 !== 0) return [run]
  const pairs: Token[][] = []
  for (let index = 0; index < run.length; index += 2) {
    const given = lexiconKey(run[index]?.text ?? '')
    const surname = lexiconKey(run[index + 1]?.text ?? '')
    if (!givenNames.has(given) || (givenNames.has(surname) && !surnames.has(surname))) return [run]
    pairs.push(run.slice(index, index + 2))
  }
  return pairs
}

function nonEmpty(run: Token[]): Token[][] {
  return run.length > 0 ? splitGlued(run) : []
}

/** `Independent on` (of `Independent on Sunday`): no connector ends a run. */
function trimmed(run: Token[]): Token[] {
  let end = run.length
  while (end > 0 && !isNameWord(run[end - 1]?.text ?? '')) end--
  return run.slice(0, end)
}

/**
 * A title inside a run starts a new one; what stands before it is the
 * employer or the place, named apart:
 *
 *     Edhi Foundation Chairman Faisal Edhi        → Edhi Foundation · Chairman Faisal Edhi
 *     Jefferson Parish Sheriff Harry Lee          → Jefferson Parish · Sheriff Harry Lee
 *     Inspector General Police Punjab Dr Usman Anwar → Inspector General Police Punjab · Dr Usman Anwar
 *
 * A run that opens with a title or its modifiers keeps them (`US Secretary of
 * State Antony Blinken`); a title word that follows a given name is a
 * surname (`John Major`), and one that ends the run names nobody after it.
 */
function splitBeforeTitle(run: Token[]): Token[][] {
  // A prefix, a title and a name: most runs are too short to hold all three.
  if (run.length < 3) return [run]
  const opening = startsTitle(run, 0) ? splitTitle(run).title.length + 1 : 1
  // `Chairman PTI Imran Khan`, `DG ISPR Major General Ahmed Sharif`: a title, the acronym of what it
  // heads, then a name of two words or more. Not `Senator JD Vance` nor `Chief Justice SM Atiq Shah`,
  // whose initials are their names (two letters are an acronym only when known: `KP`), nor
  // `CEO of SI Global Solutions`, `Vice-President PHF Women Wing`, where a body's name goes on.
  const acronym = run[opening - 1]?.text ?? ''
  const rest = run.slice(opening)
  if (
    opening > 1 &&
    rest.length >= 2 &&
    /^\p{Lu}{2,}$|^\p{Lu}+(?:&\p{Lu}+)+$/u.test(acronym) &&
    (acronym.length > 2 || acronym.includes('&') || isKnownAcronym(acronym)) &&
    !givenNames.has(lexiconKey(acronym)) &&
    !connectors.has(run[opening - 2]?.text ?? '') &&
    !rest.some((token) => organizationWords.has(token.text.toLowerCase()))
  )
    return [
      run.slice(0, opening),
      ...splitBeforeTitle(
        run
          .slice(opening)
          .map((token, at) =>
            at === 0 ? { ...token, headedBy: run.slice(0, opening - 1) } : token,
          ),
      ),
    ]
  // `CEO Roots IVY Neha Mudassir`: a title, a body's name of a word and an acronym, then a name
  // that opens with a given name.
  const body = run.slice(opening - 1, opening + 1)
  const holder = run.slice(opening + 1)
  if (
    opening > 1 &&
    holder.length >= 2 &&
    /^\p{Lu}{3,}$/u.test(body[1]?.text ?? '') &&
    /^\p{Lu}\p{Ll}+$/u.test(body[0]?.text ?? '') &&
    !givenNames.has(lexiconKey(body[0]?.text ?? '')) &&
    !titleWords.has((body[0]?.text ?? '').toLowerCase()) &&
    givenNames.has(lexiconKey(holder[0]?.text ?? ''))
  )
    return [
      body,
      [{ ...(holder[0] as Token), headedBy: run.slice(0, opening - 1) }, ...holder.slice(1)],
    ]
  for (let index = opening; index < run.length - 1; index++) {
    if (!titleWords.has((run[index]?.text ?? '').toLowerCase())) continue
    if (!startsTitle(run, index)) continue
    // (`South Carolina Sen. Lindsey Graham`: a given name that ends a place's name is the place's.)
    const placeEnds = knownPlaces.has(
      `${run[index - 2]?.text ?? ''} ${run[index - 1]?.text ?? ''}`.toLowerCase(),
    )
    if (givenNames.has(lexiconKey(run[index - 1]?.text ?? '')) && !placeEnds) continue
    const before = run.slice(opening - 1, index)
    // `Chief Petty Officer Lyle White`: one word between two titles makes one title.
    if (opening > 1 && before.length < 2) continue
    const { name } = splitTitle(run.slice(index))
    // (`Financial Advisor Magazine`: a body's name goes on after the title word; `Equal Justice
    // Under Law`: a motto's words.)
    if (
      name.length === 0 ||
      name.every((token) => organizationWords.has(token.text.toLowerCase())) ||
      opensNoName.test(name[0]?.text ?? '')
    )
      continue
    // `Amer Tufail Managing Director of …`: the title's own modifiers go with it.
    let cut = index
    while (cut - 1 > opening && isTitleModifier(run[cut - 1]?.text ?? '')) cut--
    const employer = run
      .slice(opening - 1, cut)
      .map((token, at) => (at === 0 ? { ...token, employer: true } : token))
    return [[...run.slice(0, opening - 1), ...employer], ...splitBeforeTitle(run.slice(cut))]
  }
  // `Hyderabad DC Syed Tahir Naqvi`, `Lahore SSP Ali Raza`: the district, then its officer.
  const district = run[0]?.text.toLowerCase() ?? ''
  if (
    run.length >= 4 &&
    knownPlaces.has(district) &&
    districtPosts.has(run[1]?.text.toLowerCase() ?? '')
  )
    return [[{ ...(run[0] as Token), employer: true }], ...splitBeforeTitle(run.slice(1))]
  const posted = postAfterBody(run)
  if (posted) {
    const name = run.slice(posted.name)
    return [
      run.slice(0, posted.body),
      [{ ...(name[0] as Token), headedBy: run.slice(posted.body, posted.name) }, ...name.slice(1)],
    ]
  }
  const afterBody = bodyBeforeName(run)
  if (afterBody > 0) {
    // (`UN Asim Iftikhar`: a full name after a body's acronym is its official's, titled or not.)
    const name = run.slice(afterBody)
    const headed =
      afterBody === 1 && name[0] && givenNames.has(lexiconKey(name[0].text))
        ? [{ ...name[0], headedBy: [] }, ...name.slice(1)]
        : name
    return [run.slice(0, afterBody), headed]
  }
  return [run]
}

/** `Managing`, `Executive`, `Deputy`: a word that opens a title before its head, and no name. */
function isTitleModifier(word: string): boolean {
  return /^(?:Managing|Executive|Deputy|Assistant|Associate|Vice|Acting|Senior|Chief)$/.test(word)
}

/** `KP`, `UN`: two capitals that name a place or a body, not a person's initials. */
function isKnownAcronym(word: string): boolean {
  const key = word.toLowerCase()
  return knownPlaces.has(key) || placeAliases.has(key) || organizationNames.has(key)
}

// A word shaped like a role's: `Investor`, `Advocate`, `Member`.
const postNoun = /^\p{Lu}\p{Ll}{2,}(?:or|er|ist|ent|ant|ate|ary|ive|ian|ee)$/u

/**
 * `Securities and Exchange Commission Investor Advocate Rick Fleming`: a body's name, a post
 * in title case that no title list holds (words shaped like a role's: `Investor Advocate`,
 * `Assembly Member`), then a given name and a surname. Where the post and the name start, or
 * null.
 */
function postAfterBody(run: Token[]): { body: number; name: number } | null {
  const body = run.findIndex(
    (token, at) =>
      at >= 1 && at < run.length - 3 && organizationWords.has(token.text.toLowerCase()),
  )
  if (body === -1) return null
  const name = run.length - 2
  const post = run.slice(body + 1, name)
  const named =
    post.length <= 3 &&
    givenNames.has(lexiconKey(run[name]?.text ?? '')) &&
    post.every(
      (token) =>
        // (Not `Hazara Division Fayyaz Ali Shah`, `Malakand Division Sher Akbar Khan`: a word
        // that may open the name.)
        postNoun.test(token.text) &&
        !givenNames.has(lexiconKey(token.text)) &&
        !organizationWords.has(token.text.toLowerCase()) &&
        !knownPlaces.has(token.text.toLowerCase()),
    )
  return named ? { body: body + 1, name } : null
}

/**
 * `Pakistan Peoples Party Zulfiqar Ali Bhutto`: a body's name and, right
 * after its last word, a person's name. Where the name starts, or 0.
 */
function bodyBeforeName(run: Token[]): number {
  // `Sindh Inspector General of Police Ghulam Nabi Memon`: a title's portfolio is no body.
  if (startsTitle(run, 0)) return 0
  // `… to the UN Asim Iftikhar`: a known body's acronym, then a name of two to four words.
  const acronym = run[0]?.text ?? ''
  const named = run.slice(1)
  if (
    /^\p{Lu}{2,}$/u.test(acronym) &&
    isKnownAcronym(acronym) &&
    named.length >= 2 &&
    named.length <= 4 &&
    (givenNames.has(lexiconKey(named[0]?.text ?? '')) ||
      named.every((token) => isUnusual(token.text)))
  )
    return 1
  // `Deputy Director at TDAP Ayaz Muhammad`: a body's letters the lexicon lacks, three or more,
  // then a given name (not a post's letters: `MNA Ali Khan`, `SHO Tariq Aziz`).
  if (
    /^\p{Lu}{3,6}$/u.test(acronym) &&
    !titleWords.has(acronym.toLowerCase()) &&
    named.length >= 2 &&
    named.length <= 4 &&
    givenNames.has(lexiconKey(named[0]?.text ?? ''))
  )
    return 1
  for (let index = 1; index < run.length - 2; index++) {
    if (!organizationWords.has((run[index]?.text ?? '').toLowerCase())) continue
    const rest = run.slice(index + 1)
    if (givenNames.has(lexiconKey(rest[0]?.text ?? ''))) return index + 1
    // `… Party Zulfiqar Ali Bhutto`: two to four words that are neither ordinary nor places.
    if (rest.length <= 4 && rest.every((token) => isUnusual(token.text))) return index + 1
  }
  return 0
}

function isUnusual(word: string): boolean {
  const key = lexiconKey(word)
  return (
    !commonWords.has(key) &&
    !knownPlaces.has(key) &&
    !organizationWords.has(key) &&
    !titleWords.has(key)
  )
}

// `Jane Marriott CMG OBE`, `Frank Field MP`: honours and seats written after a name are none of it;
// nor is a lawyer's `Advocate` (`Aminur Rehman Advocate`, as Pakistani papers write it).
const postNominals = new Set([
  'advocate',
  'obe',
  'mbe',
  'cbe',
  'kbe',
  'dbe',
  'cmg',
  'kcmg',
  'qc',
  'kc',
  'phd',
  'mp',
  // `Major General Shahid Mahmood Kayani HI(M)`: Pakistan's civil and military awards.
  'hi',
  'si',
  'ti',
  'hj',
  'sj',
])

/** `OBE`, `MP`, `Advocate`: a word written after a name that is no part of it. */
export function isPostNominal(word: string): boolean {
  return postNominals.has(word.toLowerCase())
}

function withoutPostNominals(run: Token[]): Token[] {
  let end = run.length
  // (`written by Jack Trombey Courtesy of De Wolfe Music`: a credit's word after the name.)
  while (end > 1 && (isPostNominal(run[end - 1]?.text ?? '') || run[end - 1]?.text === 'Courtesy'))
    end--
  return end === run.length ? run : run.slice(0, end)
}
