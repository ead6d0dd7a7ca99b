import { outletNames } from '../data/byline.js'
import { isEnglishWord } from '../data/english-words-lookup.js'
import {
  commonWords,
  givenNames,
  lexiconKey,
  organizationNames,
  placeNames,
  surnames,
} from '../data/lexicon.js'
import { months, weekdays } from '../data/months.js'
import { namePrefixes } from '../data/names.js'
import {
  congregationWords,
  faiths,
  organizationHeads,
  organizationWords,
  partyMemberNouns,
  partyMembers,
  placeAliases,
} from '../data/organizations.js'
import { areaWords, knownPlaces } from '../data/places.js'
import { speechVerbForms } from '../data/speech-verbs.js'
import {
  districtPosts,
  kinWords,
  personalHonorifics,
  surnameTitles,
  titleHeads,
  titles,
  titleWords,
} from '../data/titles.js'
import {
  coverEnding,
  isCompoundDemonym,
  isDemonym,
  isModifier,
  isPeopleName,
  opensNoName,
  singular,
  splitTitle,
  startsTitle,
} from './split-title.js'
import { isCapitalised, madeModifier, runTogether, type Token } from './tokens.js'

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

// `Sixteen-year-old Hunter Richard`, `Irishmen JP McManus`, `Rotarian Krish Fernando`: an age,
// a nationality or a club's membership before a name.
const describesPerson =
  /^(?:[\p{L}\d]+-year-old|(?:irish|english|french|welsh|dutch|cornish|scots|country)(?:m[ae]n|wom[ae]n)|rotarian|freemason)$/u

// Letters written after a name: a seat's (`MP`, `MSP`, `MNA`), a silk's (`QC`) or an honour's (`OBE`).
const postNominals = new Set([
  'MP',
  'MSP',
  'MEP',
  'MLA',
  'MNA',
  'MPA',
  'QC',
  'KC',
  'OBE',
  'MBE',
  'CBE',
  'KBE',
])

const connectorAfter = new Set(['of', 'for', 'and'])
// Words that end a firm's name (`SI Global Solutions`) and open sentences as plain words.
const firmTrades = new Set(['solutions', 'consultants', 'consulting'])
const adjectiveTitles = new Set(['general', 'major', 'private'])
const nameHonorifics = new Set([
  'shaheed',
  // `Sardar Ashraf D Baluch Private Limited`, `Mian Channu Sugar Mills`
  'sardar',
  'mian',
  'mohtarma',
  'hazrat',
  // `Allama Iqbal Open University`
  'allama',
  'maulana',
  'sir',
  'dame',
  'lord',
  'lady',
  'saint',
  'st',
  'st.',
])

// `DiCaprio`, `McAdams`, `MacLeod`, `DeSantis`, `O’Brien`: a particle run into a capital.
const particleCapital = /^(?:Mc|Mac|Di|De|Da|La|Le|Van|Von|O['’])\p{Lu}\p{Ll}{2,}$/u

/** `Nevada Democrat Lucy Flores`, `Ohio Republican Jim Jordan`: a state and a party's member before a full name. */
function memberOfStateAt(tokens: Token[], at: number): boolean {
  return (
    at < tokens.length - 3 &&
    knownPlaces.has(tokens[at]?.text.toLowerCase() ?? '') &&
    partyMembers.has(tokens[at + 1]?.text.toLowerCase() ?? '') &&
    givenNames.has(lexiconKey(tokens[at + 2]?.text ?? ''))
  )
}

/** `MP for …`, `MSP for …`, `MEP for …`: a member's post, whose `for` names a seat. */
function isMemberPost(title: Token[]): boolean {
  return /^M[PS]?[PS]$|^MEP$/.test(title[0]?.text ?? '')
}

/** `Zephyr Teachout`: two capitalised words, neither known as anything but a name. */
function twoUnknownNameWords(tokens: Token[], at: number): boolean {
  return [tokens[at], tokens[at + 1]].every(
    (token) =>
      token !== undefined &&
      /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
      !isKnownWord(lexiconKey(token.text)) &&
      !knownPlaces.has(token.text.toLowerCase()),
  )
}

/** `The Capital Development Authority` → `Capital Development Authority`; `Highlighting` → nothing. */
function withoutOrdinaryOpening(tokens: Token[]): Token[] {
  // `Time Warner said`: a known body's name opens with an ordinary word.
  if (tokens.length > 1 && tokens.length <= 6 && organizationNames.has(lower(tokens))) return tokens
  // `South Carolina voters`, `New York said`: so does a known place.
  if (tokens.length > 1 && tokens.length <= 4 && knownPlaces.has(lower(tokens))) return tokens
  let start = 0
  while (start < tokens.length) {
    const token = tokens[start]
    if (token === undefined) break
    const word = token.text.toLowerCase()
    // `City of Westerville`: an opening word that a connector joins to a name stays.
    if (connectorAfter.has(tokens[start + 1]?.text ?? '')) break
    const job = occupation.test(word) || jobsJoined(word)
    const demonym = isDemonym(token.text)
    const givenAt = (at: number) => givenNames.has(lexiconKey(tokens[at]?.text ?? ''))
    if (
      (describesPerson.test(word) && start < tokens.length - 1) ||
      // `Democrat Hillary Clinton`, `Ohioan John Boehner`: a party's member or a demonym before a full name.
      ((partyMembers.has(word) || demonym) && start < tokens.length - 2 && givenAt(start + 1)) ||
      // `Lib Dem Norman Baker`: the Liberal Democrats' short name, then its member's.
      (word === 'lib' && tokens[start + 1]?.text === 'Dem' && start < tokens.length - 3) ||
      // `progressive Democrat Zephyr Teachout`: a party's member before two words, neither of
      // them an ordinary word, a body's or a place, whatever the given name.
      (partyMembers.has(word) &&
        start === tokens.length - 3 &&
        twoUnknownNameWords(tokens, start + 1)) ||
      // `Russian Svetlana Kuznetsova`: a demonym before two names, the last a surname.
      (demonym &&
        start === tokens.length - 3 &&
        isSurnameKey(lexiconKey(tokens.at(-1)?.text ?? ''))) ||
      // `Nevada Democrat Lucy Flores`: the member's state first.
      memberOfStateAt(tokens, start) ||
      // `Portuguese Guitarist Pedro Joia`: where someone is from and what they do, capitalised,
      // before a given name.
      // (Not a title: `Editor-in-Chief Paulo Menard` keeps it.)
      (start < tokens.length - 2 &&
        (job
          ? givenAt(start + 1) && !startsTitle(tokens, start)
          : demonym &&
            occupation.test(tokens[start + 1]?.text.toLowerCase() ?? '') &&
            givenAt(start + 2))) ||
      // `Pakistani-American Zahir Jaffer`: demonyms joined say where someone is from, whatever the name;
      // so does `Dutch-born Anton Corbijn`; `Top-ranked Nelly Korda`, `Two-time Ann Lee` say how good.
      ((isCompoundDemonym(token.text) ||
        /-(?:born|raised|bred|ranked|seeded|time)$/i.test(token.text)) &&
        start < tokens.length - 2) ||
      // `State-owned Rosneft`, `Obama-era Justice Department`: a name made a modifier, before
      // what it qualifies.
      (madeModifier.test(token.text) && start < tokens.length - 1)
    ) {
      start++
      continue
    }
    // `Striker Didier Drogba`, `Novelist Arthur Hailey`: an occupation opening a sentence is no name;
    // nor is an adverb (`Apparently Lindsey’s posts`).
    // (`M Usman Anwar`: a bare initial before a given name opens the name.)
    const initial =
      /^[B-HJ-Z]$/.test(token.text) && givenNames.has(lexiconKey(tokens[start + 1]?.text ?? ''))
    // (`Prosecutors, who …`: the plural of a word for what people are or do, too.)
    const one = word.endsWith('s') ? singular(word) : word
    const ordinary =
      !initial &&
      (commonWords.has(word) ||
        job ||
        isAdverb(word) ||
        (one !== word && (occupation.test(one) || personAppositiveWords.has(one)))) &&
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

/**
 * `Public`, `Health`, `Sindh`, `Sports`: a word of what a post covers, not of a
 * name. A plural (`Sports`, `Affairs`) only where no surname can stand (not `Blears`).
 */
// `Gov. Butch Otter`, `Mr. bin Laden`, `Sir Tom Moore`: after an honorific, ordinary English
// words are a person's name.
function honorificLast(title: Token[]): boolean {
  const last = title.at(-1)?.text ?? ''
  return (
    last.endsWith('.') || /^(?:mr|mrs|ms|miss|mx|dr|gov|sen|rep|sir|dame|lord|lady)$/i.test(last)
  )
}

// `Epidemiology`, `Economics`, `Management`, `Taxation`: a field's or an abstract noun's ending.
const fieldEnding = /(?:logy|graphy|ics|ment|tion|sion|ness|ship|ism|ity|ance|ence|ure|ing|try)$/
function isPortfolioOpening(word: string, plural = true, dictionary = true): boolean {
  const key = lexiconKey(word)
  if (givenNames.has(key) || surnames.has(key) || /^\p{Lu}+$/u.test(word)) return false
  return (
    commonWords.has(key) ||
    // (`Inland Revenue`, `Consumer Products`.)
    (dictionary && isEnglishWord(key)) ||
    placeNames.has(key) ||
    isModifier(key) ||
    coverEnding.test(key) ||
    // `Environmental`, `Parliamentary`, `Legislative`: an adjective of what the post covers.
    (key.length > 6 && /(?:al|ive|ary|ic|ous)$/.test(key)) ||
    (plural && /[^s]s$/.test(key))
  )
}

/**
 * `Public Health Engineering Bilal Yasin`, `Sports Malik Faisal Ayub Khokhar`
 * (the end of a portfolio cut off by a comma), `Investment Sindh Raja Khurram
 * Shahzad`: ordinary words and places before a given name and a surname are
 * what the person is in charge of. Not `Saint Louis Blues`, whose last word is
 * an ordinary one.
 */
function withoutPortfolioOpening(tokens: Token[]): Token[] {
  for (let at = 1; at < tokens.length - 1 && at <= 4; at++) {
    const key = lexiconKey(tokens[at]?.text ?? '')
    if (givenNames.has(key) && !commonWords.has(key)) {
      const opening = tokens.slice(0, at)
      const rest = tokens.slice(at + 1)
      const isOpening = opening.every(
        (token, index) => isPortfolioOpening(token.text) && !startsTitle(tokens, index),
      )
      // (`State Hillary Clinton`: a surname that is an ordinary word too may end it alone; not a
      // plural, `Saint Louis Blues`.)
      const isName =
        rest.length <= 3 &&
        rest.every((token) => {
          const word = token.text.toLowerCase()
          return (
            !isKnownWord(word) ||
            (rest.length === 1 &&
              !word.endsWith('s') &&
              !organizationWords.has(word) &&
              !titleWords.has(word) &&
              !partyMembers.has(word) &&
              !isModifier(token.text) &&
              !/^(?:one|two|three|four|five|six|seven|eight|nine|ten|dynasty|empire|book)$/.test(
                word,
              ))
          )
        })
      if (isOpening && isName) return tokens.slice(at)
      // `Australian Hew Raymond Griffiths`: a word no lexicon knows may open the name right
      // before its given name, after a people's or a portfolio's words.
      const before = tokens[at - 1]
      const shorter = tokens.slice(0, at - 1)
      if (
        isName &&
        before !== undefined &&
        shorter.length > 0 &&
        /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
        !isPortfolioOpening(before.text) &&
        !isKnownWord(before.text.toLowerCase()) &&
        shorter.every(
          (token, index) => isPortfolioOpening(token.text) && !startsTitle(tokens, index),
        )
      )
        return tokens.slice(at - 1)
      return tokens
    }
  }
  return tokens
}

// `TimeWarner`, `GreatFire`, and `TheDC`, `TheBlaze`: `The` run together with a name is an outlet's.
const camelCase = new RegExp(String.raw`${runTogether.source}|^The\p{Lu}`, 'u')
const webAddress = /\.(?:com|org|net|gov|edu|co|io|pr|info|us|uk|tv|ly)$/
const awardWords = new Set([
  'award',
  'awards',
  'prize',
  'prizes',
  'medal',
  'trophy',
  'cup',
  'lecture',
  'fellowship',
  'scholarship',
  // `the Arjay and Frances Miller Chair in Federal Economic Policy`: an endowed post.
  'chair',
  'professorship',
  // `Marshall Plan`, `Monroe Doctrine`, `Dodd-Frank Act`, `The Kelly File`: a plan, a law or a
  // programme named after a person.
  'plan',
  'doctrine',
  'act',
  'amendment',
  'syndrome',
  'file',
  // `The Ron Paul Curriculum`: a course named after its author.
  'curriculum',
])
// `Cameron County`, `Iqbal Town`, `Faisal Colony`, `Ravi Road`: a place, named after a person or not.
const placeHeads = new Set([
  'county',
  'parish',
  'township',
  'borough',
  'cantonment',
  'canton',
  'town',
  'colony',
  'road',
  'chowk',
  // `Tigray Province`
  'province',
  // `Eden Valley`, `Silicon Valley`, `Downing Street` (not `Hills`, a surname as often)
  'valley',
  'heights',
  'street',
  'avenue',
  'boulevard',
  'plaza',
  'bazaar',
  // `Dennis DeConcini Crossing`, `George Washington Bridge`: a border crossing, a bridge, a road.
  'crossing',
  'bridge',
  'tunnel',
  'highway',
  'expressway',
  'freeway',
  // `Mari Gate`, `Delhi Gate`: a city gate.
  'gate',
  // `Han River`, `Indus River` (not `Lake`: `Ricki Lake`).
  'river',
  // `Travis Air Force Base`, `Travis AFB`
  'base',
  'afb',
])
// The word for a mountain, a fort, a port or a cape before its name (see `classifyRun`).
const placeOpenings = new Set(['mount', 'fort', 'port', 'cape'])
// Plurals that end what a post covers, or a firm's name, and no person's (see `classifyRun`).
const portfolioPlurals = new Set([
  'affairs',
  'relations',
  'operations',
  'communications',
  'resources',
  'services',
  'programmes',
  'programs',
  'logistics',
])
const nonPersonHeads = new Set(['city', 'district', 'productions'])
// A body's word that alone names no body: `Summit`, `Library` (see `classifyRun`).
const genericBodyWords = new Set(['summit', 'project', 'conference', 'festival', 'library'])
const plural = /(?:ats|ans|ems|ists|ites|ies)$/

const numberWord =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half)-\p{L}+$/u

/** `Chelsea`, `Carolina`, `Madison`: a given name that names a place, a club or an award as often. */
export function isAmbiguousGivenName(word: string): boolean {
  return ambiguousGivenNames.has(lexiconKey(word))
}

// Given names that name a place, a club, an award or a storm as often as a person.
const ambiguousGivenNames = new Set(
  'chelsea oscar oscars carolina madison jordan georgia victoria florence devon brent adelaide sydney austin houston dallas chester clifton preston lincoln charlotte virginia savannah phoenix india israel paris kent jersey orlando denver aurora maria katrina harvey irma sandy emmy'.split(
    ' ',
  ),
)

// `He`, `The`, `But`: words of a closed class, which name nobody, alone or at a sentence's start.
const closedClass = new Set(
  'a an the he she it they we i you me him her us them his its our their my your this that these those there here and but or nor so yet if when while as in on at by for from with of to after before because although though since however meanwhile also then still now not no'.split(
    ' ',
  ),
)

const workHeads = new Set(
  'story affair diaries chronicles saga legend files years experience effect'.split(' '),
)

/**
 * `told The Guardian`, `George Zornick of The Nation`: a capital `The` inside a sentence opens
 * the name of a paper, a title or a body, never a person's (`The Hague` is a place). Returns
 * the body or the place, null for a title (`The Aviator`, `The Da Vinci Code`), or undefined
 * where `classify` decides: a name the lexicon knows with its `The` (`The Who`, `The Times`),
 * or one that holds a person's name (`The Tonight Show Starring Jimmy Fallon`).
 */
export function classifyAfterThe(run: Token[]): Candidate | null | undefined {
  const named = run.slice(1)
  // `roles included The Joe Louis Story`: a work named for a person.
  if (
    run[0]?.text === 'The' &&
    named.length >= 2 &&
    workHeads.has(named.at(-1)?.text.toLowerCase() ?? '')
  )
    return null
  if (
    run[0]?.text !== 'The' ||
    named.length === 0 ||
    !named.every((token) => isCapitalised(token.text)) ||
    organizationNames.has(lower(run)) ||
    knownPlaces.has(lower(run)) ||
    opensPersonName(named)
  )
    return undefined
  if (
    organizationWords.has(lexiconKey(named.at(-1)?.text ?? '')) ||
    organizationNames.has(lower(named))
  )
    return { kind: 'organization', tokens: named, title: [], name: named }
  const rest = classify(named)
  return rest?.kind === 'place' || rest?.kind === 'organization' ? rest : null
}

/** `This Week With George Stephanopoulos`: a given name before the last word, a person's name inside. */
export function opensPersonName(run: Token[]): boolean {
  return run.some(
    (token, index) => index < run.length - 1 && givenNames.has(lexiconKey(token.text)),
  )
}

/** An ordinary word, a party member, a demonym, a place or a post: `Workers`, `Secretary-Treasurer`. */
function describesBody(token: Token): boolean {
  return (
    commonWords.has(lexiconKey(token.text)) ||
    partyMemberNouns.has(token.text.toLowerCase()) ||
    isDemonym(token.text) ||
    knownPlaces.has(token.text.toLowerCase()) ||
    token.text
      .toLowerCase()
      .split('-')
      .every((part) => titleWords.has(part) || commonWords.has(part))
  )
}

/**
 * Where a given name and one or two more capitalised words end a run whose two words or more
 * before them are ordinary words, places or posts and no name's (see `classify`), else -1.
 */
function describedGivenName(run: Token[]): number {
  if (run.length < 4) return -1
  for (const at of [run.length - 2, run.length - 3]) {
    const first = run[at]?.text ?? ''
    // (Not `Air Marshal Sunarbowo Sandi`: a post's word that is a given name too.)
    if (at < 2 || !givenNames.has(lexiconKey(first)) || titleWords.has(first.toLowerCase()))
      continue
    // (Not `South Carolina Republican`, `Donald Trump Wins`: the words after it are a name's.)
    const rest = run.slice(at + 1)
    if (
      !/^\p{Lu}\p{Ll}/u.test(first) ||
      !rest.every(
        (token) =>
          /^\p{Lu}\p{Ll}/u.test(token.text) &&
          (surnames.has(lexiconKey(token.text)) || !commonWords.has(lexiconKey(token.text))),
      )
    )
      continue
    const before = run.slice(0, at)
    // (`Auto` of `United Auto Workers`: a word the lexicon lacks, among ordinary ones; but not
    // right before the given name, where it may be a first name the lexicon lacks: `Shahab Ali
    // Shah`, `Khoo Kay Peng`; nor a title that is a name too: `Sultan Mahmood Chaudhry`.)
    const adjacent = before.at(-1)
    // (Nor an initial: `M Abdullah Avais`.)
    const described =
      adjacent !== undefined &&
      !/^\p{Lu}\.?$/u.test(adjacent.text) &&
      describesBody(adjacent) &&
      !surnameTitles.has(adjacent.text.toLowerCase()) &&
      before.every(
        (token) =>
          /^\p{Lu}/u.test(token.text) &&
          !givenNames.has(lexiconKey(token.text)) &&
          (describesBody(token) || !surnames.has(lexiconKey(token.text))),
      )
    if (described) return at
  }
  return -1
}

/** Read a run as a person, place, organisation, or not (yet) known. */
export function classify(run: Token[]): Candidate | null {
  const found = classifyRun(run)
  // `United Auto Workers Secretary-Treasurer Gary Casteel`, `Washington Managing Editor Bill
  // Sammon`: a body's, a place's or a post's ordinary words, none a name's, then a given name
  // and a surname: where the words before are not read as a title already, the person is named
  // by the last words.
  const given = describedGivenName(run)
  if (given <= 0 || (found?.kind === 'person' && found.name.length <= run.length - given))
    return found
  const named = classifyRun(run.slice(given))
  return named?.kind === 'person' ? named : found
}

const callSign = /^[KWCX]\p{Lu}{2,3}-(?:TV|FM|AM|DT)$/u

/** `classify` without the reading of a described given name. */
function classifyRun(run: Token[]): Candidate | null {
  const only = run.length === 1 ? (run[0]?.text ?? '') : ''
  // Not `US` or `IT`, which are names in capitals; but `A` and `I` are the words.
  if (closedClass.has(only.toLowerCase()) && (only !== only.toUpperCase() || only.length === 1))
    return null
  // `WKOW-TV`, `KQED-FM`: a broadcaster's call sign.
  if (callSign.test(only)) return { kind: 'organization', tokens: run, title: [], name: run }
  // `NARRATOR Roman Mars`, `AFTER EFFECTS ARTIST Arthur Jones`: ordinary words in capitals
  // label the name after them in a list of credits (titles alone in capitals stay titles).
  // (Words of four letters or more: not `US Air Force`.)
  // (Two words in capitals or more, whatever they are: `SOUND MIXER Christopher Galipo`.)
  const inCapitals = run.findIndex((token) => !/^\p{Lu}{3,}$/u.test(token.text))
  const common = run.findIndex(
    (token) => !/^\p{Lu}{4,}$/u.test(token.text) || !commonWords.has(token.text.toLowerCase()),
  )
  const label = inCapitals >= 2 ? inCapitals : common
  if (
    label > 0 &&
    run.slice(0, label).some((token) => !titleWords.has(token.text.toLowerCase())) &&
    run.length - label >= 2 &&
    run.slice(label).every((token) => /^\p{Lu}\p{Ll}/u.test(token.text))
  ) {
    // (Only before a person's name: `SITE Intelligence Group` is one body's.)
    const named = classify(run.slice(label))
    if (named?.kind === 'person' || named?.kind === 'possible person') return named
  }
  const tokens = withoutPortfolioOpening(withoutOrdinaryOpening(run))
  if (tokens.length === 0) return null
  // `the Cuban-Guatemalan actor`: demonyms joined by a hyphen, alone, say where someone is from.
  if (tokens.length === 1 && isCompoundDemonym(tokens[0]?.text ?? '')) return null
  // `Shaheed Benazirabad`, `General Motors`: a known place or body whose name opens with a title word.
  if (tokens.length >= 2 && tokens.length <= 6 && startsTitle(tokens, 0)) {
    const whole = lower(tokens)
    if (knownPlaces.has(whole)) return { kind: 'place', tokens, title: [], name: tokens }
    if (organizationNames.has(whole))
      return { kind: 'organization', tokens, title: [], name: tokens }
  }
  // `the Sri Lankan coast`: the people's adjective of a place of two words or more.
  if (tokens.length >= 2 && /n$/.test(tokens.at(-1)?.text ?? '')) {
    const whole = lower(tokens)
    if (knownPlaces.has(whole.slice(0, -1)) || knownPlaces.has(whole.slice(0, -2))) return null
  }
  // `HuffPost Pollster`, `BBC Sport`: a known body's one-word name and a word that is no name's
  // (not `Dawn Hochsprung`, whose first word is a given name too).
  if (
    tokens.length === 2 &&
    organizationNames.has(lexiconKey(tokens[0]?.text ?? '')) &&
    !givenNames.has(lexiconKey(tokens[0]?.text ?? '')) &&
    !givenNames.has(lexiconKey(tokens[1]?.text ?? '')) &&
    !surnames.has(lexiconKey(tokens[1]?.text ?? ''))
  )
    return { kind: 'organization', tokens, title: [], name: tokens }
  const { title: before, name: titled } = splitTitle(tokens)
  // `Brian Monteith MSP`, `Jo Park QC`: letters after a full name are a title too.
  // (Not `The East Midlands MEP`, who is not named: a given name or a surname must be there.)
  const postNominal =
    titled.length >= 3 &&
    postNominals.has(titled.at(-1)?.text ?? '') &&
    (givenNames.has(lexiconKey(titled[0]?.text ?? '')) ||
      surnames.has(lexiconKey(titled.at(-2)?.text ?? '')))
      ? titled.slice(-1)
      : []
  const afterTitle = withoutDistrictAfterTitle(
    before,
    postNominal.length > 0 ? titled.slice(0, -1) : titled,
  )
  // `Secretary Energy Zubair Khan`: what the post covers, in ordinary words, then the holder's
  // name (not `CEO Haaris Mahmood Chaudhary`, whose first name the lexicon lacks).
  const trimmed = before.length > 0 ? withoutPortfolioOpening(afterTitle) : afterTitle
  const cut = afterTitle.slice(0, afterTitle.length - trimmed.length)
  const ordinaryCut = cut.every((token) => commonWords.has(lexiconKey(token.text)))
  const named = ordinaryCut ? trimmed : afterTitle
  // `Former Nevada Democrat Lucy Flores`: a party's member and the state, after a title.
  const member = before.length > 0 && memberOfStateAt(named, 0) ? named.slice(0, 2) : []
  const name = named.slice(member.length)
  const portfolio = ordinaryCut ? cut : []
  const title = [...before, ...portfolio, ...member, ...postNominal]
  // `MP for Sittingbourne and Sheppey`, `Minister of State for Law and Justice`: after a title,
  // names joined by `and` are what the post covers (a member's seat is a place), not its holder.
  // (A body's name or a place's keeps its `and`: `Chamber of Commerce and Industry`, `Azad Jammu
  // and Kashmir`.) So with a title read up to the `and`: `MP for Ashcombe and | Delling Vale`.
  const coveredFrom = title.findIndex((token) => token.text === 'for')
  if (title.at(-1)?.text === 'and' && coveredFrom > 0 && isMemberPost(title)) {
    const seat = [...title.slice(coveredFrom + 1), ...name]
    return { kind: 'place', tokens: seat, title: [], name: seat }
  }
  if (
    title.length > 0 &&
    name.findIndex((token) => token.text === 'and') > 0 &&
    !knownPlaces.has(lower(name)) &&
    !name.some(
      (token) =>
        organizationWords.has(lexiconKey(token.text)) ||
        titleWords.has(token.text.toLowerCase()) ||
        partyMembers.has(token.text.toLowerCase()),
    )
  ) {
    const seat = title.at(-1)?.text === 'for' && isMemberPost(title)
    return { kind: seat ? 'place' : 'unknown', tokens: name, title: [], name }
  }
  // `Convention Speaker Announcement`, `General Election`: after a title, one word made from a
  // verb or an adjective (`-ment`, `-tion`, `-ness`) names no holder.
  const holder = name[0]
  if (
    title.length > 0 &&
    name.length === 1 &&
    holder &&
    /^\p{Lu}\p{Ll}{3,}(?:ment|tion|sion|ness)$/u.test(holder.text) &&
    !givenNames.has(lexiconKey(holder.text)) &&
    !surnames.has(lexiconKey(holder.text))
  )
    // (`Justice Department`: a body's word makes it a body's name; not `President of the European
    // Parliament`, a post, whose body is its last word.)
    return !organizationWords.has(lexiconKey(holder.text))
      ? { kind: 'unknown', tokens, title: [], name: tokens }
      : title.some((token) => token.text === 'of')
        ? { kind: 'organization', tokens: name, title: [], name }
        : { kind: 'organization', tokens, title: [], name: tokens }
  // `Shaheed noted`, `Sheikh said`: a title word that is a surname too, alone, may name one (see
  // `confirmPossiblePeople`).
  if (name.length === 0 && tokens.length === 1 && surnameTitles.has(lower(tokens)))
    return { kind: 'unknown', tokens, title: [], name: tokens }
  if (name.length === 0) return null
  // `… Mayor Who Hid Budget Deficits`: in a headline's title case, a relative pronoun after
  // a title opens a clause, not a name; nor does a preposition (`Equal Justice Under Law`).
  if (before.length > 0 && opensNoName.test(name[0]?.text ?? '')) return null
  const full = lower(name)
  const first = lexiconKey(name[0]?.text ?? '')
  const last = lexiconKey(name.at(-1)?.text ?? '')
  const candidate = (kind: Kind): Candidate => ({ kind, tokens, title, name })
  // `Chief Regulatory Affairs` (before `Officer`): what a post covers, no person; `SBC
  // Communications`, `Qwest Communications`: a firm's name, its first word no ordinary one nor
  // an adjective (`Rural Affairs`, `International Relations` are left as they were).
  // (Not a body's full name: `Ministry of Foreign Affairs`, `Social Services`.)
  if (
    name.length >= 2 &&
    name.length <= 3 &&
    portfolioPlurals.has(last) &&
    !givenNames.has(first) &&
    !organizationNames.has(full) &&
    name.every(
      (token) => /^\p{Lu}/u.test(token.text) && !organizationWords.has(lexiconKey(token.text)),
    )
  ) {
    if (title.length > 0) return candidate('unknown')
    if (
      !isKnownWord(first) &&
      !commonWords.has(first) &&
      !partyMembers.has(first) &&
      !/(?:al|ic|ary|ory|ive|ar|ous)$/.test(first)
    )
      return candidate('organization')
  }
  // `the Chief Minister Punjab Wheat Support …`: after a title and the place it is of, words no
  // name is made of (no given name, no surname last) name a programme, not the holder.
  if (
    before.length > 0 &&
    name.length >= 2 &&
    knownPlaces.has(first) &&
    !surnames.has(last) &&
    name.slice(1).every((token) => !givenNames.has(lexiconKey(token.text))) &&
    !placeHeads.has(last) &&
    !isOrganization(name, full, first, last)
  )
    return { kind: 'unknown', tokens, title: [], name: tokens }
  // `DG PHA Rawalpindi`, `SSP CTD Lahore`: after a title, a body's letters and the place of its
  // office name the post, not the holder (a known body stays one: `AOL UK`).
  const office = name.at(-1)
  if (
    before.length > 0 &&
    name.length === 2 &&
    office &&
    /^\p{Lu}{2,6}$/u.test(name[0]?.text ?? '') &&
    !organizationNames.has(first) &&
    knownPlaces.has(office.text.toLowerCase())
  )
    return { kind: 'place', tokens: [office], title: [], name: [office] }
  // `Edhi Foundation` (of `… Chairman Faisal Edhi`): whom the title holder works for, or where.
  if (tokens[0]?.employer === true && title.length === 0) {
    // `But Ms Cooper`: a word that opens the sentence is nobody's employer.
    if (tokens[0]?.ordinary === true) return null
    const place = placeAliases.has(full) || placeNames.has(full) || placeHeads.has(last)
    return candidate(place ? 'place' : 'organization')
  }

  // `the USS Sampson`, `HMS Victory`: a ship, whatever its name.
  if (title.length === 0 && name.length >= 2 && shipPrefixes.has(name[0]?.text ?? '')) return null
  // `Ted Cruz, R-Texas,`, `(D-Calif.)`: a member's party and state.
  if (name.length === 1 && /^[RDI]-\p{Lu}/u.test(name[0]?.text ?? '')) return null
  // `July`, `Thursday`: dates, not names.
  if (name.length === 1 && (months.has(first) || weekdays.has(first))) return null
  // `The Simpsons`, `the Clintons`: a family or a show named in the plural, not a person.
  if (
    name.length === 1 &&
    title.length === 0 &&
    /^the$/i.test(run[0]?.text ?? '') &&
    /[^sui]s$/.test(first) &&
    !organizationNames.has(first) &&
    !organizationWords.has(first) &&
    !placeNames.has(first)
  )
    return null
  // `one senior Democrat`, `a New Hampshire Republican`: a party's member, whom no name gives.
  if (
    partyMemberNouns.has(last) &&
    (name.length === 1 ||
      knownPlaces.has(lower(name.slice(0, -1))) ||
      placeNames.has(lower(name.slice(0, -1))))
  )
    return null
  // `Latinos or Muslims, the …`: a faith's word alone names its believers, not a person.
  if (name.length === 1 && faiths.has(first)) return null
  // (`Mr Banks`, `Lord Dubs`: after an honorific, one word is a surname whatever else it is.)
  const honorific = personalHonorifics.has(title.at(-1)?.text.toLowerCase() ?? '')
  // (Not `a Mr. Facebook contest`: a known body's name.)
  const surnameAlone = honorific && name.length === 1 && !organizationNames.has(first)
  // `Chairman of the Punjab Public Service Commission`: the run names the body; not `President
  // Ford`, `Mr. Ford`: a body's one-word name that is a surname too is the holder's after a title.
  if (
    title.length > 0 &&
    !surnameAlone &&
    !(name.length === 1 && surnames.has(first) && title.at(-1)?.text !== 'of') &&
    isOrganization(name, full, first, last)
  ) {
    // `Shaheed Benazir Bhutto University`: an honorific belongs to the name of what honours the person.
    const named = title.every((token) => nameHonorifics.has(token.text.toLowerCase()))
    return {
      kind: 'organization',
      tokens: named ? tokens : name,
      title: [],
      name: named ? tokens : name,
    }
  }
  // `Principal COAVS`, `Chairman PTI`: a title of an acronym names the body.
  if (
    title.length > 0 &&
    name.length === 1 &&
    /^\p{Lu}{3,}$|^\p{Lu}+&\p{Lu}+$/u.test(name[0]?.text ?? '')
  ) {
    // (`IGP AJK`: the acronym of a place.)
    const place = placeAliases.has(full) || knownPlaces.has(full)
    return { kind: place ? 'place' : 'organization', tokens: name, title: [], name }
  }
  // `Governor House`, `PM House`, `President House`: the seat of an office, which speaks for it as
  // the `White House` does.
  if (
    title.length > 0 &&
    name.length === 1 &&
    /^(?:house|palace|lodge|secretariat|residence)$/.test(first) &&
    /^(?:governor|president|pm|minister|chancellor|speaker|mayor|commissioner)$/i.test(
      title.at(-1)?.text ?? '',
    )
  )
    return { kind: 'organization', tokens, title: [], name: tokens }
  // `CEO of Tesla`, `Prince of Persia`: one name after a title's `of` is what the title covers.
  if (title.length > 0 && title.at(-1)?.text === 'of' && name.length === 1) {
    const place = placeAliases.has(full) || placeNames.has(full) || knownPlaces.has(full)
    return { kind: place ? 'place' : 'organization', tokens: name, title: [], name }
  }
  // `Leader of the Commons`: what follows `the` after a title is what the title covers.
  if (title.length > 0 && title.at(-1)?.text === 'the')
    return { kind: 'organization', tokens: name, title: [], name }
  // `Inspector General Police Punjab`: a title and the force it heads.
  if (
    title.length > 0 &&
    !surnameAlone &&
    name.some((token) => organizationWords.has(token.text.toLowerCase()))
  )
    return { kind: 'organization', tokens: name, title: [], name }
  // `Congressman Says`: a speech verb is no name.
  if (name.length === 1 && !surnameAlone && speechVerbForms.has(first)) return null
  // `Three-quarters`, `Forty-three`: a number in words.
  if (name.length === 1 && numberWord.test(first)) return null
  // `Chief Regulatory Affairs Officer of K-Electric`: a role, not a name.
  if (title.length > 0 && name.some((token) => isRoleWord(token.text))) return null
  // `Governor Khyber Pakhtunkhwa` (cut from the name after it): a title of a place names the place.
  if (title.length > 0 && (placeAliases.has(full) || knownPlaces.has(full)))
    return { kind: 'place', tokens: name, title: [], name }
  // `Minister for Youth Affairs` (cut from `, Labour and Sports …`), `Secretary Investment Sindh`
  // (before `Raja Khurram Shahzad`): what the post covers, not a name. Not `Mr Rawlings`.
  const coversPost = title.some((token) => ['for', 'of', 'on'].includes(token.text))
  if (
    title.length > 0 &&
    (name.length >= 2 || coversPost) &&
    name.every((token) =>
      isPortfolioOpening(token.text, coversPost && name.length === 1, !honorificLast(title)),
    )
  ) {
    // `Director of National Intelligence Clapper`: after what the post covers, a surname that
    // only the dictionary knows as a word (`clapper`); not a field or an abstract noun
    // (`Professor of Infectious Diseases Epidemiology`).
    const surname = name.at(-1)
    if (
      coversPost &&
      surname &&
      name.length >= 2 &&
      !isPortfolioOpening(surname.text, true, false) &&
      !fieldEnding.test(surname.text) &&
      name.slice(0, -1).every((token) => isPortfolioOpening(token.text, true, false))
    )
      return { kind: 'person', tokens, title: [...title, ...name.slice(0, -1)], name: [surname] }
    return null
  }
  // `CEO of Telco Integrators`, `President of Acme Systems`: what follows a post and `of` is
  // the body it heads (a place is left to the rules of places).
  if (
    title.at(-1)?.text === 'of' &&
    name.length >= 2 &&
    !givenNames.has(lexiconKey(first)) &&
    /[^s]s$/.test(name.at(-1)?.text ?? '')
  )
    return { kind: 'organization', tokens: name, title: [], name }
  // `General Purpose bombs`, `a Major Concern`: a title word that is also an adjective, before a noun.
  if (
    title.length === 1 &&
    adjectiveTitles.has(title[0]?.text.toLowerCase() ?? '') &&
    name.length === 1 &&
    commonWords.has(first) &&
    !givenNames.has(first) &&
    !surnames.has(first)
  )
    return candidate('unknown')
  // `Solutions proposed by …`, `Consultants say`: a body's word that only opens the sentence names none.
  if (
    name.length === 1 &&
    name[0]?.sentenceStart === true &&
    ((/[^sui]s$/.test(first) && organizationWords.has(singular(first))) || firmTrades.has(first))
  )
    return null
  // `S&P`, `M&S`: capitals joined by `&` are a firm's.
  if (name.length === 1 && /&(?!#)/.test(first)) return candidate('organization')
  // `Su-24s`, `MiG-29`: a model's number; no person's name holds a digit.
  // (Not a character reference's digits: `Jos&#233;`.)
  if (name.some((token) => /\d(?!\d*;)/.test(token.text))) return null
  // `Lewis Boys' School`: a school's words, though `Lewis` is a given name; no surname is
  // `Boys` or `Girls`.
  if (
    name.length >= 2 &&
    /^(?:Boys|Girls)$/.test(name.at(-1)?.text ?? '') &&
    (givenNames.has(first) || surnames.has(first))
  )
    return null
  // `Eidul Azha`, `Eid al-Adha`, `Eid ul Fitr`: a festival, not a name.
  if (name.some((token) => /^Eid(?:ul|-ul|-al)?$/.test(token.text))) return null
  // `Gen Z`, `Gen Xers`, `Gen Alpha`: a generation, not General Z.
  if (
    name.length === 1 &&
    /^gen\.?$/i.test(title.at(-1)?.text ?? '') &&
    /^(?:[XYZ](?:ers)?|Alpha|Zoomers)$/.test(name[0]?.text ?? '')
  )
    return null
  // `Sir I have appeared …`: the pronoun after an address is no name.
  if (name.length === 1 && name[0]?.text === 'I') return null
  // `DSP City`, `DIG Operations`: a district post's branch, not a name.
  if (
    name.length === 1 &&
    districtPosts.has(title.at(-1)?.text.toLowerCase() ?? '') &&
    (commonWords.has(first) ||
      commonWords.has(singular(first)) ||
      /^(?:operations|investigations?|traffic|security|headquarters|cantt|saddar|rural|urban|admin)$/.test(
        first,
      ))
  )
    return null
  // `Former Downing Street …`, `Former Holby City actor`: after a title, a place's or a show's
  // name qualifies the post that follows; it is no person's.
  if (title.length > 0 && name.length >= 2 && (placeHeads.has(last) || nonPersonHeads.has(last)))
    return candidate('unknown')
  if (title.length > 0) return candidate('person')
  // `Noorul Amin Mengal` of `Secretary HUD Noorul Amin Mengal`: the title was cut off with its body.
  const headedBy = tokens[0]?.headedBy
  if (headedBy && name.length >= 2) return { kind: 'person', tokens, title: headedBy, name }
  if (placeAliases.has(full) || placeNames.has(full)) return candidate('place')
  // `Systems are down.`, `Publishing is hard.`: a body's word alone, in the plural or a gerund,
  // opening a sentence, is the common noun.
  if (
    name.length === 1 &&
    name[0]?.sentenceStart === true &&
    /(?:s|ing)$/.test(first) &&
    organizationWords.has(first) &&
    commonWords.has(first) &&
    !organizationNames.has(first)
  )
    return null
  // `Advocate High Court`: a lawyer's calling after a name, no court's name.
  if (first === 'advocate' && name.length === 3 && last === 'court') return null
  // `AT SUMMIT IN OTTAWA`, `a Festival known as`, `Library plan`: a word for a meeting or a
  // place of reading alone names none.
  if (name.length === 1 && genericBodyWords.has(first) && !organizationNames.has(first)) return null
  // `PICTURE BOOKS`, `MIDDLE-GRADE BOOKS`: a heading in capitals that ends in a body's word, with
  // no acronym in it, names no body unless a list knows it.
  if (
    name.length >= 2 &&
    organizationWords.has(last) &&
    name.every((token) => /^\p{Lu}[\p{Lu}-]{3,}$/u.test(token.text)) &&
    !organizationNames.has(full) &&
    // (Not `BLACKBURN ROVERS`: a place's name opens a club's or a body's.)
    !placeNames.has(first) &&
    !knownPlaces.has(first)
  )
    return null
  // `Charlotte Church`, `Thomas Haden Church`: a given name before `Church` names a person
  // (not `Marion Avenue Baptist Church`, whose words between say which congregation).
  if (
    last === 'church' &&
    name.length <= 3 &&
    givenNames.has(first) &&
    !commonWords.has(first) &&
    name.slice(1, -1).every((token) => !isKnownWord(lexiconKey(token.text)))
  )
    return candidate('person')
  if (isOrganization(name, full, first, last)) return candidate('organization')
  // `Cal State`, `Penn State`, `Ohio State`: a state's university (no surname is `State`).
  if (name.length === 2 && last === 'state' && name[1]?.text === 'State')
    return candidate('organization')
  // `Chicago Cubs`, `Houston Rockets`: a city, then a plural that is no surname, is a team.
  if (
    name.length === 2 &&
    knownPlaces.has(first) &&
    /[^s]s$/.test(last) &&
    !/(?:is|us)$/.test(last) &&
    !surnames.has(last) &&
    !givenNames.has(last)
  )
    return candidate('organization')
  // `Sandy Hook Promise`, `Los Angeles Lakers`: a place of two words, then what is there.
  if (name.length >= 3 && knownPlaces.has(lower(name.slice(0, 2)))) return candidate('organization')
  if (name.length === 1 && first.startsWith('@')) return null
  // `TimeWarner`, `GreatFire.org`: a firm's name, run together or a web address.
  if (name.length === 1 && (camelCase.test(name[0]?.text ?? '') || webAddress.test(first)))
    return candidate('organization')
  // `Emmy Award`, `Davis Cup`, `Nobel Prize`, `Marshall Plan`: what is named after a person is not one.
  if (name.length >= 2 && awardWords.has(last)) return candidate('unknown')
  // `Cameron County`, `Clifton Cantonment`: a place and the word for what it is.
  // (Not a heading in capitals: `HIGHER THAN EXPECTED IN THE VALLEY`.)
  // (Not `Wayne Bridge`: a given name and `Bridge` alone are a person's.)
  if (
    name.length >= 2 &&
    name.length <= 4 &&
    placeHeads.has(last) &&
    !name.every((token) => /^\p{Lu}+$/u.test(token.text)) &&
    !(last === 'bridge' && name.length === 2 && givenNames.has(first)) &&
    // (Nor `A River in Winter`: a title's article.)
    first !== 'a' &&
    first !== 'an'
  )
    return candidate('place')
  // `Mount Kenya`, `Fort Myers`, `Port Qasim`, `Cape Horn`: the word for a mountain, a fort, a
  // port or a cape, then its name. (Not `Monte`, a given name as often: `Monte Shaw`.)
  if (name.length === 2 && placeOpenings.has(first) && /^\p{Lu}\p{Ll}+$/u.test(name[0]?.text ?? ''))
    return candidate('place')
  // `Chrystal City`, `Manchester City`, `Southern District`, `Neal Street Productions`: a town, a
  // club, a court or a firm, whichever it is, is no person.
  if (name.length >= 2 && nonPersonHeads.has(last)) return candidate('unknown')
  // `Rangers`, `Democrats`: a plural is a team or a party, not a person.
  if (name.length === 1 && plural.test(last) && !surnames.has(last) && !givenNames.has(last))
    return candidate('unknown')
  // `Chelsea`, `Oscar`, `Madison` alone may be a club, an award or a place:
  // such a given name alone is a person only with evidence (see `confirmPossiblePeople`).
  if (name.length === 1 && givenNames.has(first) && ambiguousGivenNames.has(first))
    return candidate('possible person')
  // `MARI`, `KATE`: a given name in capitals alone is a ticker or an acronym as often as a person;
  // so it is before a word that no list knows for a name (`RIA Exams`, `CARA Family Detention
  // Project`; not initials, `AL Gooneratne`, nor `HE Ahmed Amjad Ali`, `KIM Jones`).
  const capitals =
    name.length === 1
      ? /^\p{Lu}{2,}$/u.test(name[0]?.text ?? '')
      : /^\p{Lu}{3,}$/u.test(name[0]?.text ?? '') &&
        /\p{Ll}/u.test(name.at(-1)?.text ?? '') &&
        !surnames.has(last) &&
        !givenNames.has(last)
  // `according to Jane’s,`: a given name that owns nothing named after it is a firm's.
  const owner = name[0]?.ownerAlone
  if (name.length === 1 && owner !== undefined && givenNames.has(first)) {
    const shop = { ...(name[0] as Token), text: owner, end: (name[0]?.start ?? 0) + owner.length }
    return { kind: 'organization', tokens: [shop], title: [], name: [shop] }
  }
  // `Roman Catholic`, `Sunni Muslim`: a faith, though `Roman` is a given name.
  if (faiths.has(last)) return candidate('unknown')
  // `Max rode it to school`, `Ray is a former member`: a given name that is an ordinary word too
  // (`max`, `ray`), capitalised only because it opens a sentence, is a person only with evidence
  // (`my nephew Max`, a full name it opens).
  if (
    name.length === 1 &&
    name[0]?.sentenceStart === true &&
    givenNames.has(first) &&
    isEnglishWord(first)
  )
    return candidate('possible person')
  if (givenNames.has(first) && !commonWords.has(first) && !capitals) return candidate('person')
  // `Misbah-ul-Haq`, `Mujeeb-ur-Rehman` alone: a name joined by an Arabic article that ends as
  // only a person's does (not `Eid-ul-Azha`, `Muharram-ul-Haram`).
  if (name.length === 1 && isDoubleGivenName(first) && joinedNameEnd.test(first))
    return candidate('person')
  if (name.length >= 2 && (givenNames.has(first) || isDoubleGivenName(first)) && !capitals)
    return candidate('person')
  if (name.length >= 2 && isSurnameKey(last)) return candidate('person')
  // `Leo DiCaprio`, `Dan McAdams`, `Kyle O’Brien`: a surname shaped as only surnames are (a
  // particle, then a capital), after a name, though the lexicon lacks both.
  if (
    name.length >= 2 &&
    name.length <= 3 &&
    particleCapital.test(name.at(-1)?.text ?? '') &&
    name.slice(0, -1).every((token) => /^\p{Lu}\p{Ll}+$/u.test(token.text)) &&
    !placeNames.has(first) &&
    !organizationWords.has(first) &&
    !isOrganization(name, full, first, last)
  )
    return candidate('person')
  // `Atul M. Karnik`: a middle initial between two names.
  if (name.length === 3 && /^\p{Lu}\.$/u.test(name[1]?.text ?? '') && !isKnownWord(first))
    return candidate('person')
  // `M Usman Anwar`, `M Riley`: a bare initial, then a given name.
  if (
    name.length >= 2 &&
    name.length <= 4 &&
    /^[B-HJ-Z]$/.test(name[0]?.text ?? '') &&
    givenNames.has(lexiconKey(name[1]?.text ?? ''))
  )
    return candidate('person')
  // `O.J. Simpson`, `A.J. Styles`: two initials run together, then a surname that is no word
  // (not `U.S. Steel` or `D.C. United`).
  if (
    name.length === 2 &&
    /^\p{Lu}\.\p{Lu}\.$/u.test(name[0]?.text ?? '') &&
    !dottedPlaces.has(first) &&
    !commonWords.has(last) &&
    !placeNames.has(last) &&
    !organizationWords.has(last)
  )
    return candidate('person')
  // `R. Kelly`: an initial, then a word that is a name's.
  if (name.length === 2 && /^\p{Lu}\.$/u.test(name[0]?.text ?? '') && givenNames.has(last))
    return candidate('person')
  // `M. Spencer Green`, `J. Smith`: an initial, then a name the context may confirm.
  if (name.length >= 2 && name.length <= 4 && /^\p{Lu}\.$/u.test(name[0]?.text ?? ''))
    return candidate('possible person')
  // `Lahore DC Syed Musa Raza`: a name's opening (`Syed`, `Mian`) and two names more, after words
  // that are none, start the person's name.
  const prefixAt = name.findIndex(
    (token, index) =>
      index > 0 &&
      index <= name.length - 3 &&
      namePrefixes.includes(lexiconKey(token.text)) &&
      !givenNames.has(lexiconKey(name[index - 1]?.text ?? '')),
  )
  if (prefixAt > 0 && !namePrefixes.includes(first)) {
    const person = name.slice(prefixAt)
    return { kind: 'person', tokens: person, title: [], name: person }
  }
  // Two to four unusual capitalised words (`Shah Mahmood Qureshi`, `Tajul
  // Islam`) may be a name: the plugin asks the context (see `looksLikePerson`).
  // `Bedminster, N.J. Roger Ailes, the former chairman`: a state's letters end the sentence
  // before a name; `U.S. Census`: they open no person's name.
  if (dottedPlaces.has(first) && name.length >= 3 && title.length === 0) {
    const rest = classify(name.slice(1))
    if (rest?.kind === 'person') return rest
  }
  if (
    name.length >= 2 &&
    name.length <= 4 &&
    !dottedPlaces.has(first) &&
    name.every(
      (token) =>
        !commonWords.has(token.text.toLowerCase()) && !placeNames.has(token.text.toLowerCase()),
    )
  ) {
    return candidate('possible person')
  }
  return candidate('unknown')
}

/**
 * A surname the lexicon knows, or the feminine of one it knows in the masculine as Slavic surnames
 * make it (`Kuznetsova` of `Kuznetsov`).
 */
function isSurnameKey(key: string): boolean {
  return surnames.has(key) || (/(?:ov|ev|in)a$/.test(key) && surnames.has(key.slice(0, -1)))
}

// Places and bodies written as two initials: `U.S. Steel`, `D.C. United`, `L.A. Times`.
const dottedPlaces = new Set([
  'u.s.',
  'u.k.',
  'u.n.',
  'd.c.',
  'l.a.',
  'n.y.',
  'e.u.',
  'n.j.',
  'n.c.',
  's.c.',
  'n.h.',
  'w.va.',
])

/**
 * `DPO Abbottabad Umar Tufail`, `SSP Traffic Qamar Hayat Khan`, `Governor Sindh Kamran Tessori`,
 * `Commissioner Kalat Division Shahzeb Kakar`:
 * after a title, the district, branch or place it covers, then the name. Cut when a known place or
 * a given name shows where the name starts, or (after a district's post) when the first of three
 * words or more is no given name.
 */
function withoutDistrictAfterTitle(title: Token[], name: Token[]): Token[] {
  if (title.length === 0 || name.length < 3) return name
  const first = lexiconKey(name[0]?.text ?? '')
  if (givenNames.has(first) || namePrefixes.includes(first)) return name
  const post = (title.at(-1)?.text ?? '').toLowerCase().replace(/\.$/, '')
  const placeThenName =
    (knownPlaces.has(first) || placeNames.has(first)) &&
    givenNames.has(lexiconKey(name[1]?.text ?? ''))
  // (`District Police Officer Kasur Essa Khan Sukhera`: a police or district officer's too.)
  const districtPost =
    districtPosts.has(post) ||
    (post === 'officer' &&
      title.some((token) => /^(?:police|district|regional|divisional)$/i.test(token.text)))
  // (`Deputy Inspector General Malakand Division Sher Akbar Khan`: after any post, a division's
  // name and its word; not `President of the Malakand Division Traders Federation`.)
  const area =
    name.length >= 4 &&
    areaWords.has(lexiconKey(name[1]?.text ?? '')) &&
    !name.slice(2).some((token) => organizationWords.has(lexiconKey(token.text)))
  if (!districtPost) return area ? name.slice(2) : placeThenName ? name.slice(1) : name
  // `Commissioner Kalat Division Shahzeb Kakar`, `DC Upper South Waziristan Saleem Jan`: the
  // district's further words, a place's, an ordinary one or the word for a division.
  let rest = name.slice(1)
  while (rest.length >= 3) {
    const key = lexiconKey(rest[0]?.text ?? '')
    if (givenNames.has(key) || namePrefixes.includes(key)) break
    if (
      !(areaWords.has(key) || knownPlaces.has(key) || placeNames.has(key) || commonWords.has(key))
    )
      break
    rest = rest.slice(1)
  }
  return rest
}

/** A run's answer as places in the run (`-1 - place` for a copy marked ordinary): rebuilt on another run of the same words. */
interface Recipe {
  kind: Kind
  tokens: number[]
  title: number[]
  name: number[]
}

// The longest run whose answer is remembered: names are short.
const rememberedLength = 8

/**
 * `classify`, remembering each run's answer by its words and their flags: an
 * article names the same people again and again (`Trump said` forty times),
 * and a million one-word paragraphs (`A.`) are one run a million times. An
 * answer holding a token made anew (`Jane’s` cut to `Jane`) or a run headed
 * by a title elsewhere (see `Token.headedBy`) is worked out each time.
 * One per article: the memory lasts as long as the function.
 */
export function rememberingClassify(): (run: Token[]) => Candidate | null {
  const recipes = new Map<string, Recipe | null>()
  return (run) => {
    // (A long run, `Capitalised Capitalised …` a megabyte long, is no name said again: the
    // look-ups below would be quadratic in it.)
    if (run.length > rememberedLength || run.some((token) => token.headedBy !== undefined))
      return classify(run)
    const key = run.map(tokenKey).join('\u0001')
    const recipe = recipes.get(key)
    if (recipe === null) return null
    if (recipe !== undefined) {
      // (The one copy marked ordinary is shared by the lists that hold it.)
      let copy: Token | undefined
      const at = (index: number) => {
        if (index >= 0) return run[index] as Token
        copy ??= { ...(run[-index - 1] as Token), ordinary: true }
        return copy
      }
      return {
        kind: recipe.kind,
        tokens: recipe.tokens.map(at),
        title: recipe.title.map(at),
        name: recipe.name.map(at),
      }
    }
    const candidate = classify(run)
    if (candidate === null) recipes.set(key, null)
    else {
      // `Line said`: a lone opening word is answered as a copy marked ordinary (see
      // `withoutOrdinaryOpening`), kept as `-1 - place` of the word it copies.
      const placeOf = (token: Token) => {
        const at = run.indexOf(token)
        if (at >= 0 || token.ordinary !== true) return at
        const copied = run.findIndex(
          (word) => word.start === token.start && word.text === token.text && !word.ordinary,
        )
        return copied >= 0 ? -1 - copied : Number.NaN
      }
      const places = (tokens: Token[]) => tokens.map(placeOf)
      const made = {
        kind: candidate.kind,
        tokens: places(candidate.tokens),
        title: places(candidate.title),
        name: places(candidate.name),
      }
      if (![made.tokens, made.title, made.name].some((found) => found.some(Number.isNaN)))
        recipes.set(key, made)
    }
    return candidate
  }
}

/** A token's words and every flag `classify` reads. */
function tokenKey(token: Token): string {
  return `${token.text}\u0000${token.sentenceStart ? 's' : ''}${token.ordinary ? 'o' : ''}${token.employer ? 'e' : ''}\u0000${token.ownerAlone ?? ''}`
}

/**
 * `apparently`, `happily`, `probably`: an adverb made of an ordinary adjective. (Not `Kelly` or
 * `Beverly`: given names are never taken for one, see `withoutOrdinaryOpening`.) Words shorter
 * than `shortest` are left out: a name's opening such as `Early` may be an adverb too.
 */
export function isAdverb(word: string, shortest = 6): boolean {
  if (!word.endsWith('ly') || word.length < shortest) return false
  const stem = word.slice(0, -2)
  return (
    commonWords.has(stem) ||
    (stem.endsWith('i') && commonWords.has(`${stem.slice(0, -1)}y`)) ||
    (stem.endsWith('b') && commonWords.has(`${stem}le`))
  )
}

// `-ul-Haq`, `-ur-Rehman`, `-ud-Din`: the last part of a name joined by an Arabic article.
const joinedNameEnd = /-(?:haq|haque|rehman|rahman|din|deen|islam|zaman|hassan|hasan|amin|mulk)$/

/** `Jean-Pierre`, `Marie-Claire`, `Anne-Marie`: two given names joined by a hyphen. */
function isDoubleGivenName(key: string): boolean {
  const parts = key.split('-')
  return (
    (parts.length === 2 && parts.every((part) => givenNames.has(part))) ||
    // `Zia-ul-Haq`, `Inam-ur-Rehman`, `Salah-ud-Din`: two names joined by an Arabic article.
    (parts.length === 3 &&
      /^(?:ul|ur|ud|us|uz|un|ush|al|el)$/.test(parts[1] ?? '') &&
      /^\p{Ll}{2,}$/u.test(parts[0] ?? '') &&
      /^\p{Ll}{3,}$/u.test(parts[2] ?? ''))
  )
}

function isOrganization(name: Token[], full: string, first: string, last: string): boolean {
  // `Union Councils`, `Assemblies`: plurals of body words too.
  // `Boeing Co.`, `Acme Inc.`
  if (last.endsWith('.') && organizationWords.has(last.slice(0, -1))) return true
  if (organizationNames.has(full) || organizationWords.has(last)) return true
  if (name.length >= 2 && congregationWords.has(last)) return true
  // `Konrad Weiss Stiftung Pakistan`, `Rotary Club Lahore`: a body's word, then only the place
  // of its branch.
  const bodyWord = name.findIndex((token) => organizationWords.has(token.text.toLowerCase()))
  if (
    bodyWord > 0 &&
    bodyWord < name.length - 1 &&
    name.slice(bodyWord + 1).every((token) => placeNames.has(token.text.toLowerCase()))
  )
    return true
  // `Rotary International`, `Amnesty International`: a body that works across borders (not
  // `International` alone, opening a sentence).
  if (name.length >= 2 && last === 'international') return true
  // `Union Councils`, `Provincial Assemblies`; not `Jackzelia Banks` or `Tony Banks`, whose first word is a name's.
  if (organizationWords.has(singular(last)) && !(name.length === 2 && !isKnownWord(first)))
    return true
  // `BBC Sport`, `CNN Politics`: a known outlet or body in capitals, and a desk of it.
  if (name.length <= 3 && organizationNames.has(first) && /^\p{Lu}{2,}$/u.test(name[0]?.text ?? ''))
    return true
  // `Ministry of …`, and `Jamison Heritage School of Music`: a body's head word before `of`;
  // `George Soros Foundation for Southern Africa`: or before `for`.
  return (
    name.length >= 3 &&
    name.some(
      (token, index) =>
        index < name.length - 2 &&
        organizationHeads.has(token.text.toLowerCase()) &&
        (name[index + 1]?.text === 'of' ||
          // (Not `Commerce Department for November`: a time.)
          (name[index + 1]?.text === 'for' &&
            !months.has(lexiconKey(name[index + 2]?.text ?? '')) &&
            !weekdays.has(lexiconKey(name[index + 2]?.text ?? '')))),
    )
  )
}

/** An ordinary word, a place, a body's word or a title's modifier: no given name. */
function isKnownWord(key: string): boolean {
  return (
    (commonWords.has(key) && !givenNames.has(key)) ||
    isModifier(key) ||
    organizationWords.has(key) ||
    organizationNames.has(key)
  )
}

// Title words that are also surnames (`surnameTitles`) do not make a role.
const roleWords = new Set(
  [...titles.flatMap((title) => title.split(' ')), 'of', 'for'].filter(
    (word) => !surnameTitles.has(word),
  ),
)

const singleWordTitles = new Set(titles.filter((title) => /^[a-z-]+$/.test(title)))

function isPostAfter(candidate: Candidate, after: string): boolean {
  // Not `Dawn Eden Goldstein, S.T.D., professor of …`: a degree.
  if (candidate.name.every((token) => /^(?:\p{Lu}\.?)+$/u.test(token.text))) return false
  const written = postAfter.exec(after)?.[1]
  const post = written?.toLowerCase()
  // (Capitalised, only a civic post: not `the Commodore Amiga, Prince of Persia`.)
  if (written && /^\p{Lu}/u.test(written) && !capitalisedPosts.has(post ?? '')) return false
  return (
    post !== undefined &&
    (singleWordTitles.has(post) || occupation.test(post) || appositivePosts.has(post))
  )
}

const capitalisedPosts = new Set([
  'mayor',
  'governor',
  'minister',
  'secretary',
  'chairman',
  'chairperson',
  'chairwoman',
  'president',
  'director',
  'head',
  'chief',
  'member',
  'ceo',
  'founder',
  'editor',
  'professor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
])

// `Faiz Rasool, head of Policy & Advocacy at GAIN`: posts that are no title before a name.
const appositivePosts = new Set(['head', 'founder', 'co-founder', 'owner', 'member', 'chief'])

function isRoleWord(word: string): boolean {
  return roleWords.has(word.toLowerCase())
}

/** The canonical name of a place: `US` → `United States`. */
export function placeName(name: Token[]): string {
  const written = name.map((token) => token.text).join(' ')
  return placeAliases.get(written.toLowerCase()) ?? written
}

// `Tajul Islam, chief prosecutor…` · `Jo Park, 45,`; not a list's `Deviled, 2) Scotch`
// (`Sakib Sherani, former principal economic adviser`: a post once held.)
const appositiveAfter = /^\s*,\s*(?:a|an|the|his|her|former|(?:1[01]\d|[1-9]?\d)(?=\s*,))\b/
const personAppositiveWords = new Set([
  ...kinWords,
  'man',
  'woman',
  'boy',
  'girl',
  'resident',
  'witness',
  'victim',
  'survivor',
  'passenger',
  'student',
  'voter',
  'neighbour',
  'neighbor',
  'member',
  'founder',
  'co-founder',
  'leader',
  'head',
  'chief',
  'owner',
  'fan',
  'veteran',
  'mother',
  'father',
  'widow',
  'who',
  'manager',
  'coach',
  'captain',
  'boss',
  'executive',
  'officer',
  'official',
  'worker',
  'employee',
  'student',
  'teacher',
  'doctor',
  'partner',
  'friend',
  'neighbour',
  'neighbor',
  'classmate',
  'colleague',
  'victim',
  'survivor',
  'suspect',
  'prosecutor',
  'investigator',
  'lawmaker',
  'voter',
])
// `Malek, a Syrian refugee,`: who a person is in a story of migration, said of a name set off
// after it (as a description, `an immigrant from Uganda` names nobody said before).
const migrantWords = new Set(['refugee', 'migrant', 'immigrant', 'asylum-seeker'])

/** `teacher`, `senator`, `friend`: a word (in lower case) that says what person someone is. */
export function isPersonWord(key: string): boolean {
  return isOccupation(key) || titleHeads.has(key) || personAppositiveWords.has(key)
}

// `, a spokeswoman for …` · `, the party's chief strategist,`: up to four words after the article.
const appositiveWords = /^\s*,\s+(?:a|an|the)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u

/**
 * `Hope Hicks, a spokeswoman for Trump,` · `Rich Heffley, a Republican strategist,`: an ordinary
 * word that opens a sentence before a surname is a given name when an appositive says what
 * person follows (not `However Nasdaq, the exchange,`, `Monday Smith, …`, `Striker Jones, …`).
 */
// `April Mellody, a spokeswoman`, `June Carter, the singer`: months that are women's given names too.
const monthsAsGivenNames = new Set(['april', 'may', 'june'])
export function openingGivenName(text: string, run: Token[], candidate: Candidate): boolean {
  const [opening, surname] = run
  if (run.length !== 2 || !opening || !surname || candidate.name.length !== 1) return false
  if (candidate.name[0]?.start !== surname.start || opening.sentenceStart !== true) return false
  const key = opening.text.toLowerCase()
  if (
    !/^\p{Lu}\p{Ll}+$/u.test(opening.text) ||
    !/^\p{Lu}\p{Ll}/u.test(surname.text) ||
    closedClass.has(key) ||
    openingWords.has(key) ||
    (months.has(key) && !monthsAsGivenNames.has(key)) ||
    weekdays.has(key) ||
    key.endsWith('s') ||
    isAdverb(key) ||
    placeNames.has(key) ||
    organizationWords.has(key) ||
    isPersonWord(key)
  )
    return false
  const appositive = appositiveWords.exec(text.slice(surname.end, surname.end + 80))?.[1] ?? ''
  for (const word of appositive.split(/\s+/)) {
    const lower = word.toLowerCase()
    // (`Almost Here, the duet from former Westlife star …`: the noun the appositive is about comes
    // before its first preposition.)
    if (appositivePrepositions.has(lower)) return false
    if (lower !== 'former' && isPersonWord(lower)) return true
  }
  return false
}
const appositivePrepositions = new Set(
  'for of at from with in on by who whose which that to'.split(' '),
)
// `Like Makaeff, the former …`, `Almost Here, …`: words that open a sentence before a name.
const openingWords = new Set(
  'like unlike almost even just only despite during unless whether among amid via per besides'.split(
    ' ',
  ),
)

/** ` (Provincial Human Rights Officer)`, ` (Project Analyst)`: a post in brackets, after a name. */
function postInBrackets(after: string): boolean {
  const post = /^\s*\(([^()]{2,50})\)/.exec(after)?.[1]
  const last = post?.trim().split(/\s+/).at(-1)?.toLowerCase() ?? ''
  return post !== undefined && (isPersonWord(last) || isPersonWord(last.replace(/s$/, '')))
}

// `Tarquin Oakes was charged with murder`, `Jo Park pleaded guilty`: what a court does to a
// person (a name of two words; a firm's has its word: `Acme Corp was charged`).
const accusedAfter =
  /^\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:accused|charged|convicted|sentenced|arrested|indicted|jailed|acquitted)|(?:pleaded|pled)\s+(?:not\s+)?guilty)\b/

// `, Sanders' senior media adviser` · `, Google’s chief economist`
const ownerAppositiveAfter =
  /^\s*,\s*(?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*(?:['’]s|s['’])\s/u
// `, from the Iranian interior ministry, said` · `, of the state health department, told`
// (`Darran Whiting of Liberty Baptist Church in Marion, said`: or the body's name, right after.)
const employerThenCueAfter =
  /^(?:\s*,\s+(?:from|of|at|with)\s+the\s+[\p{L}'’ -]{3,60}|\s+of\s+\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){1,5}(?:\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?),\s+(?:said|says|told|tells|added|wrote)\b/u

const appositiveTail =
  /^(?:aligned|linked|tied|backed|funded|founded|led|run|owned|based|allied|close|loyal|opposed|that|which)$/

/** `, 34, a teacher`, `, the club's new manager,`: the appositive after a name says what person it is. */
function namesPersonAfter(after: string): boolean {
  const appositive = /^\s*,\s*([^,.;:()“”"]*)/.exec(after)?.[1] ?? ''
  if (/^\d{1,3}\b/.test(appositive)) return true
  // The head ends where what it is of or with begins: `a super PAC aligned with strategist Karl
  // Rove` says nothing of a person.
  const words = appositive.split(/\s+/)
  const end = words.findIndex((word, index) => index > 0 && appositiveTail.test(word))
  const head = words.slice(0, end === -1 ? words.length : end)
  // `Baoshan, the country's largest steel producer`: the largest of a trade is a firm (not `the
  // world's richest man`).
  if (
    head.some((word) => /^(?:largest|biggest)$/i.test(word)) &&
    !head.some((word) => /^(?:man|woman|person|landowner|donor)$/i.test(word))
  )
    return false
  return head.some((word) => {
    const key = word.toLowerCase().replace(/['’]s$/, '')
    return (
      !/^(?:the|a|an|of|for|and|to|in|at|on)$/.test(key) &&
      (isPersonWord(key) || migrantWords.has(key) || /^\d+-year-old$/.test(key))
    )
  })
}
// `Salim Noor, chairperson of the council` · `Jo Park, former director at Acme`: a post, then whose.
// (`Ras Baraka, Mayor of Newark,`: the post may be capitalised.)
const postAfter =
  /^\s*,\s*(?:(?:former|deputy|vice|acting|senior|interim)\s+)?([A-Za-z-]+)\s+(?:of|at|for)\s/i
const theyAfter = /^\s+\w+\s+they\b/
// `Madison, who is 12,`
const relativeAfter = /^\s*,\s*(?:who|whose|aged)\b/
// `Idris Malone, better known as …` (a name of two words: not `M1, also known as the Crab Nebula`)
const aliasAfter = /^\s*,\s*(?:also|better|popularly|formerly|previously)\s+known\s+as\b/
// `Kim Lee who runs`, `a post from Kim Lee who wrote`; not `the responders in San Bernardino who`
// `Merrick Garland’s nomination`, `Jo Park’s widow`: what only a person has.
const personalPossession =
  /^['’]s\s+(?:wife|husband|son|daughter|mother|father|brother|sister|widow|girlfriend|boyfriend|fianc[ée]e?|grandson|granddaughter|nomination|candidacy|presidency|memoir|biography|murder|killing|assassination|funeral|impeachment|career|childhood|marriage|divorce|death|ignorance|apology|resignation|arrest|conviction|regime)\b/
// `Sanders compared himself to`, `Kim described herself as`: a person's verb on themself.
const reflexiveAfter = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\s+(?:himself|herself)\b/u
// `the Obama administration`, `a Bush appointee`: a president or a governor by surname.
const leaderAfter = /^\s+(?:administration|presidency|appointee)\b/
const articleBefore = /\b(?:the|a|an)\s+$/i
// `the murder of LaVoy Finicum`: what is done only to a person.
const victimBefore = /\b(?:murder|killing|assassination|funeral|kidnapping|abduction) of\s+$/
const medalAfter =
  /^\s+(?:won|clinched|pocketed|grabbed|bagged|claimed|took|snatched|secured|collected)\s+(?:the\s+)?(?:gold|silver|bronze)\b/
const bestPerformerAfter =
  /^\s+(?:was|is|has been)\s+(?:named\s+)?(?:the\s+)?best\s+(?:supporting\s+)?(?:actor|actress|director|newcomer|performer|playwright)\b/
const overtakenBefore =
  /\b(?:overtook|outpaced|outran|edged out|pipped)\s+(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/u
const ageAppositiveAfter = /^\s*,\s*(?:1[01]\d|[1-9]\d)\s*,/
const whoAfter = /^\s+who\b/
const whoSpokeAfter = /^\s+who\s+(?:said|says|told|tweeted|wrote|posted|added|replied)\b/
const placeBefore = /\b(?:in|at|from|of|near|to|across|around|outside|inside)\s+$/i
// `Tajul Islam told` · `Tajul Islam (45)` · `Abid (son of Saifullah)` · `Dinwiddie et al.` ·
// `M. Spencer Green/AP Photo` · `Wray Grimaldi of the University of Otago` · `Jo Park at JS Global said`
// · `Jo Park of the Christian Democrats, a coalition partner, told` · `Jo Park described the film as`
const speechAfter =
  /^(?:\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|added|adds|stated|explained|asked|wrote|tweeted|described|posted\s+on\s+(?:X|Twitter|Facebook|Instagram|TikTok|Truth Social)|argued|claimed|insisted|warned|noted|recalled|emphasi[sz]ed|stressed|remarked|observed|reiterated|underlined|underscored|stresses|emphasi[sz]es|concedes|insists)\b|\s*\((?:1\d|[2-9]\d|1[01]\d)\)|\s*\((?:sons?|daughters?|wife|widow) of\b|\s+[sdw]\/o\b|\s+et al\b|\s+of\s+(?:the\s+)?(?:University|Institute|College|School|Center|Centre|Foundation|Council)\b|\s+(?:at|of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}\p{Lu}[\p{L}&.'’-]*(?:\s+|,\s+(?:a|an|the)\s+[^,“”"().!?;:]{1,60},\s+)(?:said|says|told|added|called|urged|warned)\b|\s*\/\s*(?:AP|AFP|Reuters|Getty|EPA)\b)/u
// `the goalkeeper Caoimhin Kelleher`, `Striker Didier Drogba`: what a person does, before the name.
export const occupations =
  'student|pupil|schoolboy|schoolgirl|undergraduate|spokesman|spokeswoman|guitarist|bassist|drummer|pianist|vocalist|violinist|cellist|keyboardist|saxophonist|trumpeter|frontman|frontwoman|spokesperson|goalkeeper|striker|midfielder|substitute|fly-half|scrum-half|full-back|flanker|defender|footballer|player|architect|designer|decorator|mastermind|tycoon|billionaire|millionaire|businessman|businesswoman|entrepreneur|nurse|surgeon|lawyer|attorney|actor|actress|co-star|co-anchor|co-host|singer|singer-songwriter|songwriter|rapper|musician|writer|author|novelist|poet|filmmaker|producer|photographer|journalist|reporter|correspondent|columnist|activist|teammate|team-mate|quarterback|linebacker|pitcher|winger|skipper|referee|umpire|comedian|chef|boxer|golfer|sprinter|jockey|pharaoh|emperor|dictator|preacher|pastor|priest|rabbi|cleric|scholar|historian|economist|(?<!\\b(?:at|from|with) )analyst|banker|investor|scientist|researcher|physicist|astrophysicist|chemist|biologist|astronomer|geologist|oceanographer|seismologist|volcanologist|hydrologist|glaciologist|botanist|zoologist|geneticist|pathologist|statistician|demographer|mathematician|epidemiologist|virologist|psychologist|psychiatrist|sociologist|anthropologist|archaeologist|neuroscientist|climatologist|meteorologist|ecologist|conductor|editor|editor-in-chief|commentator|pundit|blogger|broadcaster|presenter|anchor|strategist|pollster|consultant|lobbyist|adviser|advisor|aide|donor|candidate|artist|painter|sculptor|composer|cinematographer|screenwriter|choreographer|playwright|lyricist|animator|illustrator|cartoonist|dancer|athlete|cyclist|swimmer|batsman|bowler|wrestler|surrogate|loyalist|confidant|confidante|educator|teacher|lecturer|curator|librarian|driver|farmer|shopkeeper|labourer|laborer|mechanic|electrician|plumber|tailor|carpenter|fisherman|watchman|gardener'
const occupation = new RegExp(`^(?:${occupations})$`)

/** `writer-director`, `actor-producer`, `singer-actress`: jobs joined, each a person's. */
function jobsJoined(word: string): boolean {
  return (
    word.includes('-') &&
    word.split('-').every((part) => occupation.test(part) || part === 'director')
  )
}

/** `striker`, `actress`, `pollster`: a word for what a person does. */
export function isOccupation(word: string): boolean {
  return occupation.test(word)
}
// `her son, Adnan`: who a person is to another.
const kin = kinWords.join('|')
// `rapper Lil Wayne`, `her son, Adnan`: a word for what a person is, right before.
// `Idris Malone, better known as Ravi Stone`: a person's other name.
const aliasOf = '(?:also|better|popularly|formerly|previously)\\s+known\\s+as'
// `minister Hazel Blears`, `team captain Imad Shakeel Butt`: a post in lower case, too.
// (A team's post only right before the name: not `(captain, Glasgow Rugby)`, `fund manager Acme Advisors`;
// `City boss Kevin Keegan` too.)
const posts =
  'governor|minister|senator|president|chairman|chairperson|chairwoman|mayor|ambassador|judge|commissioner|chancellor|premier|chief executive|executive|director'
const teamPosts =
  '(?:captain|vice-captain|coach|boss|(?<!\\b(?:fund|asset|investment|portfolio) )manager)\\s+'
// `world number two Jeeno Thitikul`, `Top-ranked Nelly Korda`, `champion Yuka Saso`: a ranking in sport, too.
// (`design engineer Takuo Miyagishima`: a job too common unnamed to be an occupation that
// resolves `the engineer` to a person named before, but good evidence before a name.)
// `The suspect, Ismaaiyl Brinsley,` · `the gunman Omar Mateen`: who a person is in a story of a crime.
const storyRoles =
  'suspect|gunman|shooter|attacker|assailant|bomber|jihadist|terrorist|extremist|fugitive|victim|killer|defendant|plaintiff|inmate|prisoner|detainee|hostage|survivor|widow|widower'
// `New York leftist Alexandria Ocasio-Cortez`, `Illinois moderate Sean Casten`: a politician's
// leaning in lower case, right before the name.
const leanings = 'leftist|rightist|moderate|progressive|centrist|populist|firebrand|hardliner'
// `his successor, Condoleezza Rice`, `her running mate Tim Kaine`: who a person is to another.
const succession = 'successor|predecessor|running mate|aide|deputy|mentor|protégé|protege|colleague'
// `talk radio host Rush Limbaugh`: a broadcaster's host (not `hosts Bath`, nor `the host` later);
// `a film starring Sydney Poitier`: an actor.
const broadcastHost = '(?:talk|radio|show|TV|television)\\s+host'
// `(played by Guy Pearce and …)`, `voiced by Ottilie Brandt`: an actor who plays a role.
const playedBy = '(?:played|portrayed|voiced) by'
// `audience member Elle Ferguson`, `cast member Jo Park` (not `NATO member Turkey`).
const memberOf =
  '(?:audience|board|staff|family|team|crew|cast|council|committee|band|founding|faculty|jury|panel|church|congregation)\\s+member'
// `Rubio’s deputy campaign manager, Rich Beeson,`: a kind of manager before the name.
const managerOf =
  '(?:campaign|general|team|project|office|city|branch|store|stage|state|program) manager'
const roleBefore = new RegExp(
  `\\b(?:${occupations}|${memberOf}|${managerOf}|${broadcastHost}|(?:co-)?starring|engineer|physician|${storyRoles}|${succession}|${leanings}|${posts}|star|(?:defensive|offensive|nose|left|right) tackle|champion|world (?:number|No\\.?) \\w+|\\w+-(?:ranked|seeded)|(?<!market )leader|${kin}|${aliasOf}|${playedBy}),?\\s*$|\\b${teamPosts}$`,
)
// `a man named `, `a spokesman in Tunisia named `, `a woman, named `: a person's noun near before.
const namedBefore =
  /\b(?:man|woman|boy|girl|person|spokesman|spokeswoman|spokesperson|officer|soldier|student|teenager|worker|doctor|cleric|preacher|suspect|victim|resident|farmer|driver|journalist|activist)\b[^.,;:!?“”"]{0,40}?,?\s+named\s+$/
// `best supporting actress Oscar`, `best new artist Grammy`
const awardBefore = /\bbest\s+(?:\S+\s+){0,2}\S+\s*$/
// `, USA Today,` · `, Reuters,`: a paper's name set off after a writer's.
const outletAfter = /^,\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*[,;\]]/u
// `Jo Park via Getty Images` · `— Reporter/Jo Park/File`: a photo's credit.
const creditAfter = /^(?:\s+via\s+(?:Getty|AP|AFP|Reuters|EPA)\b|\/File(?!\p{Ll}))/u

/**
 * A run of words that are not all unusual (`Lil Wayne`, `Jemal Countess`) is
 * a person's name only where the text says what the person is, or credits a
 * photo to it.
 */
export function introducedAsPerson(text: string, candidate: Candidate): boolean {
  const first = candidate.tokens[0]
  const last = candidate.tokens.at(-1)
  // (`Jeroen van der Veer`: the particles in lower case are not counted.)
  const words = candidate.name.filter((token) => !/^\p{Ll}/u.test(token.text)).length
  if (!first || !last || candidate.name.length < 2 || words > 3) return false
  // Not `— Radio Pakistan/File`, nor an award: `the best supporting actress Academy Award`;
  // but `actress America Ferrera`, `porn star Sydney Leathers`: a place's name may open one.
  const known = (token: Token) => {
    const key = token.text.toLowerCase()
    return placeNames.has(key) || organizationNames.has(key)
  }
  if (
    known(last) ||
    candidate.name.some(
      (token) => /^\p{Lu}+$/u.test(token.text) || organizationWords.has(token.text.toLowerCase()),
    )
  )
    return false
  const lead = text.slice(Math.max(0, first.start - 30), first.start)
  return (
    (roleBefore.test(lead) && !awardBefore.test(lead)) ||
    capitalPostBefore.test(lead) ||
    (postChainBefore.test(text.slice(Math.max(0, first.start - 120), first.start)) &&
      text[last.end] === ',') ||
    // `a spokesman in Tunisia named Said Khecharem`: a person's noun, then `named`.
    namedBefore.test(text.slice(Math.max(0, first.start - 60), first.start)) ||
    postOfBefore.test(text.slice(Math.max(0, first.start - 80), first.start)) ||
    creditAfter.test(text.slice(last.end, last.end + 20)) ||
    // `[Indonesian Immigrant Finds Sanctuary, by Steph Solis, USA Today, January 16, 2018]`: a
    // story cited by its writer and its paper.
    (/\bby\s+$/.test(lead) &&
      outletNames.has(
        outletAfter.exec(text.slice(last.end, last.end + 40))?.[1]?.toLowerCase() ?? '',
      )) ||
    // `… fun. [Mike D’Angelo]`: a critic's name in square brackets signs a paragraph.
    (lead.endsWith('[') && /^\][ \t]*(?:\r?\n|$)/.test(text.slice(last.end, last.end + 4))) ||
    (postsBefore.test(text.slice(Math.max(0, first.start - 30), first.start)) &&
      /^\s+and\s+\p{Lu}/u.test(text.slice(last.end, last.end + 8))) ||
    postsAndNameBefore.test(text.slice(Math.max(0, first.start - 80), first.start)) ||
    // `said Mason Harrison, a Crowdpac spokesman`: ordinary words a cue and an appositive of a
    // person's post or calling set off.
    (speechBefore.test(lead) && namesPersonAfter(text.slice(last.end, last.end + 80))) ||
    // `Victoria Hamilton was best actress`: an acting or directing prize won.
    bestPerformerAfter.test(text.slice(last.end, last.end + 60))
  )
}
// `board directors Nazmul Abedeen Fahim and Fahim Sinha`, `against suspects Babal Pervez and
// Danish`: a post or a part in a case, in the plural, before a pair of names, the first (with `and`
// after it) or the second.
const pluralPosts = `(?:${posts})s|suspects|accused|victims|culprits|brothers|sisters`
const postsBefore = new RegExp(`\\b(?:${pluralPosts})\\s+$`)
const postsAndNameBefore = new RegExp(
  `\\b(?:${pluralPosts})\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3}\\s+and\\s+$`,
  'u',
)
// `the NCSW Chairperson, Ume Laila Azhar,`: a post in capitals, a comma, then the holder's name.
// `Chairperson`, `Secretary`, `Spokesman`: the posts, capitalised, that a comma sets off from a name.
const capitalPosts = [
  ...posts.split('|'),
  'secretary',
  'chairperson',
  'spokesperson',
  'spokesman',
  'spokeswoman',
]
  .map((post) => `${post[0]?.toUpperCase()}${post.slice(1)}`)
  .join('|')
const capitalPostBefore = new RegExp(`\\b(?:${capitalPosts}),\\s*$`)
// `Special Secretary, Local Government Department, Punjab, Asia Gul,`: a post in capitals, the
// body and the place it is of each set off by commas, then the holder's name, set off too.
const postChainBefore = new RegExp(
  `\\b(?:${capitalPosts}),(?:\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of|the|and|for|&|\\p{Lu}[\\p{L}'’.-]*))*,){1,2}\\s+$`,
  'u',
)
// `Mayor of Mardan, Himayatullah Mayar,` · `former president of Landikotal Press Club Khalil Afridi` ·
// `Ambassador of the Republic of Korea, Park Kijun`:
// a post of a place or a body, named, right before the name (not `founder of India's Percept
// Films`: what the place owns is the name).
const postOfBefore = new RegExp(
  `\\b(?:${[...posts.split('|'), 'secretary', 'founder', 'co-founder']
    .map((post) => `[${post[0]?.toUpperCase()}${post[0]}]${post.slice(1)}`)
    .join(
      '|',
    )}) of (?:the )?\\p{Lu}[\\p{L}&.'’-]*(?:(?:\\s+(?:of|and)(?:\\s+the)?)?\\s+\\p{Lu}[\\p{L}&.'’-]*){0,4}(?<!['’]s)(?:,\\s*|\\s+)$`,
  'u',
)

// `said Tajul Islam` · `the goalkeeper Caoimhin Kelleher` · `NBA star Jo Park` (not `Star Wars`) ·
// `50-year-old Kevin Swanson` · `her son, Adnan` · `(son of Saifullah)` · `directed by Luc Ferrand` ·
// `AP Photo/Alexander Joe` · `AP Photo/A24 Films, Atsushi Nishijima` (the credit, then who took it)
// `former Sindh governor Kamaluddin Azfar`, `founder Dhirubhai Ambani`: a post in lower case right
// before the name.
// `went by the name “Zaim Farouq Abdul-Malik”`: a name given as one.
// `Fox News host Tucker Carlson`, `talk show host Kai Moreno`, `as host Ana Ruiz`: a show's host,
// after a word in lower case or a network's (not `Celtic host Dundee United`, a home match).
const showHost =
  '(?:(?<![A-Za-z-])[a-z-]+|News|MSNBC|CNN|ESPN|HBO|NBC|ABC|CBS|BBC|PBS|NPR|SiriusXM)\\s+host'
const personBefore = new RegExp(
  `(?:\\b${showHost}|\\b${teamPosts}|\\b(?:said|says|told|added|according to|${occupations}|${posts}|founder|star|winner|laureate|medallist|medalist|-year-old|teenager|schoolboy|schoolgirl|toddler)|\\b(?:${kin}),?|\\b(?:the|a|his|her) name,? [“"‘]|\\b(?:directed|written|composed|painted|illustrated|narrated|coached|filed|revealed|authored) by|\\b(?:works|paintings|drawings|photographs|sculptures|poems|songs|novels|plays) by|\\b(?:his|her|my) name (?:was|is)|\\((?:sons?|daughters?|wife|widow) of|\\b[sdw]\\/o|\\bPhoto\\s*\\/(?:[^,()\\n]{1,40},)?)\\s*$`,
)
/** `Boyzone` of `Former Boyzone singer Ronan Keating`: does a post or a calling and a name follow? */
export function employsNameAfter(after: string): boolean {
  return employerAfter.test(after)
}
const employerAfter = new RegExp(
  `^\\s+(?:${occupations}|${posts}|host|founder|co-founder|owner|boss|chief|head|coach|manager|captain)\\s+\\p{Lu}`,
  'u',
)
const shipPrefixes = new Set(['USS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'PNS', 'RFA', 'USNS'])
const employerBefore =
  /(?:\p{Lu}[\p{L}'’-]*|van|von|den|der|de|da|di|du|del|la|le|al|bin)\s+(\p{Lu}[\p{L}'’-]+)\s+(?:of|at|from)\s+$/u
const kinAfter = new RegExp(`^\\s+and\\s+(?:his|her)\\s+(?:${kin})\\b`)
const kinBefore = new RegExp(`\\b(?:${kin}),?\\s+$`)
const creditWords = new Set([
  'handout',
  'pool',
  'file',
  'courtesy',
  'supplied',
  'screengrab',
  'screenshot',
])
const ownerBefore = /\b(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)?)['’]s\s+$/u

/** `the BBC’s` right before: not `Sony’s`, whose products follow as often as people. */
function ownedByOutlet(lead: string): boolean {
  const owner = ownerBefore.exec(lead)?.[1]?.toLowerCase()
  return owner !== undefined && outletNames.has(owner)
}
// `… 6-2, 6-3`, `… 7-6 (4), 6-1`, `…, 6-1 6-4`: two sets' scores or more.
const setScoresAfter = /^,?\s+[0-7]-[0-7](?:\s*\(\d+\))?,?\s+[0-7]-[0-7]\b/
const beatenBefore = /\b(?:beat|bt|defeated|downed|edged|overcame|lost to|fell to)\s+$/
// `Novelist Piet Brandt`: an occupation that opens the sentence (`Mother Nature` is no such case).
const occupationOpening = new RegExp(`[\\n.!?:;“”"‘’]\\s*(?:${occupations})\\s+$`, 'i')

/**
 * Does the text around a possible name treat it as a person's? A given name
 * that also names a place or an award (`the best actress Oscar`) needs more
 * than a role word before it.
 */
export function looksLikePerson(text: string, candidate: Candidate): boolean {
  const ambiguous =
    candidate.name.length === 1 &&
    ambiguousGivenNames.has(lexiconKey(candidate.name[0]?.text ?? ''))
  const first = candidate.tokens[0]
  const last = candidate.tokens.at(-1)
  if (!first || !last) return false
  const after = text.slice(last.end, last.end + 40)
  // What comes before, with a line break for the text's start.
  const from = Math.max(0, first.start - 30)
  const lead = (from === 0 ? '\n' : '') + text.slice(from, first.start)
  // `Rangers said they`: a plural that speaks as `they` is a team or a body.
  if (last.text.endsWith('s') && theyAfter.test(after)) return false
  // `the Kurds, who …`: a people.
  if (candidate.tokens.length === 1 && isPeopleName(first.text)) return false
  // `told Fox 35 in Orlando`, `Channel 4`: a name and a number are a station's or a brand's.
  if (
    candidate.name.length === 1 &&
    /^\s+\d{1,3}\b(?!\s*(?:times|years?|months?|days?|%|percent|points?))/.test(after)
  )
    return false
  // `Handout/Reuters`, `POOL/AFP`: a photo credit's word for who supplied it.
  if (candidate.name.length === 1 && creditWords.has(first.text.toLowerCase())) return false
  // `said Globio founder Gerry Ellis`: a name before a post and its holder's name employs them.
  if (employerAfter.test(after)) return false
  // `said ABN Amro's Paul Mackel`: a name that owns a person's full name is the employer's.
  const owned = /^['’]s\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}/u.exec(after)
  if (owned?.[1] && givenNames.has(lexiconKey(owned[1]))) return false
  // `Nick Van den Brul of BNP Paribas said`: so does one after a name and `of`, `at` or `from`.
  const owner = employerBefore.exec(lead)?.[1]?.toLowerCase()
  if (owner !== undefined && !titleWords.has(owner) && !titleHeads.has(owner)) return false
  return (
    speechAfter.test(text.slice(last.end, last.end + 120)) ||
    // `Follow Adelle Nazarian on Twitter`: a writer's plug at the story's end.
    (/\bFollow\s+$/.test(lead) &&
      /^\s+on\s+(?:Twitter|X|Instagram|Facebook|Threads|Bluesky|TikTok)\b/.test(after)) ||
    // `Shepard Ambellas reported`, `Tarquin Oakes was charged with`: a name of two words or more
    // (an outlet reports as often, alone: `Bloomberg reported`, `the Cincinnati Enquirer reported`).
    (candidate.tokens.length >= 2 &&
      (/^\s+(?:first\s+)?reported\b/.test(after) || accusedAfter.test(after)) &&
      candidate.tokens.every((token) => !/^\p{Lu}+$/u.test(token.text)) &&
      !placeNames.has(first.text.toLowerCase()) &&
      !knownPlaces.has(first.text.toLowerCase()) &&
      !/\bthe\s+$/i.test(lead)) ||
    // `Billeaud reported from Phoenix.`: a wire story's credit line, one name alone.
    (candidate.tokens.length === 1 &&
      /\n\s*$/.test(lead) &&
      /^\s+reported\s+from\s+\p{Lu}/u.test(after) &&
      !organizationNames.has(first.text.toLowerCase())) ||
    // `Rashid Ali beat Khatri Nayan 6-0, 6-1`: the loser in a tennis result, by its set scores.
    // (`who replaced Paradorn Srichaphan, 6-1 6-4`: after a comma, the scores are the match's.)
    (setScoresAfter.test(after) && (beatenBefore.test(lead) || after.startsWith(','))) ||
    relativeAfter.test(after) ||
    // `India’s Vithya Ramraj pocketed bronze`: a medal won, or a rival overtaken in a race.
    (candidate.tokens.length >= 2 && (medalAfter.test(after) || overtakenBefore.test(lead))) ||
    // `Farook and his wife, Tashfeen Malik`: a name whose spouse or child follows is a person's.
    kinAfter.test(after) ||
    // `Marquez, 24, is accused`: an age set off by commas, at a sentence's start as well.
    (first.sentenceStart && ageAppositiveAfter.test(after)) ||
    // (Not `the Briton's career`: one word after `the` is a description.)
    (personalPossession.test(after) &&
      !(candidate.tokens.length === 1 && /\bthe\s+$/i.test(lead))) ||
    reflexiveAfter.test(after) ||
    // (Not `a Democrat presidency`.)
    (leaderAfter.test(after) &&
      articleBefore.test(lead) &&
      !partyMembers.has(first.text.toLowerCase()) &&
      !isDemonym(first.text)) ||
    victimBefore.test(lead) ||
    (candidate.tokens.length >= 2 && aliasAfter.test(after)) ||
    // (`Separately, Leader of the Opposition …`: a word that opens the sentence before a comma.)
    (!(candidate.tokens.length === 1 && first.sentenceStart) && isPostAfter(candidate, after)) ||
    // Two words or more: `Voters who`, `Kasabian who` may be many.
    (candidate.tokens.length >= 2 &&
      ((whoAfter.test(after) && !placeBefore.test(lead)) || whoSpokeAfter.test(after))) ||
    // `the BBC’s Zubair Ahmed`, `CNN’s Jake Tapper`: unusual words after an outlet's possessive
    // name its reporter. (Not a country's: `Korea’s Hyundai Motor`, `Italy’s Amalfi Coast`.)
    (candidate.tokens.length >= 2 && ownedByOutlet(lead)) ||
    // `Similarly, the reserves fell`: a word that opens a sentence before a comma is an adverb.
    // One word needs the appositive to say what person it is: not `Solaris, the operating system`.
    // Nor `adopting the so-called Sustainable Development Goals, the world’s countries set`: a
    // name right after `the` or `so-called` is a thing's, and the clause goes on.
    (!(candidate.tokens.length === 1 && first.sentenceStart) &&
      !/\b(?:the|so-called)\s+$/i.test(lead) &&
      appositiveAfter.test(after) &&
      (candidate.tokens.length > 1 || namesPersonAfter(text.slice(last.end, last.end + 80)))) ||
    // `Tad Devine, Sanders' senior media adviser,`: an owner's post for a name of two words or
    // more (not `Google Maps, Alphabet's mapping service`).
    (candidate.tokens.length >= 2 &&
      ownerAppositiveAfter.test(after) &&
      namesPersonAfter(text.slice(last.end, last.end + 80))) ||
    // `through Gohar Rehman Khattak advocate, the president of …`: a lawyer's calling after the
    // name, as Pakistani papers write it.
    (candidate.tokens.length >= 2 && /^\s+advocate\s*[,.;)]/.test(after)) ||
    // `Rida Zehra Rizvi (Project Officer)`: a post in brackets right after a name of two words.
    (candidate.tokens.length >= 2 && postInBrackets(text.slice(last.end, last.end + 60))) ||
    // `Nader Yarahmadi, from the Iranian interior ministry, said`: where the speaker works, set
    // off by commas, then the cue.
    (candidate.tokens.length >= 2 &&
      employerThenCueAfter.test(text.slice(last.end, last.end + 90))) ||
    (!(candidate.tokens.length === 1 && isModifier(first.text)) &&
      // (`your daughter Chelsea`: kin right before says a person, whatever else the name may be.)
      (kinBefore.test(lead) ||
        (!ambiguous &&
          ((personBefore.test(lead) &&
            !awardBefore.test(lead) &&
            // (`said Mbandaka’s location`: what a name owns is what is said.)
            !(speechBefore.test(lead) && /^['’]s\b/.test(after))) ||
            occupationOpening.test(lead)))))
  )
}
const speechBefore = /\b(?:said|says|told|added)\s+$/
