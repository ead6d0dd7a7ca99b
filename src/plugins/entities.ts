import type { VFile } from 'vfile'
import { relatedStoryTeaser } from '../data/boilerplate.js'
import { outletNames } from '../data/byline.js'
import { isEnglishWord } from '../data/english-words-lookup.js'
import {
  commonWords,
  decodeReferences,
  givenNames,
  lexiconKey,
  organizationNames,
  placeNames,
  surnames,
} from '../data/lexicon.js'
import { organizationWords, partyMembers } from '../data/organizations.js'
import { areaWords, knownPlaces, stateAbbreviations, usStates } from '../data/places.js'
import { districtPosts, kinWords, titleHeads, titleWords } from '../data/titles.js'
import { wellKnownPeople } from '../data/well-known-people.js'
import type { ArticleTree } from '../data-map.js'
import {
  type Candidate,
  classify,
  classifyAfterThe,
  employsNameAfter,
  introducedAsPerson,
  isAmbiguousGivenName,
  type Kind,
  looksLikePerson,
  openingGivenName,
  opensPersonName,
  rememberingClassify,
} from '../entities/classify.js'
import {
  addMention,
  type Cluster,
  Clusters,
  genderOf,
  insertionPoint,
  withoutArabicArticle,
} from '../entities/cluster.js'
import { capitalisedRuns, isPostNominal } from '../entities/runs.js'
import { coreTitle, isDemonym, isModifier, isPeopleName } from '../entities/split-title.js'
import { isCapitalised, type Token, tokenize } from '../entities/tokens.js'
import { isHeadlineCase } from '../header/headline.js'
import { positionOf } from '../position.js'
import { namesGroup } from '../quotes/phrases.js'
import type { Entity, SocialPost } from '../types.js'

/**
 * People, places and organisations, each one referent with every mention.
 * Reads the header's dateline, the paragraphs and the posts; writes
 * `file.data.entities`.
 */
export function entities() {
  return (_tree: ArticleTree, file: VFile): undefined => {
    const text = String(file.value)
    const clusters = new Clusters(text)
    const posts = file.data.social ?? []
    const signatures = posts.map((post) => signatureOf(text, post))
    // Signatures are in text order: a binary search tells whether a token lies in one.
    const spans = signatures.flatMap((signature) => (signature ? [signature] : []))
    const spanStarts = spans.map((span) => span.start)
    const inSignature = (token: Token) => {
      const at = insertionPoint(spanStarts, token.start + 1)
      // Never `spans[-1]`: V8 looks a negative index up as a named property, slowly.
      const span = at > 0 ? spans[at - 1] : undefined
      return span !== undefined && token.start >= span.start && token.end <= span.end
    }

    const candidates: Candidate[] = []
    // The headline names people too: `Obama says Trump modeling policies on Putin.`
    // (Offsets in two arrays, not an object a paragraph: there may be a million.)
    const starts: number[] = []
    const ends: number[] = []
    const addRange = (start: number, end: number) => {
      starts.push(start)
      ends.push(end)
    }
    const headline = file.data.headlineRange
    if (headline) addRange(headline.start, headline.end)
    // The line under the headline too: `Face masks in Antananarivo (AP Photo/Alexander Joe)`.
    const subtitle = file.data.subtitleRange
    if (subtitle) addRange(subtitle.start, subtitle.end)
    // A related story's teaser is boilerplate, but its caption names people all the same.
    for (const paragraph of file.data.paragraphs ?? [])
      if (paragraph.kind !== 'boilerplate' || relatedStoryTeaser.test(paragraph.text))
        addRange(paragraph.position.start.offset, paragraph.position.end.offset)
    let headlineCandidates = 0
    const classifyRun = rememberingClassify()
    // The first words of broadcasters the article names in full (`Fox` of `Fox News`), found
    // once, when a candidate first asks.
    let fullOutlets: Set<string> | undefined
    const outletsInFull = () => {
      fullOutlets ??= new Set(
        [...text.matchAll(/(\p{Lu}[\p{L}]*) (?:News|TV|Television|Radio)\b/gu)].map(
          (match) => match[1] ?? '',
        ),
      )
      return fullOutlets
    }
    for (const [index, start] of starts.entries()) {
      const end = ends[index] as number
      const all = tokenize(text, start, end)
      // Most articles paste no post: then no token needs the look-up.
      const tokens = spans.length === 0 ? all : all.filter((token) => !inSignature(token))
      const inHeadline = start === headline?.start
      // `Don Lemon Contradicts Himself In Just One Sentence`: a headline in title case.
      const titleCase = inHeadline && isHeadlineCase(text.slice(start, end))
      for (const whole of capitalisedRuns(text, tokens, titleCase)) {
        // `… hoped for an A.`, `… vitamin B.` at a paragraph's end: a lone initial with no
        // name after it is a grade, a plan or a vitamin (but `B. said` may be a source's initial).
        if (whole.length === 1 && whole[0]?.end === end && /^\p{L}\.$/u.test(whole[0].text))
          continue
        const run = withoutFollow(text, afterTime(text, whole) ? whole.slice(1) : whole)
        if (run.length === 0 || inCaseOrConditionName(text, run) || isQuotedTitle(text, run))
          continue
        // `AG Edwards & Sons`, `Procter & Gamble`: a name joined by `&` is a firm's
        // (not `Bernice Yeung & Grace Rubenstein`, two people).
        const joined = ampersandAfter.exec(
          text.slice(run.at(-1)?.end ?? 0, (run.at(-1)?.end ?? 0) + 40),
        )
        if (joined?.[1] && !givenNames.has(lexiconKey(joined[1]))) {
          candidates.push({ kind: 'organization', tokens: run, title: [], name: run })
          continue
        }
        // (`HALIFAX ― The Dunmore administration`: after a dateline, `The` opens the sentence.)
        const afterThe = midSentence.test(
          text.slice(Math.max(0, (run[0]?.start ?? 0) - 3), run[0]?.start),
        )
          ? classifyAfterThe(run)
          : undefined
        const candidate = afterThe === undefined ? classifyRun(run) : afterThe
        if (
          candidate &&
          candidate.kind !== 'organization' &&
          openingGivenName(text, run, candidate)
        ) {
          candidate.kind = 'person'
          candidate.name = run
          candidate.tokens = run
        }
        // `Managing Director of KDB Engr R Tahir Saleem`: the body a title is of, in capitals.
        if (candidate?.kind === 'person')
          for (const [index, token] of candidate.title.entries())
            if (candidate.title[index - 1]?.text === 'of' && /^\p{Lu}{2,6}$/u.test(token.text))
              candidates.push({ kind: 'organization', tokens: [token], title: [], name: [token] })
        if (candidate && isBodyAcronym(text, candidate)) candidate.kind = 'organization'
        if (candidate && namesAWork(text, candidate)) candidate.kind = 'unknown'
        if (candidate && namesAnOutlet(text, candidate, outletsInFull))
          candidate.kind = 'organization'
        if (candidate && (namesATeam(text, candidate) || teamAfterThe(text, candidate)))
          candidate.kind = 'organization'
        if (candidate && personNotTeam(text, candidate)) candidate.kind = 'person'
        if (candidate && placeNamedKin(text, candidate)) candidate.kind = 'person'
        if (candidate && onlyPartyWords(candidate)) candidate.kind = 'unknown'
        if (candidate && authorOverListing(text, candidate)) candidate.kind = 'person'
        if (candidate && namesAFamily(text, candidate)) candidate.kind = 'unknown'
        if (candidate && formerOfBody(text, candidate)) untitled(candidate, 'organization')
        if (candidate && districtNamedAsArea(text, candidate)) untitled(candidate, 'place')
        if (candidate && !modifiesRole(text, candidate)) candidates.push(candidate)
        const district = candidate ? districtBetween(candidate) : []
        if (district.length > 0)
          candidates.push({ kind: 'place', tokens: district, title: [], name: district })
      }
      if (inHeadline) headlineCandidates = candidates.length
    }
    if (headlineCandidates > 0)
      trimToBodyNames(
        text,
        candidates.slice(0, headlineCandidates),
        candidates.slice(headlineCandidates),
      )
    dropWordsBeforeSurnames(candidates, headlineCandidates)
    dropOrdinaryOpenings(text, candidates)
    confirmPossiblePeople(text, candidates)
    placesBeforeStates(text, candidates)
    placesOfPeers(text, candidates)
    placesBeforePlaceNouns(text, candidates)
    placesInPlaceLists(text, candidates)
    bodiesByFirstWord(candidates)
    peopleInRosters(text, candidates)
    playersWithCountries(text, candidates)
    peopleInLists(text, candidates)
    authorsOfSources(text, candidates)
    shareSurnames(text, candidates)
    rolesOfActors(text, candidates)
    bodiesOfAKind(text, candidates)
    // `The Bible tells us …`: a scripture speaks as a book does, and is no person; nor is a
    // book cited by chapter and verse (`(Matthew 15:14)`, `Isaiah 45:1`), nor, where it is so
    // cited, by chapter (`fulfilling Isaiah 45`, `the 45th Chapter of Isaiah`); the prophet it
    // is named for stays a person (`Daniel was thrown into a den of lions`).
    const citedAt = (candidate: Candidate) => {
      const token = candidate.tokens.length === 1 ? candidate.tokens[0] : undefined
      if (!token || candidate.kind === 'place') return null
      const after = text.slice(token.end, token.end + 12)
      if (chapterAndVerseAfter.test(after)) return 'verse'
      return chapterAfter.test(after) ||
        chapterOfBefore.test(text.slice(Math.max(0, token.start - 12), token.start))
        ? 'chapter'
        : null
    }
    const books = new Set(
      candidates
        .filter((candidate) => citedAt(candidate) === 'verse')
        .map((candidate) => candidate.tokens[0]?.text),
    )
    for (const candidate of candidates)
      if (
        (candidate.tokens.length <= 2 &&
          scriptures.test(candidate.tokens.map((token) => token.text).join(' '))) ||
        (books.has(candidate.tokens[0]?.text) && citedAt(candidate) !== null)
      )
        candidate.kind = 'unknown'

    // People's full names first, so that `Blinken` finds `Antony Blinken`
    // wherever it stands, and `Jordan` after `Rep. Jim Jordan` is him, not the country.
    const isFullName = (candidate: Candidate) =>
      candidate.kind === 'person' && (candidate.name.length >= 2 || candidate.title.length > 0)
    for (const candidate of candidates) {
      if (isFullName(candidate) && !isHandleRun(candidate)) clusters.add(candidate)
    }
    // `International Monetary Fund (IMF)`: the acronym joins its expansion (`addAcronyms`), not a cluster of its own.
    const defined = definedAcronyms(text, candidates)
    for (const candidate of candidates) {
      if (isFullName(candidate) || isHandleRun(candidate) || candidate.kind === 'unknown') continue
      if (candidate.name.length === 1 && defined.has(candidate.name[0]?.text ?? '')) continue
      if (candidate.name.length === 1) addByName(clusters, candidate)
      else clusters.add(candidate)
    }
    addAcronyms(text, candidates, clusters)
    for (const candidate of candidates) {
      if (candidate.kind === 'unknown' && candidate.name.length === 1)
        addByName(clusters, candidate)
    }

    // `— Secretary Antony Blinken (@SecBlinken) July 9, 2021`
    for (const [index, post] of posts.entries()) {
      const signature = signatures[index]
      if (!signature || post.author.handle === null) continue
      const candidate = classify(signature.name)
      // `— City of Westerville (@tellwesterville)`: a name joined by `of` is a body's;
      // `— The Daily Beast (@thedailybeast)`: so is one that opens with `The`.
      const body =
        candidate?.name.some((token) => !isCapitalised(token.text)) === true ||
        signature.name[0]?.text === 'The'
      const unsure = candidate?.kind === 'unknown' || candidate?.kind === 'possible person'
      const cluster = candidate
        ? clusters.add(
            unsure ? { ...candidate, kind: body ? 'organization' : 'person' } : candidate,
          )
        : null
      if (cluster) addHandle(cluster, post.author.handle, signature.handle)
    }
    // `Pakistani Foreign Minister @SMQureshiPTI`: the title's holder has the handle.
    for (const candidate of candidates) {
      if (!isHandleRun(candidate)) continue
      const handle = candidate.name[0]
      const cluster = clusters.personTitled(coreTitle(candidate.title))
      if (!cluster || !handle) continue
      addHandle(cluster, handle.text, handle)
      const title = candidate.title.map((token) => token.text).join(' ')
      if (!cluster.titles.includes(title)) cluster.titles.push(title)
    }
    addHandleMentions(text, file, clusters)
    addDatelinePlace(file, clusters)
    addBylinePeople(text, file, clusters)
    mergeAliases(text, clusters)
    mergeSpellings(clusters)
    votePronouns(text, clusters)

    file.data.entities = clusters.all
      .filter((cluster) => cluster.mentions.length > 0 && !onlyAPlace(text, cluster))
      .map((cluster) => ({
        cluster,
        // A loop, not `Math.min(...)`: a name mentioned a million times overflows the stack as arguments.
        first: cluster.mentions.reduce(
          (first, mention) => Math.min(first, mention.start),
          Number.POSITIVE_INFINITY,
        ),
      }))
      .sort((a, b) => a.first - b.first)
      .map(
        ({ cluster }, index): Entity => ({
          id: `e${index + 1}`,
          type: cluster.type,
          name: cluster.words.join(' '),
          key: entityKey(cluster),
          titles: cluster.titles,
          handles: cluster.handles,
          gender:
            cluster.type === 'person' ? (knownPerson(cluster)?.gender ?? genderOf(cluster)) : null,
          mentions: uniqueMentions(cluster)
            .sort((a, b) => a.start - b.start)
            .map(({ start, end }) => ({
              text: text.slice(start, end),
              position: positionOf(file, start, end),
            })),
        }),
      )
  }
}

/** `the OECD said`, `The WEF met`: an acronym after `the` that names no known place is a body. */
function isBodyAcronym(text: string, candidate: Candidate): boolean {
  const only = candidate.name.length === 1 ? candidate.name[0] : undefined
  if (candidate.kind !== 'unknown' || !only || !/^\p{Lu}{2,6}$/u.test(only.text)) return false
  // (Not `THE END`: a word in capitals after a `THE` in capitals.)
  // (Nor a post: `the MEP`, `the CEO`.)
  const key = only.text.toLowerCase()
  // (`the SPS`, the Scottish Prison Service, is no plural of `SP`.)
  if (
    commonWords.has(key) ||
    titleWords.has(key) ||
    (key.length > 3 && titleWords.has(key.replace(/s$/, '')))
  )
    return false
  return /\b(?:the|The)\s+$/.test(text.slice(Math.max(0, only.start - 5), only.start))
}

// Lower-case words for a role or post, perhaps after what it covers: `leader`,
// `champion`, `trades union official`; not `said the executive`.
const roleAfter =
  /^\s+(?:(?!(?:the|a|an|his|her|their|its|said|says|told|tells|and|or|to|of|for|with|was|is|has|had|who|as|at|in|on|by)\s)\p{Ll}+\s+){0,2}?(?:leader|champion|captain|chief|executive|spokesman|spokeswoman|spokesperson|official|boss|lawyer|analyst|economist|director|manager|coach|minister|president|chairman|chairwoman|secretary|member|candidate|nominee|senator|governor|mayor|adviser|advisor|strategist|aide|speaker|whip|representative|delegate|commissioner|prosecutor|attorney|host|anchor|editor|correspondent)\b/u

/**
 * `Former Conservative leader William Hague`, `Former Olympic champion
 * Michael Johnson`: a title and one capitalised word before a lower-case
 * role name the party, team or country of the role, not a person.
 */
function modifiesRole(text: string, candidate: Candidate): boolean {
  const last = candidate.tokens.at(-1)
  return (
    candidate.kind === 'person' &&
    candidate.title.length > 0 &&
    candidate.name.length === 1 &&
    last !== undefined &&
    roleAfter.test(text.slice(last.end, last.end + 40))
  )
}

/** The one word of a candidate with no title, else undefined. */
function loneWord(candidate: Candidate): Token | undefined {
  return candidate.title.length === 0 && candidate.name.length === 1
    ? candidate.tokens[0]
    : undefined
}

// `the spin-off Angel series`, `the Frasier sitcom`: a word between `the` and a kind of work.
const theBefore = /\bthe\s+(?:[\p{Ll}-]+\s+){0,2}$/u
const workAfter =
  /^\s+(?:series|sitcom|franchise|trilogy|saga|films?|movies?|show|musical|novels?|books?|spin-off|prequel|sequel)\b/

/**
 * `He also produced the spin-off Angel series`: one given name that names a
 * work is its title, no person (unless a person of the article has the name:
 * it is then that person's, clustered by name).
 */
function namesAWork(text: string, candidate: Candidate): boolean {
  const first = loneWord(candidate)
  if (first === undefined) return namesAWorkOfTwoWords(text, candidate)
  return (
    candidate.kind === 'person' &&
    theBefore.test(text.slice(Math.max(0, first.start - 30), first.start)) &&
    workAfter.test(text.slice(first.end, first.end + 14))
  )
}

// `the Harry Potter series`, `the James Bond films`: a kind of work that comes in parts.
const serialWorkAfter = /^\s+(?:series|franchise|trilogy|saga|films|movies|novels|books)\b/

/**
 * `continued to be shot in the UK, such as the Harry Potter series`, `the film version of Billy
 * Elliot`: a work named for its hero.
 */
function namesAWorkOfTwoWords(text: string, candidate: Candidate): boolean {
  const pair = untitledPair(candidate, 'person')
  if (!pair) return false
  const [first, last] = pair
  return (
    (/\bthe\s+$/.test(text.slice(Math.max(0, first.start - 5), first.start)) &&
      serialWorkAfter.test(text.slice(last.end, last.end + 14))) ||
    // (Not `the movie version of Dan Brown's novel`: its author.)
    (workBefore.test(text.slice(Math.max(0, first.start - 40), first.start)) &&
      !/^['’]s\b/.test(text.slice(last.end, last.end + 3)))
  )
}

// `the film version of Billy Elliot`, `box office hits Vera Drake`, `classics such as Mary
// Poppins`: a kind of work right before the name, on its line.
const workBefore =
  /\b(?:film|movie|musical|novel|sitcom|biopic|hits|classics|blockbusters?|(?:film|movie|stage|screen) (?:version|adaptation) of) (?:such as )?$/

/** The two words of a candidate of that kind with no title (`Harry Potter`), else null. */
function untitledPair(candidate: Candidate, kind: Kind): [Token, Token] | null {
  const [first, last] = candidate.name
  return candidate.kind === kind &&
    candidate.name.length === 2 &&
    candidate.title.length === 0 &&
    first !== undefined &&
    last !== undefined
    ? [first, last]
    : null
}

// `Fox` of `Fox News`, `Sky` of `Sky News`: the first word of a broadcaster's name.
const outletOpenings = new Set(
  [...outletNames]
    .filter((name) => / (?:news|tv|television|radio)$/.test(name))
    .map((name) => name.split(' ')[0]),
)
const listenerBefore = /\b(?:told|telling|tells|to|on)\s+$/

/**
 * `Clinton told Fox in the interview`, `speaking to Sky`: a broadcaster's first word alone,
 * where a listener or a channel stands or where the article names the broadcaster in full,
 * names the broadcaster.
 */
function namesAnOutlet(
  text: string,
  candidate: Candidate,
  outletsInFull: () => Set<string>,
): boolean {
  const first = loneWord(candidate)
  return (
    first !== undefined &&
    outletOpenings.has(first.text.toLowerCase()) &&
    (listenerBefore.test(text.slice(Math.max(0, first.start - 10), first.start)) ||
      // `Fox News said in a statement. … Fox told a different tale.`: the broadcaster named in full.
      outletsInFull().has(first.text))
  )
}

// ` skipper`, ` boss`, ` fans`: a team's people, after the team's name.
const teamRoleAfter =
  /^\s+(?:skipper|captain|boss|coach|manager|striker|midfielder|defender|goalkeeper|keeper|winger|forward|fans|supporters|chairman|owner)\b/

/**
 * `The 24-year-old Reds skipper`, `Blues boss Jose Mourinho`: one word in the plural before
 * a team's post names the team.
 */
function namesATeam(text: string, candidate: Candidate): boolean {
  const only = loneWord(candidate)
  return (
    only !== undefined &&
    /^\p{Lu}\p{Ll}+[^s]s$/u.test(only.text) &&
    teamRoleAfter.test(text.slice(only.end, only.end + 14)) &&
    // (Not `Star Wars fans`: the last word of a longer name.)
    !/(?<![\p{L}'’-])(?!(?:And|But|Or|The|As|So|Yet|While|When|If|Then|Now|Also)\s)\p{Lu}[\p{L}'’-]*\s+$/u.test(
      text.slice(Math.max(0, only.start - 24), only.start),
    ) &&
    // (Not `Sanders supporters`, `Elvis fans`, `Wales coach`: a person's or a place's name.)
    !givenNames.has(lexiconKey(only.text)) &&
    !surnames.has(lexiconKey(only.text)) &&
    !placeNames.has(lexiconKey(only.text)) &&
    !knownPlaces.has(only.text.toLowerCase())
  )
}

/**
 * `the Carolina Panthers`, `the Madison Mallards`: a given name that names a place as often, then
 * a plural that is no surname, after `the`, make a team (not `Madison Keys`: no `the` comes
 * before a person; nor `the Tom Hanks movie`).
 */
function teamAfterThe(text: string, candidate: Candidate): boolean {
  const pair = untitledPair(candidate, 'person')
  if (!pair) return false
  const [first, last] = pair
  return (
    isAmbiguousGivenName(first.text) &&
    theRightBefore(text, first.start) &&
    /^\p{Lu}\p{Ll}+[^s]s$/u.test(last.text) &&
    !surnames.has(lexiconKey(last.text)) &&
    !givenNames.has(lexiconKey(last.text))
  )
}

// `companies such as Adam Opel`, `brands including Dove`, `firms like Dell`: a kind of body, then
// one of them.
const kindOfBodyBefore =
  /\b(?:companies|firms|carmakers|automakers|banks|brands|retailers|businesses|chains|airlines|manufacturers|giants|lenders|insurers|broadcasters|publishers|conglomerates|corporations|multinationals)\s+(?:such as|like|including)\s+$/

/**
 * A name right after a kind of body and `such as`, `like` or `including` is
 * the name of one such body, wherever else the text names it.
 */
function bodiesOfAKind(text: string, candidates: Candidate[]): void {
  const bodies = new Set<string>()
  for (const candidate of candidates) {
    const start = candidate.tokens[0]?.start ?? 0
    if (
      candidate.title.length === 0 &&
      candidate.kind !== 'place' &&
      candidate.tokens.length <= 3 &&
      kindOfBodyBefore.test(text.slice(Math.max(0, start - 40), start))
    )
      bodies.add(nameText(candidate.name))
  }
  if (bodies.size === 0) return
  for (const candidate of candidates)
    if (candidate.title.length === 0 && bodies.has(nameText(candidate.name)))
      candidate.kind = 'organization'
}

// `adaptations of two plays: Franca Rame’s ‘Aurat Akeli’ and …`: a kind of work, then whose it is
// and its title in quotation marks.
const workWordsBefore =
  /\b(?:plays?|novels?|books?|films?|songs?|albums?|poems?|paintings?|sculptures?|operas?|musicals?|adaptations?|stories)\b[^.!?]{0,60}$/
const titleInQuotesAfter = /^['’]s\s+[‘“"']\p{Lu}/u

/** Is a possible person the maker of a work named right after, in a sentence about such works? */
function authorOfTitledWork(text: string, candidate: Candidate): boolean {
  const first = candidate.tokens[0]
  const last = candidate.tokens.at(-1)
  return (
    first !== undefined &&
    last !== undefined &&
    titleInQuotesAfter.test(text.slice(last.end, last.end + 6)) &&
    workWordsBefore.test(text.slice(Math.max(0, first.start - 80), first.start))
  )
}

// `Traore was`, `Hewitt has`: a verb for one, right after a lone name.
const singularVerbs = 'was|is|has|had|did|does|will|would|could|can|wants|wanted|says|said|told'
const singularSubjectAfter = new RegExp(
  `^\\s+(?:(?:also|then|still|later|now)\\s+)?(?:${singularVerbs})\\b`,
)
// `Dibaba won`, `Idowu landed`, `Robben's shot`, `Hislop, Ball`, `Robben and Damien Duff`: what
// follows a person's lone surname (not `Latino voters`, `Jihad and its`).
const nameAfter = new RegExp(
  `^(?:\\s+(?:(?:also|then|still|later|now|easily|again)\\s+)?(?:${singularVerbs}|won|beat|broke|went|made|took|hit|ran|got|gave|set|led|[a-z]+ed)\\b|[’']s?\\s|\\s*[,;:)(]|\\s+(?:and|or)\\s+\\p{Lu})`,
  'u',
)
// `an Islamic state`, `her Carmelite reform`, `in Sakhnin`: a word after these is no one's name.
const determinerOrPlaceBefore =
  /\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]his|[Tt]hat|in|at|from)\s+$/
// `The New Republic’s Jeet Heer sees`: a body's or a place's possessive before a name, and a verb
// after it.
const possessorBefore = /\p{Lu}[\p{L}.&-]*['’]s\s+$/u
const verbAfter =
  /^\s+(?:[a-z]+(?:es|ed)|sees|says|said|told|writes|wrote|argues|argued|thinks|notes|noted)\b/
/** `[Emphasis added]`, `[Emphasis mine]`: an editor's note in square brackets, no one speaking. */
function editorsNote(text: string, candidate: Candidate): boolean {
  const token = candidate.tokens[0]
  if (!token) return false
  return (
    text.charAt(token.start - 1) === '[' &&
    /^\s+(?:added|mine|original)\]/.test(text.slice(token.end, token.end + 12))
  )
}

/** Does the word `the` stand right before `start` (`the Treasury`, not `breathe`)? */
function theRightBefore(text: string, start: number): boolean {
  return /(?:^|[^\p{L}])[Tt]he\s+$/u.test(text.slice(Math.max(0, start - 5), start))
}

const chapterAndVerseAfter = /^\s+[1-9]\d{0,2}:\d{1,3}\b/
const chapterAfter = /^\s+[1-9]\d{0,2}\b/
const chapterOfBefore = /\b(?:[Cc]hapter|[Bb]ook) of\s+$/
const scriptures = /^(?:Bible|Koran|Quran|Qur['’]an|Torah|Talmud|Gospel|Gita|Bhagavad Gita)$/

// The rest of an author's line (`; illustrated by Raúl Colón`), then the book's publisher and
// price on the next line: `Simon & Schuster, $16.99; ages 4-8`.
const listingBelow =
  /^(?:;\s*(?:illustrated|translated|edited)\s+by\s+[^\n]{2,60})?[ \t]*\n\s*[^\n,]{2,60},\s*(?:\$|£|€)\d/u

/**
 * A book listing's author, on a line of their own between the title and the publisher:
 *
 *     Mister Bud Wears the Cone
 *     Carter Goodrich
 *     Simon & Schuster, $16.99; ages 4-8
 *
 * (and whoever illustrated it: `Mac Barnett; illustrated by Chris Van Dusen`).
 */
function authorOverListing(text: string, candidate: Candidate): boolean {
  const first = candidate.tokens[0]
  const last = candidate.tokens.at(-1)
  if (!first || !last || candidate.kind === 'person' || candidate.name.length < 2) return false
  // (Only the 80 characters before are read: a look back to the line's start would make a long
  // line of names quadratic.)
  const from = Math.max(0, first.start - 80)
  const before = (from === 0 ? '\n' : '') + text.slice(from, first.start)
  const owned =
    /\n[ \t]*$/.test(before) ||
    /\n[^\n]{2,60};\s*(?:illustrated|translated|edited)\s+by\s+$/.test(before)
  return owned && listingBelow.test(text.slice(last.end, last.end + 200))
}

/**
 * `Former Democratic congressman Anthony Weiner`, `a Liberal Democrat MP`: a party's words, with or
 * without a title, name no person.
 */
function onlyPartyWords(candidate: Candidate): boolean {
  return (
    candidate.kind === 'person' &&
    candidate.name.length > 0 &&
    candidate.name.every((token) =>
      partyMembers.has(token.text.toLowerCase().replace(/ic$/, '').replace(/s$/, '')),
    )
  )
}

/**
 * `porn star Sydney Leathers`, `actress Florence Fields`: a place and a plural after a word for
 * what a person is name that person, not a team (`Sydney Swans`).
 */
function personNotTeam(text: string, candidate: Candidate): boolean {
  const pair = untitledPair(candidate, 'organization')
  if (!pair) return false
  const [first, last] = pair
  return (
    knownPlaces.has(first.text.toLowerCase()) &&
    /[^s]s$/.test(last.text) &&
    // (Not `broadcaster France Televisions and …`, `billionaire Dallas Mavericks owner Mark Cuban`:
    // a name that modifies a word after it, or goes on in a list, is the team or the firm.)
    /^(?:[.,;:!?)]|\s+(?:said|says|told|was|is|has|had|who|would|will)\b)/.test(
      text.slice(last.end, last.end + 8),
    ) &&
    introducedAsPerson(text, candidate)
  )
}

// `her sister `, `his wife, `, `she and sister `: whose kin the name after is.
const ownKinBefore = new RegExp(
  `\\b(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur|and)\\s+)(?:${kinWords.join('|')}),?\\s+$`,
)

/**
 * `who lost her sister Victoria`, `his daughter Georgia`: one word right after someone's kin names
 * a person, though it names a place too.
 */
function placeNamedKin(text: string, candidate: Candidate): boolean {
  const only = candidate.tokens.length === 1 ? candidate.tokens[0] : undefined
  return (
    (candidate.kind === 'place' || candidate.kind === 'unknown') &&
    only !== undefined &&
    !only.sentenceStart &&
    ownKinBefore.test(text.slice(Math.max(0, only.start - 30), only.start)) &&
    // (Not `his mother, Chad’s Ambassador`: what the place owns follows.)
    !/^['’]s\b/.test(text.slice(only.end, only.end + 3))
  )
}

/** `Stop`, `Chile`, `Professors`: an ordinary word, a place or a plural, which opens no name. */
function isKnownOpening(word: string): boolean {
  const key = lexiconKey(word)
  return commonWords.has(key) || placeNames.has(key) || /s$/.test(key)
}

/**
 * `his title role in “Inside Llewyn Davis.”`: words that fill a pair of quotation marks, the
 * first an ordinary word, are a title (not `“Bill Clinton”`, which opens with a given name, nor
 * `“This Week With George Stephanopoulos”` or `“Only Rosie O’Donnell.”`, which hold a person's).
 */
function isQuotedTitle(text: string, run: Token[]): boolean {
  const first = run[0]
  const last = run.at(-1)
  if (!first || !last || run.length < 2) return false
  const key = lexiconKey(first.text)
  return (
    /[“"‘]$/.test(text.slice(Math.max(0, first.start - 1), first.start)) &&
    /^[.,!?]?[”"’](?!\p{L})/u.test(text.slice(last.end, last.end + 3)) &&
    commonWords.has(key) &&
    !opensPersonName(run) &&
    // (`“We The People Foundation”` is a body's name.)
    !organizationWords.has(lexiconKey(last.text))
  )
}

// A word of the sentence, or a comma, then a space: what stands before a token inside a sentence.
const midSentence = /[\p{Ll},;:]\s+$/u
// `told The Courier`, `of The Nation`: `The` capitalised after a word of the sentence, then one name.
// (No look-behind over the spaces: a megabyte of spaces would be read back from every one.)
// (A line may break before `The`: `according to` at a line's end, `The Courier` on the next.)
const namedWithThe =
  /[\p{Ll},;:](?:[ \t]{1,4}|[ \t]{0,4}\r?\n[ \t]{0,4})The[ \t]+(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]|\s+\p{Lu})/gu

// `, U.S. Embassy spokesperson in Beijing,` · `, Acme Corp chief economist`: a body's name, then
// who speaks for it.
const bodysRoleAfter =
  /^,\s+(?:\p{Lu}[\p{L}.'’&-]*\s+){1,4}(?:(?:chief|senior|deputy)\s+)?(?:spokes(?:man|woman|person)|director|chairman|chairwoman|official|executive|adviser|analyst|economist|correspondent|editor|professor|lawyer|attorney)\b/u

// `the Bush administration`, `the Reagan era`: a leader's name made a modifier.
const leaderEraAfter = /^\s+(?:administration|presidency|campaign|era|years|government|doctrine)\b/

/**
 * A possible name (`Tajul Islam`) is a person's when the text treats it so,
 * there or where its last word stands alone later (`Islam said`).
 */
function confirmPossiblePeople(text: string, candidates: Candidate[]): void {
  // `industry watchdog, Ofcom`, `search engine Google`: a word that a kind of body introduces.
  const bodies = new Set(
    candidates
      .filter(
        (candidate) =>
          // (`consultancy Retail Decisions`: a possible person's words too, with the body's word
          // right before; an appositive after, `Gianni Agnelli, the godfather of the group,`,
          // describes a person as often.)
          (candidate.kind === 'unknown' || candidate.kind === 'possible person') &&
          // (`Separately, the company said`: an adverb opening the sentence is no body.)
          candidate.tokens[0]?.ordinary !== true &&
          introducedAsBody(text, candidate, candidate.kind === 'unknown'),
      )
      .map((candidate) => nameText(candidate.name)),
  )
  // `Eli Lilly`, then `Lilly said`: the last word of a firm known by a person's whole name
  // (a given name and a surname; not `Al Qaeda`), alone, is the firm's.
  const firmSurnames = new Set(
    candidates
      .filter(
        (candidate) =>
          candidate.kind === 'organization' &&
          candidate.name.length === 2 &&
          (candidate.name[0]?.text.length ?? 0) > 2 &&
          givenNames.has(lexiconKey(candidate.name[0]?.text ?? '')) &&
          organizationNames.has(nameText(candidate.name).toLowerCase()),
      )
      .map((candidate) => candidate.name[1]?.text),
  )
  for (const candidate of candidates)
    if (
      candidate.name.length === 1 &&
      candidate.title.length === 0 &&
      candidate.kind !== 'place' &&
      firmSurnames.has(candidate.name[0]?.text)
    )
      candidate.kind = 'organization'
  // `the California Department of Transportation (Caltrans)`, then `Caltrans told`: one word in
  // brackets right after a body's name is its short name.
  const bodyEnds = endingsOfBodies(candidates)
  for (const candidate of candidates)
    if (
      (candidate.kind === 'unknown' || candidate.kind === 'possible person') &&
      isShortNameOfBody(text, candidate, bodyEnds)
    )
      bodies.add(nameText(candidate.name))
  // `… of The Courier`, then `the Courier said`: a word named with a capital `The` inside a
  // sentence (see `classify`) is a paper's, a band's or a body's: when it speaks, not a person.
  const namedThe = new Set<string>()
  for (const match of text.matchAll(namedWithThe)) if (match[1]) namedThe.add(match[1])
  if (bodies.size > 0)
    for (const candidate of candidates)
      if (
        (candidate.kind === 'unknown' || candidate.kind === 'possible person') &&
        bodies.has(nameText(candidate.name))
      )
        candidate.kind = 'organization'
  // `Jones said`, `said Limbaugh`: one word that speaks is a person's surname. Asked below of
  // an unknown word and of a possible person's surname only, so only those words are looked
  // at, each until one of its mentions speaks.
  const asked = new Set<string>()
  for (const candidate of candidates) {
    const word = candidate.name[0]?.text ?? ''
    if (candidate.kind === 'unknown' && candidate.name.length === 1) {
      // (Not a word marked ordinary where it opens a sentence: `Prosecutors, who …`.)
      if (!commonWords.has(word.toLowerCase()) && candidate.name[0]?.ordinary !== true)
        asked.add(word)
    } else if (candidate.kind === 'possible person') asked.add(candidate.name.at(-1)?.text ?? '')
  }
  const speaking = new Set<string>()
  for (const candidate of candidates) {
    const word = candidate.name[0]?.text ?? ''
    if (
      candidate.name.length === 1 &&
      asked.has(word) &&
      !speaking.has(word) &&
      candidate.kind !== 'organization' &&
      // `according to MMQB’s Peter King`: an acronym is a body's (`the U.N., the E.U.`); `Oscar-winning`, a modifier.
      !/^(?:\p{Lu}\.?){2,}$|-\p{Ll}/u.test(word) &&
      !isPeopleName(word) &&
      // (`Sources told the Ledger`, `Prosecutors said`: people who speak together.)
      !namesGroup(word) &&
      looksLikePerson(text, candidate)
    )
      speaking.add(word)
  }
  // `the Treasury said`, `the Bundesbank said`: a word that speaks and always stands after `the`
  // is a body's (not `Obama said` after `the Obama administration`).
  const alwaysAfterThe = new Set(
    [...speaking].filter((word) => !wellKnownPeople.has(lexiconKey(word))),
  )
  for (const candidate of candidates) {
    const word = candidate.name[0]?.text ?? ''
    const start = candidate.tokens[0]?.start ?? 0
    // (`A Treasury spokesperson`: a body's word before its spokesperson, after any article.)
    const end = start + word.length
    if (
      alwaysAfterThe.has(word) &&
      (candidate.name.length > 1 ||
        candidate.title.length > 0 ||
        (!theRightBefore(text, start) && !spokespersonAfter.test(text.slice(end, end + 16))) ||
        leaderEraAfter.test(text.slice(end, end + 16)))
    )
      alwaysAfterThe.delete(word)
  }
  // `Mr Glazer`: a surname with an honorific.
  const titled = new Set(
    candidates
      .filter((candidate) => candidate.name.length === 1 && candidate.title.length > 0)
      .map((candidate) => candidate.name[0]?.text),
  )
  // `Kobili Traore …`, then `In January, Traore was …`: the surname of a possible person, alone
  // and not after `the` (not `Catholic Church`, then `the Church`).
  const lone = candidates.filter(
    (candidate) =>
      candidate.tokens.length === 1 &&
      (candidate.kind === 'unknown' || candidate.kind === 'person') &&
      !theRightBefore(text, candidate.tokens[0]?.start ?? 0),
  )
  const after = (candidate: Candidate) =>
    text.slice(candidate.tokens[0]?.end ?? 0, (candidate.tokens[0]?.end ?? 0) + 30)
  const alone = new Set(
    lone
      .filter((candidate) => singularSubjectAfter.test(after(candidate)))
      .map((candidate) => candidate.name[0]?.text),
  )
  // `Tirunesh Dibaba …`, then `Dibaba won`, `Hewitt's`, `Hislop, Ball`: alone where a person's
  // name stands, not after a determiner or a place's preposition (`an Islamic state`, `in Sakhnin`).
  const aloneAsName = new Set(
    lone
      .filter((candidate) => {
        const start = candidate.tokens[0]?.start ?? 0
        return (
          !determinerOrPlaceBefore.test(text.slice(Math.max(0, start - 8), start)) &&
          nameAfter.test(after(candidate))
        )
      })
      .map((candidate) => candidate.name[0]?.text),
  )
  const lowerCase = writtenInLowerCase(text)
  // (Two words of a name no lexicon knows, neither written in lower case elsewhere, nor a post's,
  // a people's or a place's word, nor a given name last: not `Crooked Hillary`, `Winter Olympics`.)
  // (Where the lone word is not a verb's subject, neither word is an English word (`Sheff Utd`,
  // `Islamic Jihad`, `Voto Latino` no person), and the surname has a vowel (`Sheff Utd`).)
  // (`Sant Singh Chatwal`, then `Chatwal pleaded`: three words, the middle one a known name.)
  const knownName = (word: string) =>
    givenNames.has(lexiconKey(word)) || surnames.has(lexiconKey(word))
  // `Bashar Assad`: the given name and the surname of a well-known person (`Bashar al-Assad`).
  // (`Bashar al-Assad`: the surname with the Arabic article.)
  const isWellKnownFullName = (candidate: Candidate) => {
    const surname = withoutArabicArticle(lexiconKey(candidate.name.at(-1)?.text ?? ''))
    const known = wellKnownPeople.get(surname)?.name
    return (
      candidate.name.length === 2 &&
      known !== undefined &&
      lexiconKey(known.split(' ')[0] ?? '') === lexiconKey(candidate.name[0]?.text ?? '')
    )
  }
  const surnameConfirms = (candidate: Candidate) => {
    const given = candidate.name[0]
    const surname = candidate.name.at(-1)
    return (
      (candidate.name.length === 2 ||
        (candidate.name.length === 3 && knownName(candidate.name[1]?.text ?? ''))) &&
      given !== undefined &&
      surname !== undefined &&
      (alone.has(surname.text) ||
        (aloneAsName.has(surname.text) &&
          /[aeiouy]/.test(surname.text) &&
          candidate.name.every((token) => !isEnglishWord(token.text)))) &&
      candidate.name.every(
        (token) =>
          mayNamePerson(token.text) &&
          !lowerCase(token.text.toLowerCase()) &&
          !titleWords.has(token.text.toLowerCase()) &&
          !knownPlaces.has(token.text.toLowerCase()) &&
          !isDemonym(token.text),
      ) &&
      !givenNames.has(lexiconKey(surname.text)) &&
      !wellKnownPeople.has(lexiconKey(surname.text)) &&
      !wellKnownPeople.has(lexiconKey(given.text)) &&
      surname.text.length >= 3 &&
      !theRightBefore(text, given.start) &&
      !/ly$/.test(given.text) &&
      !areaWords.has(given.text.toLowerCase()) &&
      given.ordinary !== true
    )
  }
  for (const candidate of candidates) {
    const word = candidate.name[0]?.text ?? ''
    const surname = candidate.name.at(-1)?.text
    if (
      candidate.kind === 'unknown' &&
      candidate.name.length === 1 &&
      speaking.has(word) &&
      !commonWords.has(word.toLowerCase()) &&
      !editorsNote(text, candidate)
    ) {
      // (`T-Mobile said`, `K-Electric said`: one letter and a hyphen open a brand's name, no person's;
      // nor does `the Treasury said`, `the Kremlin said`: a word after `the` that speaks is a body.)
      // (`the Speaker said`, `the Dutchman said`: a post or a people's word names neither.)
      if (alwaysAfterThe.has(word) && (titleWords.has(word.toLowerCase()) || isDemonym(word)))
        candidate.kind = 'unknown'
      else
        candidate.kind =
          namedThe.has(word) || letterBrand.test(word) || alwaysAfterThe.has(word)
            ? 'organization'
            : 'person'
      continue
    }
    // `“Obama doesn’t get along with Putin,” he said`: a well-known surname alone is its holder.
    // (`Christ` is a name alone, a title after `the`: `The Passion of the Christ`.)
    if (
      candidate.kind === 'unknown' &&
      candidate.name.length === 1 &&
      wellKnownPeople.has(lexiconKey(word)) &&
      !(word === 'Christ' && theRightBefore(text, candidate.tokens[0]?.start ?? 0))
    ) {
      candidate.kind = 'person'
      continue
    }
    // `Forest Whitby`, then `Mr Whitby`: a name of ordinary words whose last one is a titled surname.
    if (
      candidate.kind === 'unknown' &&
      candidate.name.length === 2 &&
      candidate.title.length === 0 &&
      titled.has(surname) &&
      candidate.name.every(
        (token) => isCapitalised(token.text) && !/^\p{Lu}+$/u.test(token.text),
      ) &&
      // Not `Stop Trump`, `Chile Bergoglio`, `Professors Brugger`.
      !isKnownOpening(candidate.name[0]?.text ?? '')
    ) {
      candidate.kind = 'person'
      continue
    }
    // `India's Shubman Gill celebrates after`: two unusual words that a caption shows doing what
    // only people do.
    const end = candidate.tokens.at(-1)?.end ?? 0
    if (
      candidate.kind === 'unknown' &&
      candidate.name.length === 2 &&
      candidate.title.length === 0 &&
      candidate.name.every((token) => /^\p{Lu}\p{Ll}+$/u.test(token.text)) &&
      !isKnownOpening(candidate.name[0]?.text ?? '') &&
      humanActionAfter.test(text.slice(end, end + 24)) &&
      !theRightBefore(text, candidate.tokens[0]?.start ?? 0)
    ) {
      candidate.kind = 'person'
      continue
    }
    // `Jinnie Lee, U.S. Embassy spokesperson in Beijing, told`: an appositive says what person it is.
    const last = candidate.tokens.at(-1)
    if (
      (candidate.kind === 'unknown' || candidate.kind === 'possible person') &&
      candidate.name.length >= 2 &&
      candidate.name.length <= 3 &&
      candidate.title.length === 0 &&
      last &&
      candidate.name.every((token) => /^\p{Lu}\p{Ll}/u.test(token.text)) &&
      bodysRoleAfter.test(text.slice(last.end, last.end + 80))
    ) {
      candidate.kind = 'person'
      continue
    }
    if (
      candidate.kind === 'unknown' &&
      !(candidate.name.length === 1 && namedThe.has(word)) &&
      introducedAsPerson(text, candidate)
    ) {
      candidate.kind = 'person'
      // `champion Briton Hayley Yelling`, `world number two American Andre Agassi`: the demonym
      // after the role says where the person is from (not in `minister German Gref`).
      // (Not a given name that is also a faith's or a city's word: `Christian Slater`, `Milan Mandaric`.)
      const from = candidate.name[0]?.text ?? ''
      if (
        candidate.name.length >= 3 &&
        isDemonym(from) &&
        !givenNames.has(lexiconKey(from)) &&
        !placeNames.has(lexiconKey(from)) &&
        from !== 'Christian'
      ) {
        candidate.name = candidate.name.slice(1)
        candidate.tokens = candidate.tokens.filter(
          (token) => token.start >= (candidate.name[0]?.start ?? 0),
        )
      }
      continue
    }
    if (candidate.kind !== 'possible person') continue
    const start = candidate.tokens[0]?.start ?? 0
    // (Not `the Homeland Security waved`: no name of a person follows `the`.)
    const confirmed =
      (humanActionAfter.test(text.slice(end, end + 24)) &&
        !/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) ||
      looksLikePerson(text, candidate) ||
      introducedAsPerson(text, candidate) ||
      speaking.has(surname ?? '') ||
      titled.has(surname) ||
      surnameConfirms(candidate) ||
      isWellKnownFullName(candidate) ||
      // `The New Republic’s Jeet Heer sees`: a body's or a place's person, the subject of a verb.
      (candidate.name.length === 2 &&
        candidate.name.every((token) => !isEnglishWord(token.text)) &&
        possessorBefore.test(text.slice(Math.max(0, start - 30), start)) &&
        verbAfter.test(text.slice(end, end + 24))) ||
      authorOfTitledWork(text, candidate) ||
      postAfterName(text, end)
    candidate.kind = confirmed ? 'person' : 'unknown'
  }
  // `winner of the Merriman Smith award`, `the Edgar A. Poe award`: a full name before an award's
  // word in lower case names the award, as `Merriman Smith Award` does; `on Anderson Cooper 360`,
  // before a number, a show.
  for (const candidate of candidates) {
    const end = candidate.tokens.at(-1)?.end ?? 0
    if (
      candidate.kind === 'person' &&
      candidate.title.length === 0 &&
      candidate.name.length >= 2 &&
      (awardAfter.test(text.slice(end, end + 14)) ||
        showNumberAfter.test(text.slice(end, end + 16)))
    )
      candidate.kind = 'unknown'
  }
  // `Devon singer Joss Stone …, Joss Stone said`: a name the article gives a person once is theirs again.
  const people = new Set(
    candidates
      .filter((candidate) => candidate.kind === 'person' && candidate.name.length >= 2)
      .map((candidate) => nameText(candidate.name)),
  )
  for (const candidate of candidates)
    if (
      (candidate.kind === 'unknown' || candidate.kind === 'possible person') &&
      candidate.name.length >= 2 &&
      people.has(nameText(candidate.name))
    )
      candidate.kind = 'person'
}

// `Imelda Staunton (Vera Drake), Natalie Press (…`: the next name of a list, with its own brackets.
const nextInList = /^\),\s+(?:and\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s+\(/u
// What a review of a film or a show talks about: where a name in brackets may be the actor of a role.
const screenWords =
  /\b(?:film|films|movie|movies|scene|scenes|episode|sitcom|starring|actor|actress|actors|character|characters|cinema|screenplay)\b/i

/**
 * `jazz drummer Andrew Neyman (Miles Teller)`, `Milo (Hader) comes home`: in writing about a film
 * or a show, a name with an actor's name in brackets after it is a role the actor plays, no
 * person, under that name or a word of it later (`Amy`, `Dom`); the actor is a person, even with
 * a given name the lexicon lacks (`Kelly (Alexie Gilmore)`, `his best mate (Kristofer Hivju)`).
 * (Not in a list of nominees and their films, `Daniel Craig (Enduring Love), Phil Davis (Vera
 * Drake)`, nor for a public figure named by one word before the brackets: `Obama (…)`.)
 */
function rolesOfActors(text: string, candidates: Candidate[]): void {
  if (!text.includes('(') || !screenWords.test(text)) return
  // The surnames of the people named in full: `Hader` of `Bill Hader`.
  const surnamesNamed = new Set(
    candidates
      .filter((candidate) => candidate.kind === 'person' && candidate.name.length >= 2)
      .map((candidate) => candidate.name.at(-1)?.text ?? ''),
  )
  const roles = new Set<string>()
  const roleWords = new Set<string>()
  for (const [index, actor] of candidates.entries()) {
    const first = actor.tokens[0]
    const last = actor.tokens.at(-1)
    if (!first || !last || actor.title.length > 0) continue
    if (text[last.end] !== ')' || !/\(\s*$/.test(text.slice(first.start - 2, first.start))) continue
    if (!isActorName(actor, surnamesNamed)) continue
    // `), Phil Davis (Vera Drake),`: a list of names with what each is known for.
    const role = candidates[index - 1]
    const roleEnd = role?.tokens.at(-1)?.end ?? -1
    const roleStart = role?.tokens[0]?.start ?? 0
    const named = roleEnd >= 0 && /^\s*\($/.test(text.slice(roleEnd, first.start))
    if (
      named &&
      (/\)\s*,\s*$/.test(text.slice(Math.max(0, roleStart - 4), roleStart)) ||
        nextInList.test(text.slice(last.end, last.end + 60)))
    )
      continue
    // `PDAs (Personal Digital Assistants)`: an acronym's expansion.
    if (/\p{Lu}{2,}s?\s*\($/u.test(text.slice(Math.max(0, first.start - 12), first.start))) continue
    if (
      named &&
      role &&
      (role.kind === 'person' || role.kind === 'possible person' || role.kind === 'unknown') &&
      role.title.length === 0 &&
      !role.name.some((token) => actor.name.some((word) => word.text === token.text)) &&
      !(role.name.length === 1 && wellKnownPeople.has(lexiconKey(role.name[0]?.text ?? '')))
    ) {
      roles.add(nameText(role.name))
      for (const token of role.name) roleWords.add(token.text)
    }
    if (actor.kind !== 'person' && actor.kind !== 'possible person' && actor.kind !== 'unknown')
      continue
    actor.kind = 'person'
  }
  if (roles.size === 0) return
  // (A word of a role that is also a word of an actor's name stays the actor's: `Jim (Bryce
  // Johnson)`, then `Jim Croce`.)
  const actorWords = new Set(
    candidates
      .filter(
        (candidate) =>
          candidate.kind === 'person' &&
          candidate.name.length >= 2 &&
          !roles.has(nameText(candidate.name)),
      )
      .flatMap((candidate) => candidate.name.map((token) => token.text)),
  )
  for (const candidate of candidates) {
    const name = nameText(candidate.name)
    if (
      candidate.kind !== 'organization' &&
      candidate.kind !== 'place' &&
      (roles.has(name) ||
        (candidate.name.length === 1 && roleWords.has(name) && !actorWords.has(name)))
    )
      candidate.kind = 'unknown'
  }
}

/**
 * `Miles Teller`, `J.K. Simmons`, `Hader` (of `Bill Hader` named before): a name in brackets
 * that reads as a person's, given name and surname or the surname of a person of the article.
 */
function isActorName(candidate: Candidate, surnamesNamed: Set<string>): boolean {
  const words = candidate.name
  if (words.length === 1) return surnamesNamed.has(words[0]?.text ?? '')
  return (
    words.length <= 3 &&
    words.every((token) =>
      /^\p{Lu}[\p{Ll}.’'-]*\p{Ll}|^(?:\p{Lu}\.){1,3}\p{Lu}?\p{Ll}*$/u.test(token.text),
    ) &&
    // (Not a film's name: `Daniel Craig (Enduring Love)`.)
    (givenNames.has(lexiconKey(words[0]?.text ?? '')) ||
      !commonWords.has(lexiconKey(words[0]?.text ?? ''))) &&
    !words.some((token) => organizationWords.has(token.text.toLowerCase())) &&
    !knownPlaces.has(nameText(words).toLowerCase())
  )
}

// `Gary, Ind.`, `Morro Bay, Calif.`: the abbreviations news style gives US states after a town.
// (`Calif`, `N.H`, `W.Va`: each before its stop.)
const stateAfter = new RegExp(
  `^,\\s*(${[...stateAbbreviations.keys()]
    .map((key) =>
      key
        .replace(/\.$/, '')
        .split('.')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('\\.'),
    )
    .join('|')})\\.`,
)

// `Gary, Indiana, and`; not `Carly Fiorina, Ohio Gov. John Kasich` nor `Roy Blunt, North Carolina's Richard Burr`.
const usStateAfter = new RegExp(`^,\\s*(?:${usStates.join('|')})(?=[,.;:)]|\\s+[a-z]|$)`)
// `, Madagascar,` · `, Kenya.`: a known place after a comma, ending the phrase.
const placeWordsAfter =
  /^,\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?=[,.;:)]|\s+[a-z(]|$)/u

function knownPlaceAfter(after: string): boolean {
  const words = placeWordsAfter.exec(after)?.[1]?.toLowerCase()
  return words !== undefined && (knownPlaces.has(words) || placeNames.has(words))
}

// `, ` · ` and ` · `, and `: what joins the items of a list.
// (`Emily, 16, and Pelham, 14`: each name with an age set off after it.)
const listJoint = /^(?:,\s+(?:\d{1,3},\s+)?(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/

// `Hensing, T., Chawla, A., …`: a surname, then its initials, then the next author or `and`.
const initialsAfter = /^,\s+(?:\p{Lu}\.\s?){1,3}(?:,|\s+and\s)/u
// The line's start, or the initials of the author before: `…, Chawla, A., `.
const authorBefore = /(?:^|\n|\p{Lu}\.,\s+)$/u
// `…, and R. Salgia. A personalized treatment …`: the last author, initials first.
const lastAuthorBefore = /\p{Lu}\.,?\s+and\s+$/u

/**
 * A list of sources names its authors by surname and initials:
 *
 *     Hensing, T., Chawla, A., Batra, R., and R. Salgia. A personalized treatment for lung cancer …
 */
function authorsOfSources(text: string, candidates: Candidate[]): void {
  // The initials after a cited surname are its, no name of their own (`Batra, R.` is no `R.`).
  const initials: Array<[number, number]> = []
  for (const candidate of candidates) {
    const first = candidate.tokens[0]
    const last = candidate.tokens.at(-1)
    if (!first || !last || candidate.title.length > 0) continue
    const before = text.slice(Math.max(0, first.start - 12), first.start)
    const cited =
      (candidate.tokens.length === 1 &&
        authorBefore.test(before) &&
        initialsAfter.test(text.slice(last.end, last.end + 16))) ||
      (candidate.tokens.length === 2 &&
        /^\p{Lu}\.$/u.test(first.text) &&
        lastAuthorBefore.test(before) &&
        /^\.\s/.test(text.slice(last.end, last.end + 2)))
    if (!cited) continue
    candidate.kind = 'person'
    const after = initialsAfter.exec(text.slice(last.end, last.end + 16))
    if (candidate.tokens.length === 1 && after)
      initials.push([last.end, last.end + after[0].length])
  }
  if (initials.length === 0) return
  const ofAuthor = (candidate: Candidate) =>
    candidate.tokens.every((token) => /^\p{Lu}\.$/u.test(token.text)) &&
    initials.some(
      ([from, to]) =>
        (candidate.tokens[0]?.start ?? 0) >= from && (candidate.tokens[0]?.start ?? 0) < to,
    )
  const kept = candidates.filter((candidate) => !ofAuthor(candidate))
  candidates.splice(0, candidates.length, ...kept)
}

/**
 * `Bernal, Jamie Foxx, Jim Carrey and Johnny Depp`: in a list of names, most
 * of them people, the unknown names are people too. Not a place, a body's
 * name or a word in capitals.
 */
function peopleInLists(text: string, allCandidates: Candidate[]): void {
  // (`Margaret Atwood (Canada) Saul Bellow (Canada)`, `Moazzam Begg, from Birmingham, and …`: a
  // place set aside after a name is part of the joint, not an item.)
  const candidates = allCandidates.filter((candidate) => !isPlaceAside(text, candidate))
  let start = 0
  while (start < candidates.length) {
    let end = start + 1
    let joined = false
    let restart = false
    while (end < candidates.length) {
      const joint = withoutPlaceAsideAt(
        withoutPostNominalsAt(textBetween(text, candidates[end - 1], candidates[end])),
      )
      // (`…, Robin Williams and Mel Brooks, Robots follows …`: after `and`, a comma ends the
      // list, and the name after `and` may open the next; `Obama and Panetta and Biden` goes on.)
      const and = /\b(?:and|or)\b/.test(joint)
      if (!listJoint.test(joint)) break
      if (joined && !and) {
        restart = true
        break
      }
      joined ||= and
      end++
    }
    const list = candidates.slice(start, end)
    if (list.length >= 2) kinList(text, list)
    if (list.length === 2) pairWithPerson(text, list)
    else confirmList(text, list)
    start = restart ? end - 1 : end
  }
  // `M Zaheer in Microbiology, Sakina Rehman in Botany and Usman Ali in Islamic Studies`: names
  // listed each with what it is in or for.
  for (let start = 0; start < candidates.length; start++) {
    const names: Candidate[] = []
    let at = start
    for (;;) {
      const name = candidates[at]
      if (!name) break
      names.push(name)
      let last = at + 1
      if (!qualifierJoint.test(textBetween(text, name, candidates[last]))) break
      while (/^\s*&\s*$/.test(textBetween(text, candidates[last], candidates[last + 1]))) last++
      if (!listJoint.test(textBetween(text, candidates[last], candidates[last + 1]))) break
      at = last + 1
    }
    if (names.length >= 3) {
      confirmList(text, names)
      start = at
    }
  }
  // `(Ahmer Ashfaq 53, Asim Ali Nasir 38, Mohsin Khan 32; Mohammad Irfan 3-31)`, `Mohammad
  // Bilawal (3-38), Mohammad Saleem (2-18), and Shahid Ali (2-44)`: a scorecard's names, each
  // with its runs or wickets.
  for (let start = 0; start < candidates.length; start++) {
    let end = start + 1
    while (
      end < candidates.length &&
      scoreJoint.test(textBetween(text, candidates[end - 1], candidates[end]))
    )
      end++
    const names = candidates.slice(start, end)
    if (names.length >= 3 && names.filter((name) => name.kind === 'person').length >= 2) {
      for (const name of names)
        if (
          (name.kind === 'unknown' || name.kind === 'possible person') &&
          name.name.length >= 2 &&
          name.name.length <= 3 &&
          name.name.every((token) => mayNamePerson(token.text))
        )
          name.kind = 'person'
      start = end - 1
    }
  }
}
const scoreJoint =
  /^\s*(?:\(\s*\d{1,3}(?:-\d{1,3})?\*?\s*\)|\d{1,3}(?:-\d{1,3})?\*?)\s*(?:,|;|,?\s+and)\s*$/

/**
 * `(Canada)` of `Margaret Atwood (Canada)`, `Birmingham` of `Moazzam Begg, from Birmingham, and
 * …`: a place set aside after a listed name, in brackets or after `, from`.
 */
function isPlaceAside(text: string, candidate: Candidate): boolean {
  const first = candidate.tokens[0]
  const last = candidate.tokens.at(-1)
  return (
    candidate.kind === 'place' &&
    first !== undefined &&
    last !== undefined &&
    (inParentheses(text, { start: first.start, end: last.end }) ||
      // `Moazzam Begg, from Birmingham, and Martin Mubanga`: where a listed person is from.
      (/,\s+from\s+$/.test(text.slice(Math.max(0, first.start - 8), first.start)) &&
        text.charAt(last.end) === ','))
  )
}

/**
 * The joint between two listed names without the place set aside after the first (see
 * `isPlaceAside`): `Margaret Atwood (Canada) Saul Bellow`, a country in brackets and no comma,
 * is read as a comma; `Moazzam Begg, from Birmingham, and Martin Mubanga` as `, and `.
 */
function withoutPlaceAsideAt(joint: string): string {
  const from = /^,\s+from\s+\p{Lu}[^,()]{1,30}(,.*)$/su.exec(joint)
  if (from?.[1]) return from[1]
  const country = /^\s*\(([^()]{2,30})\)\s*([,;]\s*)?$/.exec(joint)
  if (!country?.[1] || !knownPlaces.has(country[1].toLowerCase())) return joint
  return country[2] ? joint.slice(joint.lastIndexOf(country[2].trim())) : ', '
}

/** ` Advocate, and `: the joint after the words that follow a name but are none of it (`Advocate`, `MP`). */
function withoutPostNominalsAt(joint: string): string {
  let rest = joint
  for (;;) {
    const word = /^\s+(\p{L}+)/u.exec(rest)
    if (!word?.[1] || !isPostNominal(word[1])) return rest
    rest = rest.slice(word[0].length)
  }
}

/** The text between two candidates, or a mark that joins nothing where one is missing. */
function textBetween(
  text: string,
  left: Candidate | undefined,
  right: Candidate | undefined,
): string {
  const end = left?.tokens.at(-1)?.end
  const start = right?.tokens[0]?.start
  return end === undefined || start === undefined || start < end ? '|' : text.slice(end, start)
}

// ` in `, ` for `: what a listed name is qualified by.
const qualifierJoint = /^\s+(?:in|for)\s+(?:the\s+)?$/

/**
 * In a list of three names or more, two of them people's for sure and most of the rest shaped
 * like people's names, every name so shaped is a person's.
 */
function confirmList(text: string, list: Candidate[]): void {
  const people = list.filter((candidate) => candidate.kind === 'person').length
  // `The featured artists are Amna Akram, Anmol Zaman, Aruj Fahim, …`: a long list of names
  // shaped like people's (two or three capitalised words that may name one), two of them
  // people's for sure.
  const possible = list.filter(
    (candidate) =>
      candidate.kind !== 'person' &&
      candidate.title.length === 0 &&
      candidate.name.length >= 2 &&
      candidate.name.length <= 3 &&
      candidate.name.every((token) => mayNamePerson(token.text)),
  ).length
  // `Salman Rushdie, JM Coetzee and Kazuo Ishiguro`: or one person for sure and every other name
  // a possible person's.
  const allPossible = list.every(
    (candidate) => candidate.kind === 'person' || candidate.kind === 'possible person',
  )
  if (
    list.length >= 3 &&
    (people >= 2 || (people === 1 && allPossible)) &&
    (people * 2 >= list.length || (people + possible) * 4 >= list.length * 3 || allPossible)
  )
    for (const candidate of list)
      if (
        (candidate.kind === 'unknown' || candidate.kind === 'possible person') &&
        // (`Moeen Ud Din Sheikh`: four words, if each may name one.)
        candidate.name.length <= 4 &&
        // (`JM Coetzee`: initials may open a listed name; not a post's letters, `CM Agha Wasif`.)
        candidate.name.every(
          (token, index) =>
            mayNamePerson(token.text) ||
            // (`Tamir Rice`: a surname that is an ordinary word too, after an unusual given name.)
            (index === candidate.name.length - 1 &&
              index === 1 &&
              /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
              !commonWords.has(lexiconKey(candidate.name[0]?.text ?? '')) &&
              mayNamePerson(candidate.name[0]?.text ?? '')) ||
            (index < candidate.name.length - 1 &&
              /^(?:\p{Lu}{1,2}|(?:\p{Lu}\.){1,2})$/u.test(token.text) &&
              !titleWords.has(token.text.toLowerCase()) &&
              !/^(?:CM|MD|GM|VC)$/.test(token.text)),
        ) &&
        // (Not `Vice Chairperson`: a post's words alone.)
        !candidate.name.every((token) => titleWords.has(token.text.toLowerCase())) &&
        // (Not `Maroon 5`, `Channel 4`: a name and a number are a band's or a brand's.)
        !/^\s+\d/.test(
          text.slice(candidate.tokens.at(-1)?.end ?? 0, (candidate.tokens.at(-1)?.end ?? 0) + 4),
        )
      )
        candidate.kind = 'person'
}

// `survived by three children Nora, Hasna and Guy` · `her sons, Ali and Omar`: a word for kin
// in the plural, then the list.
const kinListBefore =
  /\b(?:children|sons|daughters|grandchildren|grandsons|granddaughters|siblings|brothers|sisters|kids)\s*[,:]?\s*$/

/** The names listed right after a word for kin in the plural are people's, one word or more. */
function kinList(text: string, list: Candidate[]): void {
  const first = list[0]?.tokens[0]
  if (!first || !kinListBefore.test(text.slice(Math.max(0, first.start - 30), first.start))) return
  for (const candidate of list) {
    // `their two children Emily, 16, and Pelham, 14`: a place's name with an age after it.
    const end = candidate.tokens.at(-1)?.end ?? 0
    if (
      candidate.kind === 'place' &&
      candidate.name.length === 1 &&
      /^,\s+\d{1,2}\b(?![-–])/.test(text.slice(end, end + 8))
    )
      candidate.kind = 'person'
    if (
      (candidate.kind === 'unknown' || candidate.kind === 'possible person') &&
      candidate.title.length === 0 &&
      candidate.name.length <= 3 &&
      candidate.name.every(
        (token) =>
          /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
          !placeNames.has(lexiconKey(token.text)) &&
          !organizationWords.has(lexiconKey(token.text)),
      )
    )
      candidate.kind = 'person'
  }
}

/**
 * `Shafqat Kakakhel, Chairperson, BoG, SDPI, highlighted` · `Jo Park, Chief Executive, said`: a
 * post in capitals set off by commas right after a name says whose it is.
 */
function postAfterName(text: string, end: number): boolean {
  const after = text.slice(end, end + 60)
  const post = /^,\s+((?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+)\s*,/u.exec(after)?.[1]
  return (
    (post !== undefined && titleHeads.has(post.split(/\s+/).at(-1)?.toLowerCase() ?? '')) ||
    advocateAfter.test(after)
  )
}
// `Sarmad Ali, Advocate High Court, has submitted`: a lawyer's calling, as Pakistani papers write it.
const advocateAfter = /^,\s+Advocate(?:\s+(?:High|Supreme)\s+Court)?\s*[,.;]/

// `Anderson Cooper 360`: a show's number right after a full name (not `, 34,`, an age).
// (Not a measure, `51cm`, `40 foot`, a substitute's minute, `Phil Neville 84)`, nor a score in a
// list, `Ashir Qamber 64, Imran Yousaf 38`.)
const showNumberAfter =
  /^ \d{2,4}(?![\d:;,%/)\p{L}-]|\.\d| ?(?:times|years?|points?|goals?|runs?|votes?|seats?|percent|per|m|km|kg|foot|feet|ft|yards?|miles?|wickets?|minutes?)\b)/u
const spokespersonAfter = /^\s+spokes(?:man|woman|person)\b/
const awardAfter = /^\s+(?:award|prize|medal|trophy|lecture|fellowship|scholarship)s?\b/
// `Shaheen Afridi celebrates after taking a wicket`, `… poses for a picture`: what a person does,
// as a caption says it.
const humanActionAfter =
  /^\s+(?:celebrat|pos|gestur|wav|smil|attend|arriv|react|inaugurat|chair|shak)(?:es|ed|s)\b|^\s+(?:looks on|shakes hands)\b/

/**
 * `Charlize Theron and Sean Penn`, `without Steve Smith or Marnus Labuschagne`: a name shaped
 * like a person's (two unusual words) joined by `and` or `or` to a person's full name is a
 * person's too. Not `Marks and Spencer`, nor a body's name.
 */
function pairWithPerson(text: string, pair: Candidate[]): void {
  const [left, right] = pair
  if (!left || !right) return
  const written = textBetween(text, left, right)
  // (`Moazzam Begg, from Birmingham, and Martin Mubanga`: where the first is from, set off.)
  const between = written.startsWith(', from ')
    ? withoutPlaceAsideAt(written).replace(/^,/, '')
    : written
  if (between !== ' and ' && between !== ' or ') return
  // Not works in a list: `the Rolling Stones’ Emotional Rescue`, `La Traviata and Fromental Halevy’s La Juive`.
  const start = left.tokens[0]?.start ?? 0
  const end = right.tokens.at(-1)?.end ?? 0
  if (/['’]s?\s*$/.test(text.slice(Math.max(0, start - 3), start))) return
  if (/^['’]/.test(text.slice(end, end + 1))) return
  for (const [candidate, other] of [
    [left, right],
    [right, left],
  ] as const)
    if (
      (candidate.kind === 'possible person' || candidate.kind === 'unknown') &&
      // (Three words too, one a known name: `Nazakat Hussain Abbasi and Asif Mahmood`; not
      // `Ku Klux Klan`.)
      (candidate.name.length === 2 ||
        (candidate.name.length === 3 &&
          candidate.name.some((token) => givenNames.has(lexiconKey(token.text))) &&
          // (Not `Briton Clive Owen`: the demonym says where he is from.)
          !isDemonym(candidate.name[0]?.text ?? ''))) &&
      candidate.title.length === 0 &&
      other.kind === 'person' &&
      // A given name and a surname; not `The Leonard Cohen Story and Guitar Greats`.
      other.name.length === 2 &&
      candidate.name.every((token) => mayNamePerson(token.text))
    )
      candidate.kind = 'person'
  // `Saddam and Nadeem, who were injured`: people named by one given name each, whom `who` follows.
  if (!/^,?\s+who\b/.test(text.slice(end, end + 6))) return
  for (const [candidate, other] of [
    [left, right],
    [right, left],
  ] as const)
    if (
      candidate.kind === 'unknown' &&
      candidate.name.length === 1 &&
      candidate.title.length === 0 &&
      other.kind === 'person' &&
      other.name.length === 1 &&
      other.title.length === 0 &&
      givenNames.has(lexiconKey(other.name[0]?.text ?? '')) &&
      mayNamePerson(candidate.name[0]?.text ?? '')
    )
      candidate.kind = 'person'
}

/** `Bernal`, `Slater`; not `Earlier`, `Oasis`, `Republican`, `British-born` or `Railtrack Plc`. */
function mayNamePerson(word: string): boolean {
  const key = lexiconKey(word)
  return (
    personShape.test(word.replace(latin1Letter, 'e')) &&
    (givenNames.has(key) || surnames.has(key) || !commonWords.has(key)) &&
    !organizationWords.has(key) &&
    !placeNames.has(key) &&
    !isModifier(word) &&
    !partyMembers.has(key.replace(/s$/, ''))
  )
}

// `Koh`, `Núñez` (its accents combining or not), `Mariano-Florentino`: a name's word, its parts
// joined by a hyphen.
const personShape = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$/u
// `CuÃ©llar`: a letter's UTF-8 bytes read as Latin-1 (see `tokenize`).
const latin1Letter = /(?:Ã|A\u0303)[\u0080-\u00bf]/gu

// `Lord Faulkner of `, `Baroness Hale of `: a peer's title, then the place it is of.
const peerOf =
  /\b(?:Lord|Lady|Baroness|Baron|Earl|Countess|Viscount|Marquess|Duke|Duchess)\s+\p{Lu}[\p{L}'’-]+\s+of\s+$/u

/** `Lord Faulkner of Worcester`: the place a peer's title is of. */
function placesOfPeers(text: string, candidates: Candidate[]): void {
  for (const candidate of candidates) {
    const start = candidate.tokens[0]?.start ?? 0
    if (candidate.title.length === 0 && peerOf.test(text.slice(Math.max(0, start - 50), start)))
      candidate.kind = 'place'
  }
}

// ` area of`, ` village`, ` mountain range`, ` valley`: a lower-case word for a place right after a name.
const placeNounAfter =
  /^\s+(area|village|town|district|tehsil|locality|neighbourhood|neighborhood|suburb|township|mountains?|hills|river|valley|desert|region|province|island|peninsula|coast)\b/
const placePrepositionBefore = /\b(?:in|at|near|from|of|to|into|across)\s+(?:the\s+)?$/i

/**
 * `in Sardar Garh Basti Haji Pir area`, `near the Ghazi Khan village`: a name between a preposition
 * of place and a word for a place is the place's, title words and all.
 */
function placesBeforePlaceNouns(text: string, candidates: Candidate[]): void {
  for (const candidate of candidates) {
    const first = candidate.tokens[0]
    const last = candidate.tokens.at(-1)
    if (!first || !last) continue
    // (One word only when it is no word of the language, no demonym and no ambiguous given name:
    // not `the Olympic village`, `the Norwegian town`, `the PKK-controlled area`.)
    if (
      candidate.tokens.length === 1 &&
      (!['unknown', 'place'].includes(candidate.kind) ||
        commonWords.has(lexiconKey(first.text)) ||
        isModifier(first.text) ||
        /-|ic$/.test(first.text))
    )
      continue
    if (!placeNounAfter.test(text.slice(last.end, last.end + 16))) continue
    // (Not `the Sri Lankan coast`, `the Middle Eastern region`: a people's adjective; nor `the
    // Celtic Warriors region`, a team of the region.)
    const noun = placeNounAfter.exec(text.slice(last.end, last.end + 16))?.[1]
    if (
      candidate.tokens.length > 1 &&
      (/(?:an|ern)$/.test(last.text) || (noun === 'region' && /[^s]s$/.test(last.text))) &&
      !knownPlaces.has(nameText(candidate.tokens).toLowerCase())
    )
      continue
    if (!placePrepositionBefore.test(text.slice(Math.max(0, first.start - 12), first.start)))
      continue
    candidate.kind = 'place'
    candidate.title = []
    candidate.name = candidate.tokens
  }
}

// ` families`, ` and Sher Wali families`: a family's word after a name, or after the next name.
const familyAfter =
  /^\s+(?:and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+)?famil(?:y|ies)\b/u

/**
 * `between Atlas Khan and Sher Wali families`: a full name before the word for a family names the
 * family, no person (a person the article names elsewhere is found there).
 */
function namesAFamily(text: string, candidate: Candidate): boolean {
  const last = candidate.tokens.at(-1)
  return (
    (candidate.kind === 'person' || candidate.kind === 'possible person') &&
    candidate.title.length === 0 &&
    candidate.name.length >= 2 &&
    last !== undefined &&
    familyAfter.test(text.slice(last.end, last.end + 50))
  )
}

/** `Boyzone` of `Former Boyzone`, `Hazara` of `DIG Hazara`: the name alone, retyped, its title dropped. */
function untitled(candidate: Candidate, kind: Kind): void {
  candidate.kind = kind
  candidate.title = []
  candidate.tokens = candidate.name
}

/**
 * `Former Boyzone singer Ronan Keating`: one word after `Former` and before a calling and a name
 * is the band, the team or the firm the person was of.
 */
function formerOfBody(text: string, candidate: Candidate): boolean {
  const last = candidate.tokens.at(-1)
  return (
    candidate.kind === 'person' &&
    candidate.name.length === 1 &&
    candidate.title.length > 0 &&
    candidate.title.every((token) => /^(?:former|ex)$/i.test(token.text)) &&
    // (Not `Former British ambassador Craig Murray`: where the person is from.)
    !isDemonym(candidate.name[0]?.text ?? '') &&
    // (Nor `Former NI minister`: letters that may stand for a place.)
    !/^\p{Lu}+$/u.test(candidate.name[0]?.text ?? '') &&
    last !== undefined &&
    employsNameAfter(text.slice(last.end, last.end + 40))
  )
}

/**
 * `DIG Hazara briefed the IGP` where the article writes `Hazara division`: one word after a
 * district's post is the district when the article names it as an area.
 */
function districtNamedAsArea(text: string, candidate: Candidate): boolean {
  const word = candidate.name[0]?.text ?? ''
  const post = candidate.title.at(-1)?.text.toLowerCase() ?? ''
  return (
    candidate.kind === 'person' &&
    candidate.name.length === 1 &&
    districtPosts.has(post) &&
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    [...text.matchAll(new RegExp(`\\b${word}\\s+(\\p{L}+)`, 'gu'))].some((match) =>
      areaWords.has((match[1] ?? '').toLowerCase()),
    )
  )
}

/**
 * `Commissioner Kalat Division Shahzeb Kakar`, `DPO Chakwal Faraz Ahmed Kharal`: the district
 * between a post and its holder's name is a place (not `SSP Traffic`, `DIG Prisons`, `DIG
 * Commandant`: a branch's word or a post's).
 */
function districtBetween(candidate: Candidate): Token[] {
  const titleEnd = candidate.title.at(-1)?.end
  const nameStart = candidate.name[0]?.start
  if (candidate.kind !== 'person' || titleEnd === undefined || nameStart === undefined) return []
  const between = candidate.tokens.filter(
    (token) => token.start > titleEnd && token.end < nameStart,
  )
  const words = between.filter((token) => !areaWords.has(token.text.toLowerCase()))
  // (`North Waziristan`: a known place, whatever its words.)
  const known = knownPlaces.has(words.map((token) => token.text.toLowerCase()).join(' '))
  return words.length > 0 &&
    words.length <= 3 &&
    (known ||
      words.every(
        (token) =>
          /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
          !/[^s]s$/.test(token.text) &&
          !commonWords.has(lexiconKey(token.text)) &&
          !titleWords.has(lexiconKey(token.text)),
      ))
    ? between
    : []
}

// `University`, `Bank`: the heads of an institution's name, which its first word may stand for.
// `Harmony Enterprises`, then `Oksuz registered Harmony`: a firm's word that takes a given name too.
const firmHeads = /^(?:enterprises|industries|holdings|inc|llc|ltd)$/
const institutionHeads = new RegExp(
  `^(?:university|college|bank|hospital|institute|foundation|corporation|corp|company|group|airlines|airways|motors)$|${firmHeads.source}`,
)
/** `Inc.` → `inc`: the last word of a body's name as the lists above hold it. */
const headKey = (word: string) => lexiconKey(word).replace(/\.$/, '')

/**
 * `McGill University`, then `at McGill`: one word taken for a person's that opens an institution's
 * name in the article stands for the institution, unless a person's name in the article ends
 * with it (`Henry Ford`).
 */
function bodiesByFirstWord(candidates: Candidate[]): void {
  const bodies = new Set<string>()
  const firms = new Set<string>()
  for (const candidate of candidates) {
    const head = headKey(candidate.name.at(-1)?.text ?? '')
    if (
      candidate.kind === 'organization' &&
      candidate.name.length >= 2 &&
      institutionHeads.test(head)
    )
      (firmHeads.test(head) ? firms : bodies).add(candidate.name[0]?.text ?? '')
  }
  for (const firm of firms) bodies.add(firm)
  if (bodies.size === 0) return
  for (const candidate of candidates)
    if (candidate.kind === 'person' && candidate.name.length >= 2)
      bodies.delete(candidate.name.at(-1)?.text ?? '')
  for (const candidate of candidates)
    if (
      candidate.name.length === 1 &&
      candidate.title.length === 0 &&
      bodies.has(candidate.name[0]?.text ?? '') &&
      (firms.has(candidate.name[0]?.text ?? '') ||
        !givenNames.has(lexiconKey(candidate.name[0]?.text ?? ''))) &&
      (candidate.kind === 'person' || candidate.kind === 'possible person')
    )
      candidate.kind = 'organization'
}

// `: Murphy, Dempsey, Horgan, …` · `Replacements: Peel, Wilson, …` · `Iowa: Tim Albrecht, …`: a
// line that is a heading (or none), a colon, then a list of names.
// (`Replacements (from): Bozzi, …`: what the list is, in brackets.)
const rosterHeading =
  /^(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}(?: \([^()\n]{1,20}\))?)?:[ \t]+/u
// `O'Connell`, `S Easterby`, `CJ van der Linde`, `Juninho Paulista`: one item of a roster.
const rosterItem =
  /^(?:\p{Lu}{1,2}\.? )?\p{Lu}[\p{L}'’-]+(?: (?:van|von|de|der|du|da|dal|del|di|la|le)?\s?\p{Lu}?[\p{L}'’-]+){0,3}$/u

/**
 * Where the team sheets and the lists of people under a heading are: lines of five names or more,
 * most of them shaped as names and not known as places, each
 * - after a heading and a colon (`Replacements: Peel, Wilson, …`),
 * - or a side's line-up on its own, its lines of play set apart by semicolons (`De Marigny; Mi
 *   Bergamasco, Canale, Masi, Nitoglia; Orquera, Troncon; …`),
 * - or a line of names right after such a line (the replacements, with no heading).
 */
function rosterSpans(text: string): Array<[number, number]> {
  // Most articles have no such line: one look at the text spares the walk.
  if (!/^[^\n:]{0,40}:[ \t]+\p{Lu}[^\n,]{0,30},|;[^\n;]{1,40};/mu.test(text)) return []
  const spans: Array<[number, number]> = []
  for (const line of text.matchAll(/^.+$/gm)) {
    // (Not the headline.)
    if (line.index === 0) continue
    // `… an early pitch inspection. Leeds: Balshaw; Rees, … Replacements: Kalman, …`: each side's
    // line-up and replacements under their own heading, in one paragraph.
    const cuts = [0, ...[...line[0].matchAll(headingInLine)].map((cut) => cut.index ?? 0)]
    for (const [index, cut] of cuts.entries()) {
      const at = (line.index ?? 0) + cut
      const piece = line[0].slice(cut, cuts[index + 1] ?? line[0].length).trimEnd()
      const span = rosterSpan(piece, at, spans.at(-1), text)
      if (span) spans.push(span)
    }
  }
  return spans
}
// `. Replacements: ` · `. Leeds: `: a heading after a sentence or a list, in the same line.
const headingInLine = /(?<=[.;]\s+)(?=\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}:\s)/gu

/** The span of the names of one piece of a line that is a roster (see `rosterSpans`), if it is one. */
function rosterSpan(
  piece: string,
  at: number,
  previous: [number, number] | undefined,
  text: string,
): [number, number] | undefined {
  // (Not a headline's list of nouns: `Evidence of Bribery, Extortion, … and More!`.)
  if (/[!?]$/.test(piece)) return undefined
  const heading = rosterHeading.exec(piece)?.[0].length
  const list = heading === undefined ? piece : piece.slice(heading)
  const items = list
    .replace(/\.$/, '')
    .split(/[,;]\s*|\//)
    .map((item) => item.trim())
  // (A line of its own opens with a name, not with a sentence: `G Thomas (capt); H Luscombe, …`.)
  const opening = (items[0] ?? '').replace(/\s*\([^()]*\)/g, '')
  if (
    items.length < 5 ||
    (heading === undefined && !/^\p{Lu}[^\s:]*(?: [^\s:]+){0,3}$/u.test(opening))
  )
    return undefined
  const named = items.filter(
    (item) => rosterItem.test(item) && !knownPlaces.has(item.toLowerCase()),
  ).length
  if (named * 5 < items.length * 4) return undefined
  return heading !== undefined ||
    (list.match(/;/g)?.length ?? 0) >= 2 ||
    (previous !== undefined && /^\s*$/.test(text.slice(previous[1], at)))
    ? [at + piece.length - list.length, at + piece.length]
    : undefined
}

/**
 * A team sheet, or a list of people under a heading (see `rosterSpans`): every name listed there
 * that is not taken for a body or a known place is a person's, one word or more.
 */
function peopleInRosters(text: string, candidates: Candidate[]): void {
  for (const [from, to] of rosterSpans(text)) {
    for (const candidate of candidates) {
      const first = candidate.tokens[0]
      const last = candidate.tokens.at(-1)
      if (!first || !last || first.start < from || last.end > to) continue
      const name = candidate.tokens.map((token) => token.text).join(' ')
      if (
        (candidate.kind === 'unknown' ||
          candidate.kind === 'possible person' ||
          (candidate.kind === 'place' && !knownPlaces.has(name.toLowerCase()))) &&
        candidate.tokens.length <= 4 &&
        !/^\p{Lu}{3,}$/u.test(name) &&
        // (`… Yannick Nyanga. Backs: …`: the next heading.)
        text.charAt(last.end) !== ':' &&
        // (`J Bonnaire (Bourgoin)`: a player's club, in brackets.)
        text.charAt(first.start - 1) !== '('
      ) {
        candidate.kind = 'person'
        candidate.title = []
        candidate.name = candidate.tokens
      }
    }
  }
}

// `L Dallaglio (England)`, `B O'Driscoll (Ireland, capt)`, `P de Villiers (France)`: a player's
// initial and surname, then the country in brackets.
const playerWithCountry =
  /(?<![\p{L}'’-])(\p{Lu}{1,2}\.?(?: (?:de|van|von|du|da|di|la|le|Lo|Le|De|Van) )?(?: ?\p{Lu}[\p{L}'’-]+){1,2})\s*\(([^()\n]{2,40})\)/gu

/**
 * `L Dallaglio (England), B Cohen (England), A Rougerie (France), …`: a squad listed by initial,
 * surname and country, five players or more on a line, names people however unusual.
 */
function playersWithCountries(text: string, candidates: Candidate[]): void {
  // Most articles have no such line: one look at the text spares the walk.
  if (!/\p{Lu}\.? \p{Lu}[\p{L}'’-]+ \([A-Z]/u.test(text)) return
  const ranges: Array<[number, number]> = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    const players = [...line.matchAll(playerWithCountry)].filter((match) => {
      // (`S Africa`, `N Ireland`: a compass point written short.)
      const country = (match[2] ?? '')
        .split(',')[0]
        ?.trim()
        .toLowerCase()
        .replace(/^([nsew])\.? /, (_, point: string) => `${compassPoints[point]} `)
      return country !== undefined && (knownPlaces.has(country) || placeNames.has(country))
    })
    const covered = players.reduce((sum, match) => sum + match[0].length, 0)
    if (players.length >= 5 && covered * 2 >= line.length)
      for (const match of players)
        ranges.push([
          lineStart + (match.index ?? 0),
          lineStart + (match.index ?? 0) + (match[1]?.length ?? 0),
        ])
    lineStart += line.length + 1
  }
  if (ranges.length === 0) return
  for (const candidate of candidates) {
    const first = candidate.tokens[0]
    const last = candidate.tokens.at(-1)
    if (!first || !last) continue
    const range = ranges.find(([from, to]) => first.start >= from && last.end <= to)
    if (!range || knownPlaces.has(nameText(candidate.tokens).toLowerCase())) continue
    // (`A Mehrtens`, `I Rawaqa`: an initial read as a word of the language is the name's too.)
    const initial = /^\p{Lu}\.? $/u.exec(text.slice(range[0], first.start))
    const tokens = initial
      ? [
          {
            ...first,
            text: initial[0].trim(),
            start: range[0],
            end: range[0] + initial[0].trim().length,
            ordinary: false,
            sentenceStart: false,
          },
          ...candidate.tokens,
        ]
      : candidate.tokens
    if (candidate.kind === 'person' && !initial) continue
    candidate.kind = 'person'
    candidate.title = []
    candidate.tokens = tokens
    candidate.name = tokens
  }
}
const compassPoints: Record<string, string> = { n: 'north', s: 'south', e: 'east', w: 'west' }

// `in localities including `, `the districts of `, `villages such as `: a word for places in the
// plural right before a list.
const placeListBefore =
  /\b(?:localities|areas|villages|towns|cities|districts|tehsils|neighbou?rhoods|suburbs|sectors|townships|counties|provinces|regions|mohallas|union councils)\s*,?\s*(?:including|such as|like|namely|of|:)?\s*$/
// `, ` · ` and ` · ` area, `: what joins a list of places (`City area, Jerma`).
const placeListJoint =
  /^(?:\s+(?:area|town|village|city|colony|bazaar))?(?:,\s+(?:and\s+)?|\s+and\s+)$/

/**
 * `in localities including Junglekhel, Nusrat Khel, Muhammad Zai, Ustarzai and Lachi`: three
 * names or more listed after a word for places in the plural are places, though a given name
 * may open one. Not a titled name, a body's, an acronym or a word of the language alone.
 */
function placesInPlaceLists(text: string, candidates: Candidate[]): void {
  for (let start = 0; start < candidates.length; start++) {
    const first = candidates[start]?.tokens[0]
    if (!first || !placeListBefore.test(text.slice(Math.max(0, first.start - 40), first.start)))
      continue
    let end = start + 1
    while (
      end < candidates.length &&
      placeListJoint.test(textBetween(text, candidates[end - 1], candidates[end]))
    )
      end++
    if (end - start < 3) continue
    for (const candidate of candidates.slice(start, end))
      if (
        (candidate.kind === 'unknown' ||
          candidate.kind === 'possible person' ||
          (candidate.kind === 'person' && candidate.title.length === 0)) &&
        !(
          candidate.tokens.length === 1 &&
          commonWords.has(lexiconKey(candidate.tokens[0]?.text ?? ''))
        ) &&
        // (Not `FDE, NCHD`: an acronym listed after `all provinces` is a body's.)
        !candidate.tokens.some((token) => /^\p{Lu}{2,}$/u.test(token.text))
      ) {
        candidate.kind = 'place'
        candidate.name = candidate.tokens
      }
    start = end - 1
  }
}

// `T-Mobile`, `F-Secure`: one letter and a hyphen open a brand's name.
const letterBrand = /^\p{Lu}-\p{Lu}/u

/** `mayor of Gary, Ind.`, `Gary, Indiana`: a name before a US state is a town's. */
function placesBeforeStates(text: string, candidates: Candidate[]): void {
  const towns = new Set<string>()
  for (const [index, candidate] of candidates.entries()) {
    const end = candidate.tokens.at(-1)?.end ?? 0
    if (candidate.title.length > 0 || text.charAt(end) !== ',') continue
    const after = text.slice(end, end + 24)
    const abbreviated = stateAfter.exec(after)
    // `Antananarivo, Madagascar`: a name the lexicon lacks, then a country, is a town there.
    // (After a preposition of place: not `Okonkwo, Lagos, won`.)
    const start = candidate.tokens[0]?.start ?? 0
    const country =
      (candidate.kind === 'unknown' || candidate.kind === 'possible person') &&
      /\b(?:in|at|from|near|to|outside|inside|across|around|via)\s+$/i.test(
        text.slice(Math.max(0, start - 12), start),
      ) &&
      knownPlaceAfter(after)
    if (abbreviated || usStateAfter.test(after) || country) {
      candidate.kind = 'place'
      towns.add(candidate.name.map((token) => token.text).join(' '))
    }
    // `Eugene, Ore.`: the abbreviation names its state.
    const written = abbreviated?.[1]
    const state = written
      ? stateAbbreviations.get(
          written.includes('.') ? `${written.toLowerCase()}.` : written.toLowerCase(),
        )
      : undefined
    const next = candidates[index + 1]
    const token = next?.tokens[0]
    if (
      state &&
      next?.tokens.length === 1 &&
      token &&
      token.start === end + after.indexOf(abbreviated?.[1] ?? '')
    ) {
      next.kind = 'place'
      next.name = [{ ...token, text: state }]
    }
  }
  // `the San Bernardino Christmas party`, after `in San Bernardino, California`: the town's name
  // without a title names the town wherever it stands.
  if (towns.size > 0)
    for (const candidate of candidates)
      if (
        candidate.title.length === 0 &&
        candidate.kind !== 'organization' &&
        towns.has(candidate.name.map((token) => token.text).join(' '))
      )
        candidate.kind = 'place'
  // `the Erin Hills course in Erin, Wisconsin`: a town's name and a landform is a place there.
  const placeWords = new Set(
    candidates
      .filter((candidate) => candidate.kind === 'place' && candidate.name.length === 1)
      .map((candidate) => candidate.name[0]?.text),
  )
  for (const candidate of candidates)
    if (
      candidate.name.length === 2 &&
      placeWords.has(candidate.name[0]?.text) &&
      landforms.test(candidate.name[1]?.text ?? '')
    )
      candidate.kind = 'place'
}

const landforms = /^(?:Hills?|Heights|Valley|Springs|Falls|Lakes?|Woods|Park|Ridge|Creek)$/

/**
 * `Joann and Paul Delaney`, `Bill and Hillary Clinton`: a given name alone
 * before `and` and a full name shares its surname, unless it ends a list.
 */
function shareSurnames(text: string, candidates: Candidate[]): void {
  const couples: Array<[Candidate, Candidate]> = []
  for (const [index, candidate] of candidates.entries()) {
    const next = candidates[index + 1]
    const given = candidate.name[0]
    const nextGiven = next?.name[0]
    if (!next || !given || !nextGiven || candidate.name.length !== 1) continue
    if (candidate.title.length > 0 || next.title.length > 0) continue
    if (next.kind !== 'person' || next.name.length < 2) continue
    if (!givenNames.has(lexiconKey(given.text)) || !givenNames.has(lexiconKey(nextGiven.text)))
      continue
    // (Not `Paul Simon, Madonna and David Bowie`: in a list of full names the last two are two
    // names; but `Kent, Stephanie, Marlon and Rachel Jordan` share theirs.)
    const before = candidates[index - 1]
    const lastOfBefore = before?.tokens.at(-1)
    if (
      before &&
      lastOfBefore &&
      before.name.length >= 2 &&
      /^,\s*$/.test(text.slice(lastOfBefore.end, given.start))
    )
      continue
    if (text.slice(given.end, nextGiven.start) === ' and ') couples.push([candidate, next])
  }
  if (couples.length === 0) return
  // `Hillary and Tim Kaine` after `Hillary Clinton`: a given name the article gives a surname keeps it;
  // `Madonna and David Bowie`, where `Madonna` stands alone elsewhere: a name of its own.
  const named = new Set<string | undefined>()
  const alone = new Map<string | undefined, number>()
  for (const candidate of candidates) {
    const first = candidate.name[0]?.text
    if (candidate.kind === 'person' && candidate.name.length >= 2) named.add(first)
    if (candidate.name.length === 1) alone.set(first, (alone.get(first) ?? 0) + 1)
  }
  for (const [candidate] of couples) {
    const first = candidate.name[0]?.text
    alone.set(first, (alone.get(first) ?? 0) - 1)
  }
  for (const [candidate, next] of couples) {
    const given = candidate.name[0]
    if (!given || named.has(given.text) || (alone.get(given.text) ?? 0) > 0) continue
    candidate.name = [given, ...next.name.slice(1)]
    candidate.kind = 'person'
  }
}

const bodyWords = new Set(
  'regulator watchdog firm company group bank agency broadcaster website network airline carrier retailer insurer lender chain brand newspaper magazine outfit union charity startup start-up giant maker manufacturer operator provider engine studio label channel platform site app service forum outlet publisher band consultancy conglomerate carmaker automaker chipmaker drugmaker supermarket distributor brewer winemaker distiller miner housebuilder utility bookmaker'.split(
    ' ',
  ),
)

// `the broadcaster Fenella Quist`: words for a body that name a person as often.
const personOrBody = new Set([
  'broadcaster',
  'publisher',
  'operator',
  'provider',
  'distributor',
  'maker',
])

/** `regulator Ofcom`, `industry watchdog, Ofcom`: a lower-case word for a kind of body right before. */
function introducedAsBody(text: string, candidate: Candidate, described = true): boolean {
  let end = candidate.tokens[0]?.start ?? 0
  // (On the same line: `… alert site` ending a headline introduces nothing below it.)
  // (A possible person's words only right after the body's word: `the agency, Fransiskus
  // Bambang Soelistyo,` is its head.)
  const between = described ? /[ \t,]/ : /[ \t]/
  while (end > 0 && between.test(text.charAt(end - 1))) end--
  let start = end
  while (start > 0 && /[a-z-]/.test(text.charAt(start - 1))) start--
  const word = text.slice(start, end)
  // (Not `… throughout the company, Carlson said`: a comma that ends the reported clause.)
  const last = candidate.tokens.at(-1)
  const cueAfter =
    last !== undefined &&
    text.slice(end, candidate.tokens[0]?.start ?? end).includes(',') &&
    /^\s+(?:said|says|told|added|wrote|reported|explained|noted)\b/.test(
      text.slice(last.end, last.end + 12),
    )
  if (bodyWords.has(word) && (described || !personOrBody.has(word)) && !cueAfter) return true
  // `a San Antonio nightspot called Rumble`, `a firm named Brightpath`: a kind of body or venue
  // that a name is given to.
  const namedAs = namedBodyBefore.exec(text.slice(Math.max(0, start - 80), end))?.[1] ?? ''
  if (bodyWords.has(namedAs) || venueWords.has(namedAs)) return true
  if (!described) return false
  // `Diageo, the world's biggest spirits company,`: a kind of body right after.
  // `at a Whataburger restaurant`, `a Walmart store`: one word that names a chain's place.
  if (
    last &&
    candidate.tokens.length === 1 &&
    /\b(?:a|an)\s+$/.test(text.slice(Math.max(0, last.start - 4), last.start)) &&
    chainPlaceAfter.test(text.slice(last.end, last.end + 16))
  )
    return true
  const appositive = last ? bodyAppositive.exec(text.slice(last.end, last.end + 80)) : null
  return appositive !== null && bodyWords.has(appositive[1] ?? '')
}

const namedBodyBefore = /\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?([a-z-]+)\s+(?:called|named)$/u
const venueWords = new Set(
  'bar pub nightspot nightclub club restaurant cafe café diner hotel shop store boutique gallery theatre theater venue'.split(
    ' ',
  ),
)
const chainPlaceAfter =
  /^\s+(?:restaurant|store|shop|outlet|branch|franchise|supermarket|cafe|dealership|warehouse)s?\b/
const bodyAppositive =
  /^,\s+(?:the|a|an)\s+(?:[^,.;:()“”"]{0,50}\s)?([a-z-]+)(?=[,.;]|\s+(?:that|which|based|with|in|of)\b)/

/**
 * `Don Lemon Contradicts` or `Dismissed Bernie Sanders` in a title-case
 * headline, where the body names `Don Lemon` or `Bernie Sanders`: the
 * headline's run is cut to the body's name; `Warren Prompts VP Speculation`,
 * where the body names `Elizabeth Warren`: to the surname; `Hillary Cracks Racist Joke`, where
 * the body names `Hillary Clinton` and never writes `Cracks`: to the given name.
 */
function trimToBodyNames(text: string, headline: Candidate[], body: Candidate[]): void {
  const people = body.filter(
    (candidate) =>
      candidate.name.length >= 2 &&
      (candidate.kind === 'person' || candidate.kind === 'possible person'),
  )
  // (In lower case: `DONALD TRUMP POLICIES` in a headline in capitals holds `Donald Trump`.)
  const names = new Set(people.map((candidate) => nameText(candidate.name).toLowerCase()))
  const surnames = new Set(
    people
      .filter((candidate) => candidate.kind === 'person')
      .map((candidate) => candidate.name.at(-1)?.text.toLowerCase()),
  )
  const bodyGivenNames = new Set(
    people
      .filter(
        (candidate) =>
          candidate.kind === 'person' && givenNames.has(lexiconKey(candidate.name[0]?.text ?? '')),
      )
      .map((candidate) => candidate.name[0]?.text),
  )
  // The body's words, read only when a headline's run opens with a given name of the body.
  let bodyWords: Set<string> | null = null
  const inBody = (token: Token) => {
    bodyWords ??= new Set(
      text.slice(body[0]?.tokens[0]?.start ?? text.length).match(/[\p{L}'’-]+/gu),
    )
    return bodyWords.has(token.text)
  }
  for (const candidate of headline) {
    if (candidate.kind === 'place' || candidate.kind === 'organization') continue
    if (names.has(nameText(candidate.name).toLowerCase())) continue
    const surname = candidate.name.find((token) => surnames.has(token.text.toLowerCase()))
    const given = candidate.name[0]
    const name =
      bodyNameIn(candidate.name, names) ??
      (candidate.name.length >= 2 && surname ? [surname] : null) ??
      (candidate.name.length === 2 &&
      given &&
      bodyGivenNames.has(given.text) &&
      !candidate.name.slice(1).some(inBody)
        ? [given]
        : null)
    if (!name) continue
    candidate.tokens = name
    candidate.title = []
    candidate.name = name
    candidate.kind = 'person'
  }
}

// `in Cheyenne`, `at Nomura`, `in Tamarac`: where something is, not who.
// (`said Jason Gilbert of Cheyenne`: where a named person is from, too.)
const whereBefore = /\b(?:in|at|near|outside)\s+$|\p{Lu}[\p{L}'’.-]+\s+of\s+$/u
// `at Joey’s Cafe`, `at Macy’s Thanksgiving sale`, `at Sylvia’s.`: a place named for its
// owner (not `at Smith’s funeral`).
const venueAfter = /^['’]s(?:\s+\p{Lu}|\s*[.,;]|\s*$)/u

/**
 * A one-word person the text only ever puts after `in`, `at` or `near`, or after a name and
 * `of`, with no title and no handle, and that no list knows for a person, names a place, a
 * business or a work.
 */
function onlyAPlace(text: string, cluster: Cluster): boolean {
  if (cluster.type !== 'person' || cluster.words.length !== 1) return false
  if (cluster.titles.length > 0 || cluster.handles.length > 0) return false
  if (wellKnownPeople.has(lexiconKey(cluster.words[0] ?? ''))) return false
  return cluster.mentions.every(({ start, end }) => {
    const after = text.slice(end, end + 4)
    return (
      whereBefore.test(text.slice(Math.max(0, start - 24), start)) &&
      (venueAfter.test(after) || !/^['’\p{L}-]/u.test(after))
    )
  })
}

const imperativeObject = /^\s+(?:the|a|an|your|our|this|these|those)\s/

/**
 * `Prosecutors said Jaynes was …`, then `…, prosecutors said`: one word that opens a sentence
 * and that the article writes in lower case elsewhere is an ordinary word, not a name (unless a
 * longer name holds it: `Steve Jobs`, then `Jobs said` and `jobs`). Dropped in place.
 */
function dropOrdinaryOpenings(text: string, candidates: Candidate[]): void {
  const inLowerCase = writtenInLowerCase(text)
  let inLongerNames: Set<string> | undefined
  let named: Map<string, number> | undefined
  let kept = 0
  for (const candidate of candidates) {
    const only = candidate.tokens.length === 1 ? candidate.tokens[0] : undefined
    // `Skip the running shoes`, `Mark the date`: a given name that opens a sentence before an
    // article is a verb in the imperative, when the article names it nowhere else.
    if (
      only?.sentenceStart &&
      candidate.kind === 'person' &&
      candidate.title.length === 0 &&
      imperativeObject.test(text.slice(only.end, only.end + 8))
    ) {
      if (!named) {
        named = new Map()
        for (const other of candidates)
          for (const token of other.name) named.set(token.text, (named.get(token.text) ?? 0) + 1)
      }
      if ((named.get(only.text) ?? 0) <= 1) continue
    }
    if (
      only?.sentenceStart &&
      candidate.kind === 'unknown' &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(only.text)
    ) {
      const key = lexiconKey(only.text)
      if (
        !givenNames.has(key) &&
        !surnames.has(key) &&
        !wellKnownPeople.has(key) &&
        inLowerCase(only.text.toLowerCase())
      ) {
        inLongerNames ??= new Set(
          candidates
            .filter((other) => other.name.length >= 2)
            .flatMap((other) => other.name.map((token) => token.text)),
        )
        if (!inLongerNames.has(only.text)) continue
      }
    }
    candidates[kept++] = candidate
  }
  candidates.length = kept
}

/**
 * Does the text hold `word` (in lower case) as a word of its own? The first few words asked are
 * looked for one by one; past them, every word in lower case is gathered once (linear however
 * many are asked).
 */
function writtenInLowerCase(text: string): (word: string) => boolean {
  const asked = new Map<string, boolean>()
  let all: Set<string> | undefined
  return (word) => {
    if (all) return all.has(word)
    const known = asked.get(word)
    if (known !== undefined) return known
    if (asked.size >= 16) {
      all = new Set(text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? [])
      return all.has(word)
    }
    let found = false
    for (let at = text.indexOf(word); at !== -1 && !found; at = text.indexOf(word, at + 1))
      found =
        !/[\p{L}'’-]/u.test(text.charAt(at - 1)) &&
        !/[\p{L}'’-]/u.test(text.charAt(at + word.length))
    asked.set(word, found)
    return found
  }
}

/**
 * `Classy Henman makes winning start`, `Fuming Robinson …`: a word that opens a
 * headline or a sentence before the surname of a person the article names in
 * full (`Tim Henman`) describes them. The run is cut to the surname, which then
 * finds its person.
 */
function dropWordsBeforeSurnames(candidates: Candidate[], headlineCandidates: number): void {
  const openings = candidates.filter(
    (candidate, index) =>
      candidate.name.length === 2 &&
      candidate.title.length === 0 &&
      (index < headlineCandidates || candidate.name[0]?.sentenceStart === true),
  )
  if (openings.length === 0) return
  const fullNames = new Map<string, string>()
  for (const candidate of candidates) {
    const [given, ...rest] = candidate.name
    const surname = rest.at(-1)
    if (candidate.kind === 'person' && given && surname && givenNames.has(lexiconKey(given.text)))
      fullNames.set(surname.text, given.text)
  }
  for (const candidate of openings) {
    const [opening, surname] = candidate.name
    if (!opening || !surname) continue
    const given = fullNames.get(surname.text)
    if (given === undefined || given === opening.text || !describes(opening.text)) continue
    candidate.tokens = [surname]
    candidate.name = [surname]
    candidate.kind = 'person'
  }
}

/**
 * A word that describes (`Classy`, `Dogged`, `Fuming`, `Rocker`, `Previously`,
 * `Scrum-half`, `Coffee-loving`): an ordinary word, a compound, or one with
 * the ending of an adjective, adverb or doer; not a name or an initial.
 */
function describes(word: string): boolean {
  const key = lexiconKey(word)
  if (givenNames.has(key) || surnames.has(key) || /^\p{Lu}+\.?$/u.test(word)) return false
  const lower = word.toLowerCase()
  return (
    commonWords.has(lower) ||
    /^\p{Lu}\p{Ll}*-\p{Ll}/u.test(word) ||
    /^\p{Ll}{2,}(?:y|ed|ing|ly|er|ful|ous|ive|less)$/u.test(lower)
  )
}

const longestName = 6

/**
 * The longest run of words within `words` that is a name in `names` (in lower case):
 * `Dismissed Bernie Sanders` → `Bernie Sanders`.
 */
function bodyNameIn(words: Token[], names: Set<string>): Token[] | null {
  if (names.size === 0) return null
  // A name has a few words: a headline of thousands is not searched at every length.
  for (let size = Math.min(words.length - 1, longestName); size >= 2; size--)
    for (let start = 0; start + size <= words.length; start++) {
      const name = words.slice(start, start + size)
      if (names.has(nameText(name).toLowerCase())) return name
    }
  return null
}

/** `Bernie Sanders`: a name's words as written. */
function nameText(tokens: Token[]): string {
  return tokens.map((token) => token.text).join(' ')
}

function isHandleRun(candidate: Candidate): boolean {
  return candidate.name.length === 1 && candidate.name[0]?.text.startsWith('@') === true
}

// `Capital Development Authority (CDA)`: the acronym names the same body, there and later.
const acronym = /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u

/** `Fund (IMF)`, `Atwood (Canada)`: the range stands in parentheses right after a word. */
function inParentheses(text: string, range: { start: number; end: number }): boolean {
  return text.slice(range.start - 2, range.start) === ' (' && text.charAt(range.end) === ')'
}

/** Acronyms written in parentheses right after a longer name: `International Monetary Fund (IMF)`. */
function definedAcronyms(text: string, candidates: Candidate[]): Set<string> {
  // (Not after a person's name: `Muriel Spark (UK)`, `Imran Khan (PTI)` give a country or a party.)
  const endings = new Set(
    candidates
      .filter((candidate) => candidate.name.length >= 2 && candidate.kind !== 'person')
      .map((c) => c.tokens.at(-1)?.end),
  )
  const defined = new Set<string>()
  for (const candidate of candidates) {
    const token = candidate.name.length === 1 ? candidate.name[0] : undefined
    if (token === undefined || !acronym.test(token.text)) continue
    if (inParentheses(text, token) && endings.has(token.start - 2)) defined.add(token.text)
  }
  // (`… Transportation (Caltrans)`: a short name in brackets joins the body it names too.)
  const bodyEnds = endingsOfBodies(candidates)
  for (const candidate of candidates)
    if (candidate.kind === 'organization' && isShortNameOfBody(text, candidate, bodyEnds))
      defined.add(nameText(candidate.name))
  return defined
}

/** Where each body's name of two words or more ends. */
function endingsOfBodies(candidates: Candidate[]): Set<number | undefined> {
  return new Set(
    candidates
      .filter((candidate) => candidate.kind === 'organization' && candidate.name.length >= 2)
      .map((candidate) => candidate.tokens.at(-1)?.end),
  )
}

/**
 * `the California Department of Transportation (Caltrans)`: one word in brackets right after a
 * body's name, its short name. Not a word inside the name (`Government Holdings (Private)
 * Limited`), nor the members of a body (`the National Assembly (MNAs)`).
 */
function isShortNameOfBody(
  text: string,
  candidate: Candidate,
  bodyEnds: Set<number | undefined>,
): boolean {
  const token = candidate.tokens.length === 1 ? candidate.tokens[0] : undefined
  return (
    token !== undefined &&
    /^\p{Lu}[\p{L}\d&-]+$/u.test(token.text) &&
    !/^\p{Lu}{2,}s$/u.test(token.text) &&
    bodyEnds.has(token.start - 2) &&
    inParentheses(text, token) &&
    !/^\)\s+\p{Lu}/u.test(text.slice(token.end, token.end + 3))
  )
}

function addAcronyms(text: string, candidates: Candidate[], clusters: Clusters): void {
  const named = new Map<string, Cluster>()
  const endingAt = new Map<number, Cluster>()
  for (const cluster of clusters.all)
    for (const mention of cluster.mentions) endingAt.set(mention.end, cluster)
  const bodyEnds = endingsOfBodies(candidates)
  for (const candidate of candidates) {
    const token = candidate.name.length === 1 ? candidate.name[0] : undefined
    if (token === undefined || candidate.tokens.length !== 1) continue
    const shortName =
      !acronym.test(token.text) &&
      candidate.kind === 'organization' &&
      isShortNameOfBody(text, candidate, bodyEnds)
    if (!acronym.test(token.text) && !shortName && !named.has(token.text)) continue
    const cluster = inParentheses(text, token)
      ? endingAt.get(token.start - 2)
      : named.get(token.text)
    if (!cluster || cluster.type === 'person') continue
    if (shortName && cluster.type !== 'organization') continue
    named.set(token.text, cluster)
    addMention(cluster, token.start, token.end)
  }
}

// `, also known as `, ` better known as `, ` a.k.a. `, ` alias `
const aliasBetween =
  /^,?\s+(?:(?:also|better|popularly|widely|commonly|formerly|previously)\s+)?(?:known as|a\.?k\.?a\.?|alias)\s+/

/**
 * `Akbar Ali known as Sooraj Khan`, `Ralph Jones, better known as Rex`: a
 * person's other name joins the person, with every mention of it. The name
 * a person is better known by becomes the entity's name.
 */
function mergeAliases(text: string, clusters: Clusters): void {
  // Most articles give nobody another name: one look at the text spares the walk.
  if (!/known as|a\.?k\.?a\b|\balias\b/.test(text)) return
  const people = clusters.all.filter((cluster) => cluster.type === 'person')
  const startingAt = new Map<number, Cluster>()
  for (const cluster of people)
    for (const mention of cluster.mentions) startingAt.set(mention.start, cluster)
  for (const cluster of people) {
    for (const mention of [...cluster.mentions]) {
      const between = aliasBetween.exec(text.slice(mention.end, mention.end + 40))
      const alias = between ? startingAt.get(mention.end + between[0].length) : undefined
      if (!alias || alias === cluster || alias.mentions.length === 0) continue
      for (const other of alias.mentions) startingAt.set(other.start, cluster)
      // `Jahangir Khan, better known as Jani`: the name the person goes by is the entity's.
      if (/better|popularly|widely|commonly/.test(between?.[0] ?? ''))
        clusters.rename(cluster, alias.words)
      absorb(cluster, alias)
    }
  }
}

/**
 * `Anna Lee-Carter` and `Anna Lee Carter`, `Tom O’Dell` and `Tom O'Dell`,
 * `Kim Jong Un` and `Kim Jong-un`: one person written two ways, one entity, under
 * the name written first. Initials count (`S Williams` and `M Williams` stay two).
 */
function mergeSpellings(clusters: Clusters): void {
  const bySpelling = new Map<string, Cluster>()
  const people = clusters.all
    .filter((cluster) => cluster.type === 'person' && cluster.mentions.length > 0)
    .sort((a, b) => (a.starts[0] ?? 0) - (b.starts[0] ?? 0))
  // Surnames a misspelling may stand for share its first letter and its length.
  const bySurnameShape = new Map<string, Cluster[]>()
  for (const cluster of people) {
    const shape = surnameShape(cluster)
    const same = bySurnameShape.get(shape)
    if (same) same.push(cluster)
    else bySurnameShape.set(shape, [cluster])
  }
  for (const cluster of people) {
    const spelling = cluster.words
      .join('')
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '')
      .toLowerCase()
    const first =
      bySpelling.get(spelling) ??
      misspelled(cluster, bySurnameShape.get(surnameShape(cluster)) ?? [])
    if (!first) {
      bySpelling.set(spelling, cluster)
      continue
    }
    first.genderVotes.male += cluster.genderVotes.male
    first.genderVotes.female += cluster.genderVotes.female
    absorb(first, cluster)
  }
}

/**
 * `Rahm Emanual` beside `Rahm Emanuel`, `Chastian` beside `Jessica Chastain`: the person whose
 * surname a name mentioned fewer times misspells, by one vowel for another or two letters
 * swapped, with the same given name if both have one; surnames of six letters or more.
 */
function misspelled(cluster: Cluster, sameShape: Cluster[]): Cluster | undefined {
  const surname = cluster.words.at(-1) ?? ''
  if (surname.length < 6) return undefined
  const given = cluster.words.length > 1 ? cluster.words[0] : undefined
  // (The first few only: a list of a thousand like names stays linear.)
  return sameShape.slice(0, maxSpellingsCompared).find((other) => {
    if (other === cluster || other.mentions.length <= cluster.mentions.length) return false
    const otherGiven = other.words.length > 1 ? other.words[0] : undefined
    if (given && otherGiven && given !== otherGiven) return false
    return isMisspelling(surname, other.words.at(-1) ?? '')
  })
}

const maxSpellingsCompared = 32

function surnameShape(cluster: Cluster): string {
  const surname = cluster.words.at(-1) ?? ''
  return `${surname.charAt(0)}${surname.length}`
}

function isMisspelling(written: string, meant: string): boolean {
  if (written.length !== meant.length || written === meant || written[0] !== meant[0]) return false
  const differ: number[] = []
  for (let index = 0; index < written.length; index++)
    if (written[index] !== meant[index]) differ.push(index)
  const [at = 0, next] = differ
  if (differ.length === 1) return vowel.test(written[at] ?? '') && vowel.test(meant[at] ?? '')
  return (
    differ.length === 2 &&
    next === at + 1 &&
    written[at] === meant[next] &&
    written[next] === meant[at]
  )
}

const vowel = /^[aeiou]$/

/** `other`'s mentions, titles and handles become `cluster`'s; `other` is left with no mention. */
function absorb(cluster: Cluster, other: Cluster): void {
  for (const mention of other.mentions) addMention(cluster, mention.start, mention.end)
  for (const title of other.titles) if (!cluster.titles.includes(title)) cluster.titles.push(title)
  for (const handle of other.handles)
    if (!cluster.handles.includes(handle)) cluster.handles.push(handle)
  other.mentions = []
  other.starts = []
}

/** A surname or single name, for the person who has it. */
function addByName(clusters: Clusters, candidate: Candidate): void {
  const word = candidate.name[0]?.text
  if (word === undefined) return
  const person = clusters.personNamed([word], candidate.tokens[0]?.start)
  // (`Eli Lilly`, then `Lilly`; `The Washington Post`, then `the Post`: a known body of two
  // words, by its last word alone.)
  const firm =
    candidate.kind === 'organization'
      ? clusters.all.find(
          (cluster) =>
            cluster.type === 'organization' &&
            cluster.words.length === 2 &&
            ((cluster.words[1] === word &&
              organizationNames.has(cluster.words.join(' ').toLowerCase())) ||
              // (`Grace Industries`, then `Grace`: a firm by its first word.)
              (cluster.words[0] === word && firmHeads.test(headKey(cluster.words[1] ?? '')))),
        )
      : undefined
  const joined = person ?? firm
  if (joined) addMention(joined, candidate.tokens[0]?.start ?? 0, candidate.tokens.at(-1)?.end ?? 0)
  else if (candidate.kind !== 'unknown') clusters.add(candidate)
}

function addHandle(cluster: Cluster, handle: string, token: Token | null): void {
  if (!cluster.handles.includes(handle)) cluster.handles.push(handle)
  if (token) addMention(cluster, token.start, token.end)
}

/** The signature of a post: its author's name tokens and handle token, and the span to skip as prose. */
function signatureOf(
  text: string,
  post: SocialPost,
): { start: number; end: number; name: Token[]; handle: Token | null } | null {
  const start = post.position.start.offset
  const end = post.position.end.offset
  if (post.author.name === null) return null
  const nameStart = text.lastIndexOf(
    post.author.name,
    post.author.handle ? text.lastIndexOf(post.author.handle, end) : end,
  )
  if (nameStart < start) return null
  const tokens = tokenize(text, nameStart, nameStart + post.author.name.length)
  const handleStart = post.author.handle === null ? -1 : text.indexOf(post.author.handle, nameStart)
  const handle =
    handleStart === -1 || post.author.handle === null
      ? null
      : {
          text: post.author.handle,
          start: handleStart,
          end: handleStart + post.author.handle.length,
          sentenceStart: false,
        }
  return { start: nameStart, end, name: tokens, handle }
}

/** Every other `@handle` in the text that an entity has. */
function addHandleMentions(text: string, file: VFile, clusters: Clusters): void {
  const byHandle = new Map(
    clusters.all.flatMap((cluster) => cluster.handles.map((handle) => [handle, cluster] as const)),
  )
  // No entity has a handle: no `@` in the text can be its mention.
  if (byHandle.size === 0) return
  for (const paragraph of file.data.paragraphs ?? []) {
    const start = paragraph.position.start.offset
    for (const match of text
      .slice(start, paragraph.position.end.offset)
      .matchAll(/(?<![\w@])@[A-Za-z0-9_]{1,15}\b/g)) {
      const from = start + match.index
      const cluster = byHandle.get(match[0])
      if (cluster) addMention(cluster, from, from + match[0].length)
    }
  }
}

// `Roe v. Wade`, `Whole Woman's Health v. Hellerstedt`: the parties that name a court case.
const caseBefore = /\bvs?\.\s*$/
const caseAfter = /^\s+vs?\.\s/

// `Lou Gehrig’s disease`, `Parkinson's disease`, `Down syndrome`: a condition named after a person.
const conditionAfter = /^(?:['’]s)?\s+(?:disease|syndrome)\b/

function inCaseOrConditionName(text: string, run: Token[]): boolean {
  const start = run[0]?.start ?? 0
  const end = run.at(-1)?.end ?? 0
  return (
    caseBefore.test(text.slice(Math.max(0, start - 5), start)) ||
    caseAfter.test(text.slice(end, end + 5)) ||
    conditionAfter.test(text.slice(end, end + 12))
  )
}

// `By Jo Park Follow @jopark`: `Follow` asks the reader to; it and the handle are no part of the name.
const followedAfter = /^\s*(?:@|on\b|us\b|me\b|him\b|her\b)/

function withoutFollow(text: string, run: Token[]): Token[] {
  const follow = run.findIndex((token, index) => index > 0 && token.text === 'Follow')
  const token = run[follow]
  if (!token || !followedAfter.test(text.slice(token.end, token.end + 6))) return run
  return run.slice(0, follow)
}

const ampersandAfter = /^\s*&\s*(\p{Lu}[\p{L}'’-]*)/u

/** `8:09 PM Inappropriate video`: after a time, `PM` is the hour's, not a prime minister's. */
function afterTime(text: string, run: Token[]): boolean {
  const first = run[0]
  return (
    first !== undefined &&
    /^(?:AM|PM)$/.test(first.text) &&
    /\d\s*$/.test(text.slice(Math.max(0, first.start - 3), first.start))
  )
}

/**
 * `By Jane Doe`, `(Reporting by Andy Bruce; Editing by Hugh Lawson)`: the
 * people the header found as writers, where the text names them first.
 */
function addBylinePeople(text: string, file: VFile, clusters: Clusters): void {
  for (const byline of file.data.header?.bylines ?? []) {
    const at = text.indexOf(byline.name)
    if (at === -1) continue
    const tokens = tokenize(text, at, at + byline.name.length)
    const candidate = tokens.length >= 2 ? classify(tokens) : null
    if (!candidate || candidate.kind === 'place' || candidate.kind === 'organization') continue
    clusters.add({ ...candidate, kind: 'person' })
  }
}

/** `ISLAMABAD:` names a place. */
function addDatelinePlace(file: VFile, clusters: Clusters): void {
  const dateline = file.data.header?.dateline
  if (!dateline) return
  const written = /^[^,(:—–-]*[^,(:—–\s-]/u.exec(dateline.text)?.[0]
  const place = dateline.place.split(',')[0]?.trim()
  if (written === undefined || place === undefined) return
  const start = dateline.position.start.offset
  const token: Token = { text: place, start, end: start + written.length, sentenceStart: true }
  clusters.add({
    kind: 'place',
    tokens: [token],
    title: [],
    name: place.split(' ').map((word) => ({ ...token, text: word })),
  })
}

// he, him, his, himself · she, her, hers, herself
const pronoun = /\b(he|him|his|himself|she|her|hers|herself)\b/gi

/**
 * Gender from the pronouns that follow a person's mention before another
 * person is named: `Qureshi said that … he said` → male.
 */
function votePronouns(text: string, clusters: Clusters): void {
  const people = clusters.all.filter((cluster) => cluster.type === 'person')
  const mentions = people
    .flatMap((cluster) => cluster.mentions.map((mention) => ({ cluster, ...mention })))
    .sort((a, b) => a.start - b.start)
  for (const [index, mention] of mentions.entries()) {
    if (namesWhatFollows(text, mention)) continue
    const next = mentions[index + 1]?.start ?? text.length
    const window = text.slice(mention.end, Math.min(next, mention.end + 300))
    const found = pronoun.exec(window)
    pronoun.lastIndex = 0
    if (!found?.[1]) continue
    if (/^(he|him|his|himself)$/i.test(found[1])) mention.cluster.genderVotes.male += 1
    else mention.cluster.genderVotes.female += 1
  }
}

/**
 * `the Obama legacy`, `the Clinton and Obama administrations`: a name used as a
 * modifier, whose next pronoun is about someone else (`… she joined the Obama
 * administration`).
 */
function namesWhatFollows(text: string, mention: { start: number; end: number }): boolean {
  const after = text.slice(mention.end, mention.end + 16)
  if (/^\s+(?:administrations?|campaigns?|era|presidency|years|camp|White House)\b/.test(after))
    return true
  return (
    /\bthe\s+$/i.test(text.slice(Math.max(0, mention.start - 4), mention.start)) &&
    /^\s+\p{Ll}/u.test(after)
  )
}

function uniqueMentions(cluster: Cluster): Array<{ start: number; end: number }> {
  const seen = new Set<number>()
  return cluster.mentions.filter((mention) => {
    if (seen.has(mention.start)) return false
    seen.add(mention.start)
    return true
  })
}

/**
 * An entity's key: its name's (`keyOf`), except that a person the article calls by
 * a well-known surname alone (`President Putin`, `Obama said`) keys as that
 * surname's holder (`vladimir-putin`), unless an honorific shows another gender.
 */
function entityKey(cluster: Cluster): string {
  const name = cluster.words.join(' ')
  if (cluster.type !== 'person') return keyOf(name)
  const known = knownPerson(cluster)
  return known ? keyOf(known.name, true) : keyOf(name, true)
}

/**
 * The well-known person a cluster named by one surname alone is (`Stalin’s trials`: Joseph
 * Stalin, a man, whatever pronoun stands near), unless an honorific shows another gender.
 */
function knownPerson(cluster: Cluster): { name: string; gender: 'male' | 'female' } | undefined {
  const words = cluster.words.filter((word) => !/^\p{Lu}\.?$/u.test(word))
  const known = words.length === 1 ? wellKnownPeople.get(lexiconKey(words[0] ?? '')) : undefined
  // A pronoun's vote is weak (`President Obama’s endorsement … her emails`); an honorific
  // counts ten (`Mrs. Obama`), and only such a one keeps the surname's key.
  const other = known?.gender === 'male' ? 'female' : 'male'
  return known && cluster.genderVotes[other] < 10 ? known : undefined
}

/**
 * `Antony Blinken` → `antony-blinken`, `José Martí` → `jose-marti`: a name to
 * group by across articles. A person's initials are left out, so that
 * `Donald J. Trump` and `Donald Trump` share `donald-trump`.
 */
function keyOf(name: string, person = false): string {
  // (`Jos&#233;`: a character reference is read as its letter.)
  const written = withoutMojibake(name.includes('&#') ? decodeReferences(name) : name)
  const words = person
    ? written.split(/\s+/).filter((word) => !/^\p{Lu}\.?$/u.test(word))
    : [written]
  return words
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

/** `PeÃ±a` → `Peña`: a name whose UTF-8 bytes were read as Latin-1, for its key. */
function withoutMojibake(written: string): string {
  // (`PeA\u0303±a`: the `Ã` written as `A` and a combining tilde.)
  let name = written.normalize('NFC')
  // `RaÃ\u0083Âºl` (Raúl): read as Latin-1 twice, repaired twice.
  for (let pass = 0; pass < 2; pass++) {
    if (!/Ã[\u0080-\u00bf]/.test(name) || /[\u0100-\uffff]/.test(name)) break
    const repaired = Buffer.from(name, 'latin1').toString('utf8')
    if (repaired.includes('\ufffd')) break
    name = repaired
  }
  return name === written.normalize('NFC') ? written : name
}
