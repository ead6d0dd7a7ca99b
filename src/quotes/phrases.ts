import { commonWords, givenNames, lexiconKey, surnames } from '../data/lexicon.js'
import { monthPattern, months } from '../data/months.js'
import { knownPlaces, stateAbbreviations } from '../data/places.js'
import { personalHonorifics, titleHeads, titleWords } from '../data/titles.js'
import { isAdverb, isPersonWord, occupations } from '../entities/classify.js'
import { singular } from '../entities/split-title.js'
import { isAbbreviationDot } from '../text/sentences.js'
import { goesOnTo } from './speech-verbs.js'
/** A span of the source. */
export interface Range {
  start: number
  end: number
}

export const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you'])
// Words between a subject and its verb: `Qureshi also said`, `he has repeatedly said`.
const fillers =
  /^(?:also|later|then|again|further|once|too|previously|recently|earlier|already|now|still|just|even|often|always|sometimes|has|had|have|would|will|was|is|are|were|been|being|could|should|might|may|must|can|did|does|do|not|never|\p{Ll}+ly)$/u
/** `Acme Corp.`, `Jo Park Jr.`: the stop that ends an abbreviation is part of the name. */
function abbreviationDot(text: string, word: Word): boolean {
  return text.charAt(word.end) === '.' && /^(?:Corp|Inc|Ltd|Co|Jr|Sr|Bros|\p{Lu})$/u.test(word.text)
}

const namedFrom =
  /(?:^\s*|[.;:—–,”"’]\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),(?:\s*\d{1,3},)?\s+(?:of|from)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?,(?:\s+(?:who|whose)\s[^,;:“”"]{1,60},)?$/u
const partyLabel = /^[RDI]-\p{Lu}[\p{L}.]*$/u
const nameBeforeLabel = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*[,(]\s*$/u
/**
 * `Another said`, `One told …`, `Yet another said`: one of those just named, a speaker with no
 * name.
 */
export const oneOfThem = /^(?:[Aa]nother|One)$/

// `“…,” Bill Ames, wearing “Vote Cruz” pins, said`, `… before a “No-B.S.” barbecue`: a name, a
// title or a phrase of four words at most in quotation marks, which quotes no one.
export const shortQuoted = /[“"](?:[^\s“”"]+\s){0,3}[^\s“”"]+[”"]/g

// `Monday` … `Sunday`, in the patterns below (and in `indirect.ts`).
export const weekday = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day'
const whenBeforeVerb = new RegExp(
  `\\s+(?:(?:on\\s+)?(?:${weekday}|(?:last|this|next)\\s+(?:week|month|year|night)|today|yesterday)(?:\\s+(?:night|morning|afternoon|evening))?|in\\s+(?=\\p{Lu})(?:${monthPattern})\\b)\\s*$`,
  'u',
)
const adverbOpening =
  /^\p{Lu}\p{Ll}*(?:ally|ately|ently|antly|ously|ively|edly|ingly|arly|erly|fully|ably|ibly|stly|ctly|tely|ply|ily)$/u
// Where a subject phrase starts: after these words or marks.
// (`led to what aide Kevin Phillips called “…”`: `what` opens a clause too.)
const clauseOpeners =
  /^(?:and|but|while|as|when|after|before|because|although|though|if|where|so|yet|since|until|whereas|that|which|who|whom|what)$/i
const postNouns =
  /^(?:chairman|chairwoman|chair|president|founder|co-founder|owner|publisher|editor|director|secretary|treasurer|partner|chief)$/i
const determiners =
  /^(?:the|a|an|one|another|his|her|their|its|this|these|those|some|many|several|two|three|four|\d+)$/i
// `Some said`, `many said`: those the sentence speaks of, a group.
export const quantifiers = /^(?:some|many|several|both|most|few)$/i
// `officials said`, `police said`: people without a determiner (and the quantifiers above).
const bareGroups =
  /^(?:officials|police|analysts|experts|witnesses|residents|sources|authorities|critics|supporters|prosecutors|investigators|doctors|officers|protesters|lawmakers|diplomats|observers|researchers|scientists|democrats|republicans|leaders|aides|organizers|organisers|activists|economists|reports|media|others)$/i
const isBareGroup = (word: string) => bareGroups.test(word) || quantifiers.test(word)
// `federal officials`, `Six in 10 Virginia primary voters`, `tech executives`: a group of people.
const groupNouns =
  /^(?:officials|analysts|experts|witnesses|residents|sources|authorities|critics|supporters|prosecutors|investigators|doctors|officers|protesters|lawmakers|diplomats|observers|researchers|scientists|democrats|republicans|independents|leaders|aides|advisers|advisors|organizers|organisers|activists|economists|strategists|executives|voters|respondents|americans|members|delegates|staffers|insiders|pollsters|technologists|organizations|organisations|groups|people|parents|students|workers|women|men|forecasters|opponents|proponents|specialists|friends|allies|candidates|traders|bankers|investors|donors|senators|governors|agencies|commentators|historians|teachers|farmers|advocates|skeptics|sceptics|conservatives|liberals|progressives|lawyers|attorneys|scholars|academics|physicians|veterans|colleagues|rivals|manufacturers|retailers|regulators|planners|engineers|soldiers|rebels|militants|speakers|participants|panelists|panellists|attendees)$/i
/** `officials`, `Sources`, `forecasters`: a word for people who speak together (any case). */
export function namesGroup(word: string): boolean {
  return groupNouns.test(word) || bareGroups.test(word)
}
/**
 * `the Indonesian government`, `the Liverpool Echo newspaper`, `the Church`: words for a body that
 * no body's name ends in, so the entity lexicon does not hold them.
 */
export const bodyNouns =
  /^(?:government|administration|church|newspaper|paper|firm|campaign|military|station|community|regime|junta|cabinet)$/
// `analyst`, `former rival`: who speaks, though no title holds the word.
const speakingRoles = /^(?:expert|rival|insider|source)$/

/** Is `word` (in lower case) a role or a body that speaks: `spokesman`, `analyst`, `campaign`, `officials`? */
export function isSpeakingRole(word: string): boolean {
  return (
    /^\p{Ll}+$/u.test(word) &&
    (isPersonWord(word) ||
      groupNouns.test(word) ||
      bodyNouns.test(word) ||
      speakingRoles.test(word))
  )
}

/**
 * `Presidential candidate Marco Rubio’s campaign`, `Prime Minister Tony Blair's official
 * spokesman`: an owner's name, then the person or body that speaks for them.
 */
function speaksForOwner(words: Word[]): boolean {
  const owner = words.findIndex((word) => /['’]s?$/.test(word.text))
  return (
    words.length <= 7 &&
    owner > 0 &&
    owner >= words.length - 3 &&
    isSpeakingRole(words.at(-1)?.text ?? '')
  )
}
// `Nearly half`, `47 percent`, `majorities in all five`: a share of those polled.
// (`Large majorities of …`, `One in four voters …`, `a narrow majority`; not `20% more firms`, a
// comparison.)
export const shareOpening =
  /^(?:(?:about|nearly|almost|roughly|only|just|fewer|less|more)\s+(?:than\s+)?)?(?:(?:a\s+)?(?:(?:large|small|wide|vast|slim|narrow|clear|solid|strong|overwhelming)\s+)?(?:majorit(?:y|ies)|minorit(?:y|ies))|half|most|three-quarters|three-fourths|two-thirds|a\s+third|a\s+quarter|\d+(?:\.\d+)?%(?!\s+(?:more|fewer|less)\b)|\S+\s+(?:percent(?!\s+(?:more|fewer|less)\b)|(?:in|out\s+of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten))\b)/i

const timeWords =
  /^(?:week|weekend|year|month|day|morning|afternoon|evening|night|time|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)$/i

// (`42%`: a share is one word.)
const wordPattern = /[\p{L}\p{N}@][\p{L}\p{N}'’.@_-]*%?/gu
const runOnStop = /\p{Ll}{2}\.(?=\p{Lu})/u

/** Words of letters and digits in `value`: `“We will win,”` has three. */
export function wordCount(value: string): number {
  return (value.match(/[\p{L}\p{N}]+/gu) ?? []).length
}

interface Word {
  text: string
  start: number
  end: number
}

function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = []
  const window = text.slice(start, end)
  wordPattern.lastIndex = 0
  for (let match = wordPattern.exec(window); match !== null; match = wordPattern.exec(window)) {
    // `statement.Tariq`: a stop typed with no space after it ends the word.
    const runOn = match[0].includes('.') ? runOnStop.exec(match[0]) : null
    if (runOn) {
      const cut = runOn.index + 2
      wordPattern.lastIndex = match.index + cut + 1
      words.push({
        text: match[0].slice(0, cut),
        start: start + match.index,
        end: start + match.index + cut,
      })
      continue
    }
    // `Smith.` → `Smith`: a word does not keep the full stop after it.
    let length = match[0].length
    if (match[0].charCodeAt(length - 1) === 46) length--
    const wordStart = start + match.index
    words.push({ text: match[0].slice(0, length), start: wordStart, end: wordStart + length })
  }
  return words
}

/**
 * The last words before `end`, at least `count` of them when `[from, end)` holds that many:
 * read from a space a little way back, not from `from`, as a subject's last words are all
 * that some rules look at. (No word holds a space, so these are the window's last words.)
 */
function lastWords(text: string, from: number, end: number, count: number): Word[] {
  for (let reach = 64; ; reach *= 2) {
    const space = end - reach > from ? text.lastIndexOf(' ', end - reach) : -1
    const start = space >= from ? space + 1 : from
    const words = wordsOf(text, start, end)
    if (words.length >= count || start === from) return words
  }
}

const weekdayWord = new RegExp(`^(?:${weekday})$`)

/**
 * `May said`, `said Kristen Day`: a month's or a time's word, capitalised, is a surname where
 * the article gives it in full before or there (`Theresa May`, `Kristen Day`).
 */
function isSurnameOfTime(text: string, word: Word): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word.text) &&
    // (`From said` of `Al From`: a closed word too, only after its given name.)
    (!closedClass.test(word.text) || givenNameBefore(text, word.text)) &&
    isOrdinary(word.text) &&
    // (Not a weekday: `said coach Mike Friday` reads as `said … on Friday` elsewhere.)
    !weekdayWord.test(word.text) &&
    firstFullName(text, word.text) < word.start
  )
}

/** Is this phrase one a speaker can be: a pronoun, a name, or a determiner phrase? */
// Lower-case words that make a phrase a clause, not a speaker: `Trump will meet…`, `Reached by POLITICO`.
// (`The congressman wasn’t sure why the ADL`: a negated verb too.)
const clauseWord =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|said|says|made|makes|took|takes|got|gets|went|goes|not|(?:is|are|was|were|has|have|had|does|do|did|would|could|should|wo|ca)n['’]t)$/
/** `speaking to Fox News`, `speaking on condition of anonymity`: how a described speaker spoke. */
export const speakingParticiples = 'speaking|talking|commenting|writing|testifying'
const speakingParticiple = new RegExp(`^(?:${speakingParticiples})$`)
// `Reached by`, `Continuing to`, `issued a`: a participle followed by its object.
const participle = /^\p{L}+(?:ed|ing)$/u
// (`attacked Labour's six new posters`: an owner opens an object too.)
const objectStart =
  /^(?:by|to|a|an|the|his|her|their|its|on|in|at|with|for|from|that|him|them|it|\p{Lu}\p{L}*['’]s)$/iu
// Words that open sentences but name nobody: `The`, `Her`, `Or`, `Asked`, `On Tuesday`.
const closedClass =
  /^(?:the|a|an|her|his|their|its|our|my|your|or|and|but|so|yet|if|as|on|in|at|by|for|with|from|to|of|asked|meanwhile|however|still|also|likewise|similarly|additionally|furthermore|moreover|nonetheless|nevertheless|separately|instead|indeed|otherwise|besides|consequently|therefore|thus|ultimately|overall|regardless|then|there|here|this|these|those|such|many|some|most|all|both|each|every|no|not|after|before|when|while|since|until|last|next|earlier|later|it['’]s|that['’]s|there['’]s|here['’]s|what['’]s)$/i

/** Does the text write the word after a given name (`Al From`)? */
function givenNameBefore(text: string, surname: string): boolean {
  const found = firstFullName(text, surname)
  if (!Number.isFinite(found)) return false
  const given = /^\p{Lu}[\p{L}'’-]+/u.exec(text.slice(found))?.[0] ?? ''
  return givenNames.has(lexiconKey(given))
}

/**
 * Where the text first gives a surname with a word before it that may be a given name (`Tom
 * Baker`, `Mitt Romney`; for a word of the lexicon, `Baker`, only a given name), or Infinity.
 * Found once per surname and article: an article with many quotations reads it once.
 */
export function firstFullName(text: string, surname: string): number {
  if (fullNames.text !== text) fullNames = { text, first: new Map() }
  const known = fullNames.first.get(surname)
  if (known !== undefined) return known
  const common = commonWords.has(surname.toLowerCase())
  let first = Number.POSITIVE_INFINITY
  for (const found of text.matchAll(new RegExp(`(\\p{Lu}[\\p{L}'’-]+)\\s+${surname}\\b`, 'gu')))
    if (!common || givenNames.has(lexiconKey(found[1] ?? ''))) {
      first = found.index
      break
    }
  fullNames.first.set(surname, first)
  return first
}

let fullNames: { text: string; first: Map<string, number> } = { text: '', first: new Map() }

/** A word that names nobody: a closed-class word, a weekday, a month or a time. */
function isOrdinary(word: string): boolean {
  return closedClass.test(word) || timeWords.test(word) || months.has(word.toLowerCase())
}

/** Is this phrase one a speaker can be: a pronoun, a name, or a determiner phrase? */
// `Secretary of State`, `Governor of Texas`: a title's `of`, not where a named person belongs.
const affiliationTitles =
  /^(?:secretary|minister|governor|president|mayor|chairman|chair|director|head|chief|leader|member|speaker|attorney|general)$/i

function isSpeakerPhrase(words: Word[]): boolean {
  const first = words[0]
  const last = words.at(-1)
  if (!first || !last) return false
  // `The Council on American-Islamic Relations National Executive Director Nihad Awad`:
  // a long phrase speaks only when a full name ends it.
  const endsInName = words.slice(-2).every((word) => /^\p{Lu}\p{Ll}/u.test(word.text))
  // `Stephen Vladeck of the University of Texas School of Law`: a name, then a long affiliation.
  const affiliated =
    words.length >= 4 &&
    words.slice(0, 2).every((word) => /^\p{Lu}/u.test(word.text)) &&
    words[2]?.text === 'of'
  // (A share is said by the phrase's opening words.)
  const share = shareOpening.test(
    words
      .slice(0, 6)
      .map((word) => word.text)
      .join(' '),
  )
  // (A share of those polled may be long: `Large majorities of Republican primary voters in six
  // states going to the polls on Super Tuesday said`.)
  if (words.length > (endsInName ? 12 : affiliated || share ? 14 : 9)) return false
  if (words.length === 1 && pronouns.has(first.text.toLowerCase())) return true
  // `Another said`, `One told …`: one of those just named.
  if (words.length === 1 && oneOfThem.test(first.text)) return true
  // `Ultimately, there will be, says …`: an adverb that opens the sentence speaks for nobody
  // (not `Desailly` or `Kelly`).
  if (
    words.length === 1 &&
    adverbOpening.test(first.text) &&
    !givenNames.has(lexiconKey(first.text))
  )
    return false
  if (words.length === 1 && isBareGroup(first.text)) return true
  if (words.some((word) => clauseWord.test(word.text))) return false
  if (groupNouns.test(last.text) && words.length <= 7) return true
  if (share) return true
  if (
    words.some(
      (word, index) =>
        participle.test(word.text) &&
        objectStart.test(words[index + 1]?.text ?? '') &&
        // (Not a noun after its article: `familiar with the planning for the meeting`.)
        !/^(?:the|a|an)$/i.test(words[index - 1]?.text ?? '') &&
        // (Nor how a described speaker spoke: `Another source speaking to Fox News said`.)
        !(index >= 2 && speakingParticiple.test(word.text) && determiners.test(first.text)),
    )
  )
    return false
  if (determiners.test(first.text)) return words.length >= 2
  // `The`, `Her`, `Asked`, `On Tuesday`: ordinary words and times do not speak.
  if (words.every((word) => isOrdinary(word.text))) return false
  // A name ends the phrase: `Army Capt. Christian Pardo`, `former UN Ambassador John Bolton`,
  // `Idaho nutritional-supplement executive Frank VanderSloot`; `Media shares` is no speaker.
  const capitalised = (word: Word) => /^[\p{Lu}@]/u.test(word.text)
  // `Robert Antonacci of the New York delegation`: a name, then where the person belongs.
  const of = words.findIndex((word) => word.text === 'of')
  const afterOf = words[of + 1]?.text ?? ''
  const namedBeforeOf =
    of >= 2 &&
    of <= 4 &&
    words.slice(0, of).every(capitalised) &&
    !affiliationTitles.test(words[of - 1]?.text ?? '') &&
    (afterOf === 'the' || /^\p{Lu}/u.test(afterOf))
  if (capitalised(first))
    return (
      !pronouns.has(first.text.toLowerCase()) &&
      (capitalised(last) || words.length <= 4 || namedBeforeOf || speaksForOwner(words))
    )
  // A description, then a name: `former George W. Bush speechwriter Noam Neusner`,
  // `undecided Republican voter Stephanie Hooton of Derry`; a longer one ends in a full name.
  const named = of > 0 && /^\p{Lu}/u.test(afterOf) && capitalised(words[of - 1] ?? first)
  const head = named ? words.slice(0, of) : words
  const name = head.at(-1)
  const given = head.at(-2)
  // (`former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell`: two
  // posts joined by `and`, every word after the first capitalised, may be longer.)
  const joinedPosts =
    head.some((word) => word.text === 'and') &&
    head.slice(1).every((word) => word.text === 'and' || capitalised(word))
  const fullName =
    head.length <= (joinedPosts ? 10 : 8) &&
    given !== undefined &&
    capitalised(given) &&
    !pronouns.has(first.text.toLowerCase()) &&
    !head.some((word) => /^(?:of|the|on|in|at|from|to|for)$/.test(word.text))
  return name !== undefined && capitalised(name) && (head.length <= 6 || fullName)
}

/**
 * The subject right before a verb at `verbStart`, within `[from, verbStart)`:
 *
 *     Highlighting the steps…, Qureshi said          → Qureshi
 *     Secretary Blinken, for his part, said          → Secretary Blinken
 *     Hugh Hill, a doctor, said                      → Hugh Hill
 *     In a statement, the ministry also said         → the ministry
 */
// `John McCain, who lost the 2008 election` · `Jo Park`: a name that opens an aside, alone or described.
const asideName =
  /^((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?:,\s+\p{Ll}|$)/u

export function subjectBefore(
  text: string,
  sentenceStart: number,
  verbStart: number,
  stacked = true,
): Range | null {
  // A subject is near its verb: looking no further back keeps long sentences linear.
  const from = Math.max(sentenceStart, verbStart - 300)
  // `Lewandowski continued to say` · `Bryne went on to say`: the subject of the phrase speaks.
  const phrasal = goesOnTo.exec(text.slice(Math.max(from, verbStart - 72), verbStart))
  let end = phrasal ? verbStart - phrasal[0].length : verbStart
  // `…, at one point calling`: an aside of time before a participle is no subject.
  const aside = /^\p{L}+ing\b/u.test(text.slice(verbStart, verbStart + 30))
    ? asideBeforeVerb.exec(text.slice(Math.max(from, end - 20), end))
    : null
  if (aside) end -= aside[0].length
  // (The fillers' loop reads the last words; the phrase's words are read below, once the
  // window is cut.)
  const trailing = lastWords(text, from, end, 4)
  // (`Huckabee, for his part, is labeling`: the window keeps the comma before `is`.)
  let filled = false
  // (Not an adverb that ends a phrase set off by commas: `…, who asked to speak candidly, said`;
  // but `Riyadh too, emphasised`.)
  while (
    trailing.length > 0 &&
    fillers.test(trailing.at(-1)?.text ?? '') &&
    !(
      /ly$/.test(trailing.at(-1)?.text ?? '') &&
      text.slice(trailing.at(-1)?.end ?? end, end).includes(',')
    )
  ) {
    end = trailing.pop()?.start ?? from
    filled = true
    if (trailing.length === 0) trailing.push(...wordsOf(text, from, end))
  }
  // `Since then, he's said`, `they'd told`: the pronoun of a contracted auxiliary is the subject.
  const contracted = trailing.at(-1)
  const pronoun = contracted ? contractedPronoun.exec(contracted.text) : null
  if (contracted && pronoun?.[1] && /^\s*$/.test(text.slice(contracted.end, end)))
    end = contracted.start + pronoun[1].length
  // `Sen. Bernie Sanders (I-Vt.) on Saturday said`: when it was said stands between.
  const when = whenBeforeVerb.exec(text.slice(Math.max(from, end - 40), end))
  // (`RNC spokesman Sean Spicer on Thursday evening said`, `Bob Geldof in July said`: with `on` or
  // `in`, after a name too; not `Sturgeon wrote to Mr McConnell on Tuesday accusing him`.)
  if (
    when &&
    (text.charAt(end - when[0].length - 1) === ')' ||
      (/^\s+(?:on|in)\s/.test(when[0]) &&
        /\p{Lu}[\p{Ll}'’-]+$/u.test(
          text.slice(Math.max(from, end - when[0].length - 30), end - when[0].length),
        ) &&
        !/^\p{L}+ing\b/u.test(text.slice(verbStart, verbStart + 30))))
  )
    end -= when[0].length
  // `Rep. Gwen Moore (D-Wis.) said`, `Smith (pictured) said`: a short label in
  // parentheses after the name is not the subject.
  const label = shortLabelAtEnd.exec(text.slice(Math.max(from, end - 40), end))
  if (label) end -= label[0].length
  let window = text.slice(from, end).trimEnd()
  // `Cory James, 22, of Flint, Mich., said`, `Harry Bond, 30, of Raleigh, N.C., who was polled,
  // said`: a name, an age and where the person is from.
  const placed = namedFrom.exec(window)
  if (placed?.[1]) {
    const start = from + (placed.index ?? 0) + placed[0].indexOf(placed[1])
    return { start, end: start + placed[1].length }
  }
  let appositiveCut = false
  // `Gingrich — mentioned by Newsmax as the leading choice — told`: an aside between dashes.
  // `A former candidate -- John McCain, who lost in 2008 -- said`: the name the aside gives speaks.
  const dash = /\s(—|–|--)$/.exec(window)
  if (dash?.[1]) {
    const open = window.lastIndexOf(` ${dash[1]} `, dash.index - 1)
    const aside = window.slice(open + dash[1].length + 2, dash.index)
    if (open > 0 && !/[“”"]/.test(aside)) {
      const named = asideName.exec(aside)
      const nominal = lastWords(text, from, from + open, 6)
        .slice(-6)
        .some((word) => determiners.test(word.text))
      if (named?.[1] && nominal) {
        const start = from + open + dash[1].length + 2
        return { start, end: start + named[1].length }
      }
      window = window.slice(0, open).trimEnd()
      appositiveCut = true
    }
  }
  // A parenthetical or appositive between commas: `X, for his part, said`,
  // `Hugh Hill, a doctor, said`; but in `The mayor, Lena Ortiz, said` the name is the speaker.
  if (window.endsWith(',')) {
    // `Hours later, Trump returned the compliment, telling Reuters`: a
    // participle after a comma has the sentence's subject (`participleSubject`).
    if (!filled && /^\p{L}+ing\b/u.test(text.slice(verbStart, verbStart + 30))) return null
    let open = window.lastIndexOf(',', window.length - 2)
    if (open === -1) return null
    // `Clinton, during a town hall in Columbus, Ohio, said`: a state after its town's comma
    // closes the phrase set off, which opened at the comma before.
    const outer = window.lastIndexOf(',', open - 1)
    if (
      outer !== -1 &&
      namesPlace(window.slice(open + 1, -1)) &&
      /^\s+\p{Ll}/u.test(window.slice(outer + 1, open))
    )
      open = outer
    const appositive = wordsOf(text, from + open + 1, from + window.length - 1)
    const before = lastWords(text, from, from + open, 6)
    const name =
      appositive.length > 0 &&
      appositive.length <= 4 &&
      appositive.every((word) => /^\p{Lu}/u.test(word.text))
    // `the mayor, Lena Ortiz,` · `the county clerk, Tom Baker,` · `Its chief economist, Ann Lee,` ·
    // `Google’s chief economist, Ann Lee,`
    const nominal = before
      .slice(-6)
      .some(
        (word, index, last) =>
          (determiners.test(word.text) || /['’]s$/.test(word.text)) && index < last.length - 1,
      )
    const first = appositive[0]
    const last = appositive.at(-1)
    // (`… of Otago in Dunedin, New Zealand, said`: a place is no name given.)
    if (
      name &&
      nominal &&
      first &&
      last &&
      !knownPlaces.has(text.slice(first.start, last.end).toLowerCase())
    )
      return { start: first.start, end: last.end }
    window = window.slice(0, open)
    // `Ed Rendell (D), a Clinton supporter, praised`: the label before the appositive too.
    window = window.replace(shortLabelAtEnd, '')
    appositiveCut = true
  }
  const windowEnd = from + window.length
  const words = wordsOf(text, from, windowEnd)
  // The phrase starts after the last clause boundary: a mark or a clause-opening word.
  let start = words.length
  while (start > 0) {
    const word = words[start - 1]
    if (!word) break
    const between = text.slice(word.end, words[start]?.start ?? windowEnd)
    // (`statement.Tariq`: a stop with no space after it ends a sentence typed run-on.)
    const runOn = between === '.' && words[start] !== undefined
    // `chairman and chief executive Rick Wagoner`: `and` between two posts joins one title.
    const post = words[start - 2]
    const joinsPosts =
      /^and$/i.test(word.text) &&
      post !== undefined &&
      postNouns.test(post.text) &&
      /^\s+$/.test(text.slice(post.end, word.start))
    // `teachers and union officials told`: `and` joins two groups into one subject.
    const joinsGroups =
      /^and$/i.test(word.text) &&
      post !== undefined &&
      namesGroup(post.text) &&
      namesGroup(words.at(-1)?.text ?? '') &&
      /^\s+$/.test(text.slice(post.end, word.start))
    // (`what it calls “…”`, `what they describe as`: the body the sentence names resolves, `it`
    // and `they` would not.)
    const whatThey = /^what$/i.test(word.text) && /^(?:it|they|we)$/i.test(words[start]?.text ?? '')
    // `… of Washington's Institute for Science and International Security wrote`: `and` inside a
    // body's name, after `of` and its capitalised words.
    // (Not `Thomas Covert of the University of Chicago and Professor Knittel`: a title or a given
    // name after `and` opens a person's name; nor `Dr Erel Avineri, of the Centre for …`, an aside.)
    const nextWord = words[start]?.text ?? ''
    const inBodyName =
      /^and$/.test(word.text) &&
      /(?<!,\s*)\bof\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)+(?:(?:for|of|on)\s+(?:\p{Lu}[\p{L}'’.-]*\s+)+)?$/u.test(
        text.slice(Math.max(from, word.start - 80), word.start),
      ) &&
      /^\p{Lu}/u.test(nextWord) &&
      !titleWords.has(nextWord.toLowerCase()) &&
      !givenNames.has(lexiconKey(nextWord))
    // `Deputy Commissioner (DC) Ali Khan said`: a post's acronym in brackets stays in the phrase.
    const postAcronym =
      /^\s*\($/.test(between) && isPostAcronymAt(text, word.end + between.indexOf('('))
    if (
      (/[,;:(“”"—–]/.test(between) && !postAcronym) ||
      runOn ||
      (clauseOpeners.test(word.text) && !joinsPosts && !joinsGroups && !whatThey && !inBodyName)
    )
      break
    start--
  }
  let phrase = words.slice(start)
  // `The man who found the body said`: the noun phrase a relative clause describes.
  phrase = relativeHead(text, words, start, verbStart, windowEnd, filled) ?? phrase
  // `A spokesman contacted by the BBC said`, `Officials interviewed by Reuters said`: the noun
  // phrase a participle and its agent describe.
  const reduced = phrase.findIndex(
    (word, index) =>
      index > 0 && reducedRelative.test(word.text) && /^by$/i.test(phrase[index + 1]?.text ?? ''),
  )
  if (reduced > 0) phrase = phrase.slice(0, reduced)
  // `Speaking on the team’s performance Head Coach Rehman Mohammadi said`: an opening participle
  // and its phrase with no comma after them, then the capitalised words of the subject.
  phrase = afterOpeningParticiple(text, phrase) ?? phrase
  const prepositional = /^(?:in|on|at|for|with|from|by|to|of|after|during|under|over)$/i.test(
    phrase[0]?.text ?? '',
  )
  // `On Thursday, US President Joe Biden` is cut at the comma; `In the statement the ministry` keeps the last phrase.
  let second = false
  while (
    phrase.length > 1 &&
    /^(?:in|on|at|for|with|from|by|to|of|after|during|under|over)$/i.test(phrase[0]?.text ?? '')
  ) {
    const next = phrase.findIndex(
      (word, index) => index > 0 && (determiners.test(word.text) || /^\p{Lu}/u.test(word.text)),
    )
    if (next <= 0) return null
    phrase = phrase.slice(next)
    // `In a statement the ministry`: keep only the last determiner phrase.
    const last = phrase.map((word) => determiners.test(word.text)).lastIndexOf(true)
    if (last > 0) {
      phrase = phrase.slice(last)
      second = true
    }
    // `At one point Delgado said`: a name after the preposition's noun is the subject.
    const name = phrase.findIndex(
      (_word, index) =>
        index >= 2 &&
        /^\p{Ll}/u.test(phrase[index - 1]?.text ?? '') &&
        // Not `the US Department of Justice`, `the House of Lords`.
        !/^(?:of|and|for|the|on|in|at|from|to|by|with|near|de|du|la)$/.test(
          phrase[index - 1]?.text ?? '',
        ) &&
        phrase.slice(index).every((rest) => /^\p{Lu}/u.test(rest.text)),
    )
    if (determiners.test(phrase[0]?.text ?? '') && name > 0) phrase = phrase.slice(name)
  }
  // `… and in a statement credited him`: the text a preposition names is where, not who.
  // (But `At the bottom the letter reads`: a second phrase after the preposition's is the subject.)
  if (
    prepositional &&
    !second &&
    phrase.length <= 3 &&
    documentWords.test(phrase.at(-1)?.text.toLowerCase() ?? '')
  )
    return null
  // `At the bottom it reads`: a pronoun after the preposition's phrase is the subject.
  const closing = phrase.at(-1)?.text.toLowerCase() ?? ''
  if (prepositional && phrase.length > 1 && (nominativePronouns.has(closing) || closing === 'it'))
    phrase = phrase.slice(-1)
  // `Later the spokeswoman said`: an adverb of time before the subject is not part of it.
  while (phrase.length > 1 && leadingAdverbs.test(phrase[0]?.text ?? '')) phrase = phrase.slice(1)
  // `When she returned she said`: after a subordinate clause with no comma, a
  // subject pronoun just before the verb is the subject. (Not in `Marsh said
  // she would warn`, where the pronoun opens the reported clause.)
  const final = phrase.at(-1)
  if (
    phrase.length > 1 &&
    final &&
    nominativePronouns.has(final.text.toLowerCase()) &&
    subordinators.test(words[start - 1]?.text ?? '')
  )
    phrase = [final]
  const first = phrase[0]
  const last = phrase.at(-1)
  if (!first || !last) return null
  // `Holding signs calling Christie “…,” the protesters chanted`: a participle that opens the
  // sentence, with its object, before another participle is a clause, not who speaks (but
  // `Shipping agents said`).
  const firstKey = lexiconKey(first.text)
  if (
    /^\p{Lu}\p{Ll}+ing$/u.test(first.text) &&
    /^\p{Ll}+ing\b/u.test(text.slice(verbStart, verbStart + 30)) &&
    commonWords.has(firstKey) &&
    !surnames.has(firstKey) &&
    /^\p{Ll}/u.test(phrase[1]?.text ?? '') &&
    !/^\p{Lu}/u.test(last.text)
  )
    return null
  // (`Some said`, `many argued`; not `Some protest leaders said`, where the verb is a noun's modifier.)
  // (Nor `One reply came from …`: a count before a noun.)
  if (
    phrase.length === 1 &&
    (quantifiers.test(first.text) || oneOfThem.test(first.text)) &&
    !/^(?:said|says|say|told|wrote|argue|claim|contend|insist|suggest|warn|\p{Ll}+ed)\b/u.test(
      text.slice(verbStart, verbStart + 12),
    )
  )
    return null
  // (`Yet another said`, `While one says …, another says`; not `In yet another alleged
  // encounter`: `another` in lower case speaks only where its clause opens.)
  if (
    phrase.length === 1 &&
    first.text === 'another' &&
    !/(?:^\s*|[.!?;,]\s+)(?:(?:[Yy]et|[Bb]ut|[Aa]nd)\s+)?$/.test(text.slice(from, first.start))
  )
    return null
  const speaks = isSpeakerPhrase(phrase) || (phrase.length === 1 && isSurnameOfTime(text, first))
  // A second appositive: `Alixandria Lapp, executive director of the House
  // Majority PAC, a Democratic super PAC, said` → Alixandria Lapp. A phrase
  // that is no speaker, or a description (`director of …`, `the head of …`),
  // gives way to a name before it.
  // (`In Hudson, New Hampshire Monday, the Christie supporter retorted`: a phrase with its
  // article and a name right before the verb is the subject itself; not `the growth continued`.)
  const subjectItself =
    !appositiveCut &&
    /^(?:the|a|an)$/.test(first.text) &&
    phrase.some((word) => /^\p{Lu}/u.test(word.text))
  // (`Mrs. Clinton, analysts said, has …`, `…, two officials said,`: a group is a whole subject.)
  const group = speaks && groupNouns.test(last.text)
  // (`Clinton, a top aide said, “is very confident”`: an unnamed speaker set off by the comma
  // after the verb, not a description of the name before, which would close with a comma.)
  const setOff =
    speaks && /^(?:a|an|one)$/i.test(first.text) && /^\p{L}+,/u.test(text.slice(verbStart))
  // (`Or maybe Jeb Bush, digital consultant Phil Musser says`: a post and a name right before the
  // verb, with no comma after them, are the subject, not a description of the name before.)
  const runStart = phrase.findLastIndex((word) => !/^\p{Lu}/u.test(word.text)) + 1
  const postAndName =
    !appositiveCut &&
    runStart >= 1 &&
    runStart <= phrase.length - 2 &&
    phrase
      .slice(0, runStart)
      .every(
        (word) =>
          !/^(?:of|the|a|an|and|or|at|for|in|on|to|from|with|by|about)$/.test(word.text) &&
          !/['’]s$/.test(word.text),
      )
  if (
    !speaks ||
    (!subjectItself &&
      !group &&
      !setOff &&
      !postAndName &&
      !pronouns.has(first.text.toLowerCase()) &&
      /^\p{Ll}/u.test(first.text))
  ) {
    const named = stacked ? nameBefore(text, from, first.start) : null
    // (`The plan, an inside source said, is …`: a noun that opens the sentence names nobody
    // before a speaker with an article; `The project's website, run by Jo Park, says` it does.)
    const nounBefore =
      named !== null &&
      speaks &&
      determiners.test(first.text) &&
      /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our)(?:\s+\p{Ll}[\p{L}'’-]*)+$/u.test(
        text.slice(named.start, named.end),
      )
    if ((named && !nounBefore) || !speaks) return named
  }
  // `Stacy Baker of Columbia, South Carolina says`: a place after a comma ends the speaker's phrase.
  // (the comma is looked for in the window only: the whole text before would make this quadratic)
  const found = text.slice(from, first.start).lastIndexOf(',')
  const comma = found === -1 ? -1 : from + found
  if (
    knownPlaces.has(text.slice(first.start, last.end).toLowerCase()) &&
    comma > from &&
    /^,\s*$/.test(text.slice(comma, first.start))
  ) {
    return subjectBefore(text, from, comma)
  }
  return { start: first.start, end: last.end }
}

/**
 * The subject of a cue verb: the name that opens the sentence before descriptions set off by
 * commas comes first (in `Ana Ruiz, a pollster who works with Keller Group, a firm, said`, not
 * `works with Keller Group`), else the phrase right before the verb.
 */
export function cueSubject(text: string, sentenceStart: number, verbStart: number): Range | null {
  return (
    openingNameSubject(text, sentenceStart, verbStart) ??
    subjectBefore(text, sentenceStart, verbStart)
  )
}

/**
 * `Geoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super
 * PAC, said …`: a name that opens the sentence, then descriptions set off by commas up to the
 * verb, is its subject (not when another name is joined to it: `…, and Ann Lee, …, said`).
 */
export function openingNameSubject(
  text: string,
  sentenceStart: number,
  verbStart: number,
): Range | null {
  if (verbStart - sentenceStart > 300) return null
  const sentence = text.slice(sentenceStart, verbStart)
  const opening = openingName.exec(sentence)
  // (Not `On Thursday, he …`, `In May, a judge …`, `But Ms James, …`: an opening word names no one.)
  if (!opening?.[1] || isOrdinary(opening[1].split(/\s/)[0] ?? '')) return null
  const between = sentence.slice(opening[0].length)
  if (!/,\s*$/.test(between) || /[“”"]|\s(?:and|or)\s+\p{Lu}/u.test(between)) return null
  // Each piece set off describes (`a lobbyist in …`, `who has donated …`, `director of …`,
  // `Davis`); not `…, was also complicit in covering up …`, the sentence's own verb.
  // (`whose latest start-up, Paradata, uses big data`: a relative clause runs on past a name.)
  const pieces = (opening[0].slice(opening[0].lastIndexOf(',') + 1) + between).split(',')
  let relative = false
  for (const piece of pieces.slice(0, -1)) {
    if (/^\s*(?:who|whose|which|where)\s/.test(piece)) relative = true
    else if (
      !/^\s*(?:a|an|the|his|her|its|their|former|in|on|at|during|from|since|with|\p{Lu}|[\p{Ll}-]+\s+(?:of|at|for|to)\b)/u.test(
        piece,
      ) &&
      !(relative && /^\s*\p{Ll}/u.test(piece))
    )
      return null
  }
  const start = sentenceStart + (opening.index ?? 0) + opening[0].indexOf(opening[1])
  return { start, end: start + opening[1].length }
}
// A name of two to four capitalised words (or a surname after an honorific), a comma, and a
// description: an article, a relative pronoun or a word in lower case.
const openingName =
  /^\s*((?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+(?=(?:a|an|the|who|whose|\p{Ll}+)\s)/u

/** `Ohio`, `Mass.`, `N.H.`: a place known by name, or a state by AP's abbreviation. */
function namesPlace(phrase: string): boolean {
  const key = phrase.trim().toLowerCase()
  return (
    knownPlaces.has(key) || stateAbbreviations.has(key) || stateAbbreviations.has(key.slice(0, -1))
  )
}

const contractedPronoun = /^(he|she|they|we|I)['’](?:s|d|ve)$/i
// `Rep. Gwen Moore (D-Wis.)`, `Smith (pictured)`: a short label in parentheses after a name.
const shortLabelAtEnd = /\s*\([^()\n]{1,30}\)\s*$/
const asideBeforeVerb = /(?:^|\s)(?:at one point|at times|at first|at last|in turn|once again)\s+$/

const leadingAdverbs =
  /^(?:later|earlier|then|meanwhile|also|however|separately|afterwards|afterward|still|yesterday|today|now|again|previously|recently)$/i
const nominativePronouns = new Set(['he', 'she', 'they', 'we', 'i'])
const subordinators =
  /^(?:when|after|as|before|while|once|because|since|if|although|though|until)$/i

// `Echoing Hale, the chancellor said`, `Unlike Hale, the chancellor`: an opening phrase, not a name.
// `Amid the uproar, Walsh`, `Alongside BLM, a strategist`, `Hours later, she`: so are a
// preposition's phrase and a time.
const opening =
  /^(?:\p{Lu}\p{Ll}+ing|Unlike|Like|After|Before|With|Without|Despite|For|In|At|On|Amid|Amidst|Alongside|Among|Amongst|Against|Across|Under|Over|Within|Throughout|Since|Until|Upon|Beyond|Besides|Toward|Towards|\p{Lu}\p{Ll}+s\s+(?:later|earlier|after|before|ago))[\s,]/u

/** A whole name phrase before `, <phrase>`, after a mark: not `At the time`, `In Iowa`. */
function nameBefore(text: string, from: number, phraseStart: number): Range | null {
  // Looked for in the window only: the whole text before would make this quadratic.
  const found = text.slice(from, phraseStart).lastIndexOf(',')
  const comma = found === -1 ? -1 : from + found
  if (comma <= from || !/^,\s*$/.test(text.slice(comma, phraseStart))) return null
  const named = subjectBefore(text, from, comma, false)
  // (`Sooner or later, the governor said`: a phrase with a conjunction is no name.)
  return named &&
    /^\p{Lu}/u.test(text.charAt(named.start)) &&
    !opening.test(text.slice(named.start, Math.max(named.end + 1, named.start + 30))) &&
    !/\s(?:or|and|but|nor)(?:\s|$)/.test(text.slice(named.start, named.end)) &&
    // (`At a conference in Aspen, Colo., the chief executive said`: a place is no one's name.)
    !namesPlace(text.slice(named.start, named.end)) &&
    // (`Asked about the delay, a spokeswoman said`: an opening participle's phrase is no name.)
    !openingParticiplePhrase.test(text.slice(named.start, named.end)) &&
    // (`Her fate hinges on the popularity of …, analyst says`: a long phrase with no capital past
    // its first word is a clause, no name.)
    (/^\S+\s.*\p{Lu}/u.test(text.slice(named.start, named.end)) ||
      text.slice(named.start, named.end).split(/\s+/).length <= 5) &&
    /(?:^|[,;:(“”"—–])\s*$/.test(text.slice(from, named.start))
    ? named
    : null
}

// `Asked about the delay`, `Speaking to reporters`, `Reached by phone`
const openingParticiplePhrase = /^\p{Lu}\p{Ll}+(?:ed|ing)\s+\p{Ll}/u

/**
 * Texts that speak for whoever wrote or issued them (`the statement said`), and
 * that were published somewhere (`an editorial in …`, `a post on …`): singular, lower case.
 */
export const documentWords =
  /^(?:statement|letter|notice|report|memo|memorandum|paper|manifesto|release|document|filing|sign|ad|advert|advertisement|survey|poll|study|website|editorial|article|column|op-ed|story|piece|blog|book|essay|transcript|email|e-mail|banner|post|tweet|message|resolution|ruling|motion|petition|complaint|lawsuit|decree|proposal|decision|audit)$/

const authoredBy =
  /^(?:filed|issued|released|written|published|signed|sent|posted|prepared|authored|put)$/

/** The speaker right after an inverted cue: `said Smith`, `said the minister`, `said Hugh Hill, a doctor`. */
// ` (DC) A`: a post's acronym in brackets, then the name.
const postAcronymAt = /^ \(\p{Lu}{2,6}\)\s+\p{Lu}/u

/**
 * `Regional Police Officer (RPO) Ali Khan`: is the bracket opening at `open` a post's acronym,
 * after the post's head word and before the holder's name?
 */
function isPostAcronymAt(text: string, open: number): boolean {
  return (
    postAcronymAt.test(text.slice(open - 1, open + 12)) &&
    titleHeads.has(
      /(\p{L}+)\s$/u.exec(text.slice(Math.max(0, open - 30), open))?.[1]?.toLowerCase() ?? '',
    )
  )
}

export function subjectAfter(text: string, from: number, sentenceEnd: number): Range | null {
  const to = Math.min(sentenceEnd, from + 300)
  // The phrase ends at a mark; a dot only where it is no abbreviation (`said Peter T. King.`).
  let stop = to
  let bracketEnd = -1
  for (const match of text.slice(from, to).matchAll(/[,.;:!?“”"—–()]/g)) {
    if (match[0] === '.' && isAbbreviationDot(text, from + match.index)) continue
    const at = from + match.index
    // `according to Regional Police Officer (RPO) Ali Khan`: a post's acronym in brackets
    // between the post and the name.
    if (match[0] === '(' && isPostAcronymAt(text, at)) {
      bracketEnd = text.indexOf(')', at)
      continue
    }
    if (at === bracketEnd) continue
    stop = at
    break
  }
  let words = wordsOf(text, from, stop)
  // `according to a court document filed by Dana Ortiz`, `… a statement issued by the
  // ministry`: a document's author, where the phrase names one, is the speaker.
  const document = words.findIndex(
    (word, index) =>
      index <= 4 &&
      documentWords.test(singular(word.text.toLowerCase())) &&
      authoredBy.test(words[index + 1]?.text ?? '') &&
      words[index + 2]?.text === 'by',
  )
  const author = document >= 0 ? words[document + 3] : undefined
  if (author) return subjectAfter(text, author.start, sentenceEnd)
  // `said the mayor, Ana Ruiz.`: a description followed by the name it gives.
  const named = /^,\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*(?:[,.;:!?]|$)/u.exec(
    text.slice(stop, to),
  )
  // (`said his best friend at Lehigh, Bruce Turry`: where or when a person's description holds
  // is not counted; `According to the New York Daily News, Brett Kavanaugh …` names no one.)
  const placedAt = words.findIndex(
    (word, index) =>
      index > 1 &&
      /^(?:at|in|on|during)$/.test(word.text) &&
      isPersonWord(words[index - 1]?.text.toLowerCase() ?? ''),
  )
  const described = placedAt > 0 ? placedAt : words.length
  if (named?.[1] && determiners.test(words[0]?.text ?? '') && described <= 4) {
    const start = stop + named[0].indexOf(named[1])
    // (`…, John E. Herbst.`: the sentence's full stop is no part of the name.)
    const name = named[1].replace(/(\p{Ll}{2})\.$/u, '$1')
    return { start, end: start + name.length }
  }
  // `said one source who identified himself as …`, `said Sanders as he closed out`, `said
  // Castaignede ahead of the tie`: the
  // relative or adverbial clause is not the speaker, nor is a phrase of manner, place or
  // time (`said Paul Ryan in a statement`, `said the senator on Monday`); but `reads an
  // editorial in the Valley Courier` keeps where the editorial ran.
  const relative = words.findIndex(
    (word, index) =>
      index > 0 &&
      (/^(?:who|whose|which|that|as|while|when|after|before|ahead|following|amid|despite|because|since|though|although)$/i.test(
        word.text,
      ) ||
        (/^(?:in|on|at|during|via|by|to)$/.test(word.text) &&
          !documentWords.test(singular((words[index - 1]?.text ?? '').toLowerCase())) &&
          // (a noun phrase before it: not `a report published by`, `the media erred in`)
          !words
            .slice(0, index)
            .some((before) =>
              /^\p{Ll}+(?:ed|ly)$|^(?:seen|drawn|written|shown|quoted)$/u.test(before.text),
            ))),
  )
  // (`said Pakistan’s Permanent Representative to the UN Asim Iftikhar`: a title's preposition,
  // then what it is of and the holder's name, all capitalised, keeps the name.)
  const titleThenName =
    relative > 0 &&
    /^(?:to|at|in|on)$/.test(words[relative]?.text ?? '') &&
    titleWords.has((words[relative - 1]?.text ?? '').toLowerCase()) &&
    words.length - relative >= 4 &&
    words
      .slice(relative + 1)
      .every((word) => /^\p{Lu}/u.test(word.text) || /^(?:the|of)$/.test(word.text))
  if (relative > 0 && !titleThenName) words = words.slice(0, relative)
  // `says a source involved in the talks`, `said an aide based in Ohio`: the description ends
  // before the participle that places it.
  const placed = words.findIndex(
    (word, index) =>
      index >= 2 &&
      /^\p{Ll}+ed$/u.test(word.text) &&
      /^(?:in|on|at|with|to|for|from|near)$/.test(words[index + 1]?.text ?? ''),
  )
  if (placed > 0 && determiners.test(words[0]?.text ?? '')) words = words.slice(0, placed)
  // `said the senator Monday`, `according to a study last year by …`: the time after a
  // description is when it spoke, not part of it.
  const time = words.at(-1)
  if (
    words.length >= 3 &&
    time &&
    timeWords.test(time.text) &&
    !isSurnameOfTime(text, time) &&
    determiners.test(words[0]?.text ?? '')
  ) {
    const modified = /^(?:last|this|next|that|early|late|on)$/i.test(words.at(-2)?.text ?? '')
    let kept = words.slice(0, modified ? -2 : -1)
    // (`a Gallup poll released Tuesday`: and the participle that dates a document.)
    const dated = kept.at(-1)?.text ?? ''
    if (
      (/^\p{Ll}+ed$/u.test(dated) || /^(?:out|taken|written)$/.test(dated)) &&
      documentWords.test(singular((kept.at(-2)?.text ?? '').toLowerCase()))
    )
      kept = kept.slice(0, -1)
    if (
      kept.length >= 2 &&
      !closedClass.test(kept.at(-1)?.text ?? '') &&
      !/ed$/.test(kept.at(-1)?.text ?? '')
    )
      words = kept
  }
  const first = words[0]
  const last = words.at(-1)
  if (!first || !last) return null
  if (!isSpeakerPhrase(words) && !(words.length === 1 && isSurnameOfTime(text, first))) return null
  if (!/^\s*$/.test(text.slice(from, first.start))) return null
  // `said this week`, `said on Monday`: a time, not a speaker (but `said Kristen Day`).
  if (
    /^(?:this|these|those)$/i.test(first.text) ||
    (timeWords.test(last.text) && !isSurnameOfTime(text, last))
  )
    return null
  return { start: first.start, end: last.end }
}

// `, Mr. Rubio only occasionally disagreed`, `, he continued`: a name or a pronoun, then its verb.
const subjectAfterComma =
  /^\s*((?:he|she|they|we|I|(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+))\s+(?:\p{Ll}+ly\s+)?\p{Ll}/u

// A participle after a comma reports the main clause's subject: `…, saying …`.
export function participleSubject(
  text: string,
  sentenceStart: number,
  verb: Range,
  form: string,
): Range | null {
  // `…, saying` · `… before saying` · `… after writing` · `… by tweeting that` ·
  // `…, at one point calling`
  const aside = asideBeforeVerb.exec(
    text.slice(Math.max(sentenceStart, verb.start - 20), verb.start),
  )
  const leadEnd = verb.start - (aside?.[0].length ?? 0)
  const lead = text.slice(Math.max(sentenceStart, leadEnd - 8), leadEnd)
  if (!form.endsWith('ing')) return null
  // (After `by`, only a verb of saying before what it says: not `celebrated by claiming victory`,
  // `by adding substance to`.)
  // (`by telling Clinton she had been …`: a listener first.)
  const byWay =
    /\bby\s*$/.test(lead) &&
    (/^\s*(?:that\b|[,:]|[“"])/.test(text.slice(verb.end, verb.end + 8)) ||
      (form === 'telling' &&
        /^\s+(?:him|her|them|us|me|reporters|voters|\p{Lu}[\p{L}'’.-]*)\s/u.test(
          text.slice(verb.end, verb.end + 30),
        ))) &&
    /^(?:saying|telling|writing|tweeting|posting|stating|declaring|noting|adding|arguing|insisting|explaining|asking|announcing)$/.test(
      form,
    )
  // (`needled the CNN “reporter,” saying`: the comma may stand inside a closing mark, or
  // inside two apostrophes: `deemed ''top secret,'' saying`.)
  // `After suggesting that he regretted it, Mr. Rubio …`, `While saying that …, he …`: a phrase
  // that opens the sentence hangs on the subject after its comma.
  // (Only before a clause: not `After claiming their first title, Wood …`.)
  if (
    /^\s*(?:After|Before|While|Upon|Without)\s+$/.test(text.slice(sentenceStart, verb.start)) &&
    /^\s+(?:(?:[^\s,]+\s+){0,3}that|he|she|they|it|we|I)\s/.test(
      text.slice(verb.end, verb.end + 60),
    )
  ) {
    const comma = text.indexOf(',', verb.end)
    const after =
      comma === -1 || comma - verb.end > 250
        ? null
        : subjectAfterComma.exec(text.slice(comma + 1, comma + 80))
    if (!after?.[1]) return null
    const start = comma + 1 + after[0].indexOf(after[1])
    return { start, end: start + after[1].length }
  }
  // (`… on the spot – saying he was …`: a dash sets it off too.)
  if (!byWay && !/(?:,(?:[”"’]|'')?|\s[—–]|\b(?:before|after|while|without|upon))\s*$/.test(lead))
    return null
  // `…, the United Nations said on Wednesday, warning that …`: the subject of the report the
  // participle goes on from.
  const reported = reportedBefore.exec(
    text.slice(Math.max(sentenceStart, verb.start - 120), verb.start),
  )
  if (reported?.[1]) {
    const from =
      Math.max(sentenceStart, verb.start - 120) + reported.index + reported[0].indexOf(reported[1])
    return { start: from, end: from + reported[1].length }
  }
  // The subject of the clause the participle hangs on: `Speaking in Salem,
  // New Hampshire, Trump went after Bush, calling him …` → Trump; else the
  // sentence's subject: `The billionaire businessman began by talking about…, saying`.
  return (
    clauseSubject(text, sentenceStart, verb.start) ??
    sentenceSubject(text, sentenceStart, verb.start)
  )
}

// `, the United Nations said on Wednesday, ` · `, Smith said, ` · `,'' Mr. Axelrod said, `: an inverted or
// plain report before the participle.
const reportedBefore =
  /,(?:''|[”"’])?\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:said|says|added|told\s+\p{Lu}[\p{L}]*)(?:\s+on\s+\p{Lu}\p{Ll}+)?\s*,\s*$/u

/** Words for what a person is that may stand right before the name: `candidate`, `pollster`, `minister`. */
export const descriptionRoles = [
  ...[...titleWords].filter((word) => /^\p{Ll}{4,}$/u.test(word)),
  occupations,
  'nominee',
  'hopeful',
  'front-runner',
  'frontrunner',
  'analyst',
  'official',
  'engineer',
].join('|')

// A name (with its title, and `of` a place or body) or a pronoun, then a finite verb.
// `…, as Mrs. Clinton echoed the criticism, saying`: a subordinate clause's word before the name.
// `Republican candidate Jo Roe took to Twitter, writing`: a description before the name;
// `Sen. Jo Roe (I-Vt.) on Saturday criticized`: a party label and a time between it and the verb.
const namedClause = new RegExp(
  String.raw`^\s*(?:(?:[Aa]s|[Ww]hile|[Ww]hen|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince|[Ww]here|[Aa]nd(?:\s+then)?|[Bb]ut)\s+)?(?:\p{Lu}\p{Ll}+\s+(?:\p{Ll}+\s+){0,2}(?:${descriptionRoles})\s+(?=\p{Lu}))?((?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Prof|Lt|Col|Sgt|Pres)\.\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]+|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?(?:\s+\([^()]{1,30}\))?(?:\s+(?:on\s+)?(?:${weekday}|today|yesterday))?\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?(?:\p{Ll}+ed|\p{Ll}+[^s]s|went|made|took|gave|came|did|told|said|met|spoke|wrote|sent|won|lost|hit|struck|fought|ran|led|left|kept|held|brought|sought|began|stood|threw|drew|broke)\b`,
  'u',
)
const notSubjects =
  /^(?:The|This|That|These|Those|It|There|In|On|At|For|But|And|So|Why|What|How|When|Where|Who|After|Before|While|During|Speaking|Asked|According)\b/

/**
 * The subject of the nearest clause before `end` that opens with a name and
 * a finite verb, looking back comma by comma: `At a rally in Portsmouth,
 * N.H., on Tuesday, Senator Bernie Sanders of Vermont endorsed Mrs.
 * Clinton,` → `Senator Bernie Sanders`.
 */
function clauseSubject(text: string, sentenceStart: number, end: number): Range | null {
  const from = Math.max(sentenceStart, end - 300)
  let segmentEnd = text.lastIndexOf(',', end - 1)
  if (segmentEnd < from) return null
  for (let step = 0; step < 4 && segmentEnd > from; step++) {
    const comma = text.lastIndexOf(',', segmentEnd - 1)
    let segmentStart = comma < from ? from : comma + 1
    // `“…, I think we need him back,” Hannity said …, remarking`: a clause starts after the
    // quotation's closing mark, and no clause inside the quotation is searched.
    const mark = lastMarkIn(text, segmentStart, segmentEnd)
    if (mark >= 0) segmentStart = mark + 1
    const found = namedClause.exec(text.slice(segmentStart, segmentEnd))
    const name = found?.[1]
    // (Not `Amid responses from …,`: a preposition, then a plural that looks like a verb.)
    if (
      found &&
      name &&
      !notSubjects.test(name) &&
      !openingPreposition.test(name) &&
      !knownPlaces.has(name.toLowerCase())
    ) {
      const start = segmentStart + found[0].indexOf(name)
      return { start, end: start + name.length }
    }
    if (comma < from || mark >= 0) break
    segmentEnd = comma
  }
  return null
}

/** The offset of the last double quotation mark (or `''`) in `[start, end)`, or -1. */
function lastMarkIn(text: string, start: number, end: number): number {
  for (let index = end - 1; index >= start; index--) {
    const char = text.charAt(index)
    if (char === '"' || char === '“' || char === '”') return index
    // (`''` marks as the New York Times writes them: two apostrophes.)
    if (char === "'" && text.charAt(index - 1) === "'" && index - 1 >= start) return index
  }
  return -1
}

// `Mike Lee, who declared …` · `Mr. Sanders, who also said …` · `Bret Stephens,
// who, after trading insults with Mr. Hannity, said …`
// (`this tweet from Rikkie Wells who tweeted`: no comma after a full name, too.)
const relativeBefore =
  /(?:[\p{L}.)],|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s+(who)(?:\s+(?:also|then|later|once|had|has|have|previously|recently|often|repeatedly|\p{Ll}+ly))?(?:,\s[^,“”"]{1,80},)?\s+$/u

// `voters who`, `many Republicans who`: a group, then `who`, with no comma.
const groupBeforeWho =
  /(?:^|[\s,(])((?:(?:many|most|some|all|the|those|other|more|fewer|\d+)\s+)?(\p{L}+s))\s+who(?:\s+\p{Ll}+ly)?\s+$/u

/** A relative clause's `who` speaks for the name it follows; the resolver finds that name. */
export function relativeSubject(
  text: string,
  sentenceStart: number,
  verb: Range,
  groups = false,
): Range | null {
  const from = Math.max(sentenceStart, verb.start - 120)
  // With `groups`, `Sanders won among voters who said they cared most about honesty`: the group
  // speaks. (Not where the group opens the sentence: `Voters who said … backed Sanders` goes on
  // past what they said; nor `one of his fiercest critics who`, one person.)
  const group = groups ? groupBeforeWho.exec(text.slice(from, verb.start)) : null
  const groupStart = from + (group?.index ?? 0) + (group?.[0].indexOf(group[1] ?? '') ?? 0)
  if (
    group?.[1] &&
    groupNouns.test(group[2] ?? '') &&
    groupStart > sentenceStart &&
    !/\bof\s+(?:[\p{L}'’-]+\s+){0,3}$/u.test(
      text.slice(Math.max(from, groupStart - 40), groupStart),
    )
  )
    return { start: groupStart, end: groupStart + group[1].length }
  const found = relativeBefore.exec(text.slice(from, verb.start))
  if (!found?.[1]) return null
  const start = from + found.index + found[0].indexOf(found[1], 2)
  return { start, end: start + found[1].length }
}

// A verb after a common-noun subject: `The chief spent`, `The president noted`, `The aide will`.
const verbLike = String.raw`(?:\p{Ll}+(?:ed|s)|spent|won|lost|found|felt|heard|saw|knew|thought|took|began|went|made|told|said|spoke|gave|came|wrote|stood|sat|held|led|put|sent|met|brought|kept|left|got|ran|rose|fought|paid|sought|taught|drew|chose|broke|hit|cut|let|set|will|would|could|can|may|might|should|must|did)`

// `One early supporter, …` · `On Monday, Trump` · `The president noted` · `he`
// An article or a verb, which no noun phrase's modifier is (`The BPI is`); nor, with an adverb
// or a past form, its head (`The Pope later`, `The Russian turned`).
const notModifier = '(?:the|a|an|is|are|was|were|has|have|had)'
// `repeatedly`, `strongly`; not `family` or `assembly`.
const adverbLy =
  '(?!family|assembly|supply|reply|rally|ally|monopoly|anomaly|homily|folly|jelly|belly|bully|lily|holly)\\p{Ll}{2,}ly'
const notNounWord = `(?:the|a|an|is|are|was|were|has|have|had|also|even|later|then|still|now|\\p{Ll}+ed|${adverbLy})`
const subordinatorOpening =
  /^(?:When|While|As|After|Before|Although|Though|If|Because|Since|Ever since|Even as|Even though|Even if|Just as|Now that|Once|Until|Unless|Whereas|and when|and while)\s+(?=\p{Lu}|he\b|she\b|they\b)/u
const openingPreposition =
  /^(?:Given|Alongside|Amid|Among|Amongst|Despite|Following|Unlike|Like|Beyond|Besides|Against|Within|Without|Throughout|Toward|Towards|Under|Behind|Beside|Inside|Outside|Beneath|Across|During|Per|Via)\b/

// `Democratic front-runner Hillary Clinton`: a description in lower case before the name
// (not `The former Republican candidate`, where `former` is no role).
// (`Former Pennsylvania governor Ed Rendell`: a place may stand in the description.)
const describedName = String.raw`(?:\p{Lu}\p{Ll}+\s+(?:\p{L}[\p{L}-]*\s+){0,2}(?!former\s)(?:${descriptionRoles})\s+(?=\p{Lu}))?`

// `A spokeswoman for the House Armed Services Committee emailed`: who speaks for a body, with it.
const speakingHeads =
  'spokes\\p{L}+|representatives?|attorneys?|lawyers?|officials?|members?|aides?|advisers?|directors?|chairman|chairwoman|head|president|secretary|minister|general|executives?|officers?|employees?|leaders?|managers?|professors?|analysts?|economists?|researchers?|experts?|sources?|staffers?'
// What stands between a subject and its verb, and the verb: ` also said`, ` quickly noted`.
const verbAhead = String.raw`\s+(?:(?:also|then|later|still|now|${adverbLy})\s+)?${verbLike}\b`
// (Three words before the noun only when it names a role: `The former Republican presidential
// candidate continued`, `An All England club spokesperson said`; not `The problem with this issue`.)
// (Not `a Clinton supporter` of `Ed Rendell, a Clinton supporter, praised`: after a determiner in
// lower case, capitalised words that describe the noun of an appositive.)
const subjectHead = new RegExp(
  String.raw`^(?:[^,]{0,40},\s*)?((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|One)\s+(?:(?!${notModifier}\s)\p{L}[\p{L}'’-]*\s+){3}(?:${descriptionRoles}|${speakingHeads})(?=${verbAhead})|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|One)\s+(?:(?!${notModifier}\s)\p{L}[\p{L}'’-]*\s+){0,2}?(?!(?:of|for|at|in|on|to|with|from|by|and|or)\s|${notNounWord}\s)\p{Ll}[\p{L}'’-]*(?:(?<=\b(?:${speakingHeads}))\s+(?:for|of|at|from)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+(?=${verbAhead}(?![,\p{L}'’])))?(?=${verbAhead})|(?:the|a|an|his|her|their|one)\s+${describedName}(?:[\p{Lu}@][\p{L}'’.@_-]*\s*){1,6}(?!(?<=[\p{L}'’.@_-])[\p{L}'’.@_-]|\s*[\p{Lu}@]|\s*(?!${verbLike}\b)\p{Ll}[\p{L}'’-]*\s*,)|${describedName}(?:[\p{Lu}@][\p{L}'’.@_-]*\s*){1,6}|he|she|they|we|I)\b`,
  'u',
)

// ` state director, Mike Rubino,`: lower-case words ending in a post, then a name set off by commas.
const postThenName = new RegExp(
  String.raw`^\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}?(?:${descriptionRoles}),\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+),`,
  'u',
)

/**
 * The subject that opens a sentence, after an opening phrase: `One early
 * supporter, Representative Lee Zeldin, …` → `One early supporter`;
 * `On Monday, Trump …` → `Trump`; `The president noted …` → `The president`.
 */
export function sentenceSubject(
  text: string,
  sentenceStart: number,
  verbStart: number,
): Range | null {
  const end = Math.min(verbStart, sentenceStart + 300)
  // `Last month, when I asked him…, he looked into the camera and said`: past
  // an opening that names nobody, the subject may follow a later comma.
  // (Found nothing better, the first phrase stands: the report is kept, and
  // `namesNobody` later leaves it without a speaker.)
  let first: Range | null = null
  let from = sentenceStart
  for (let comma = 0; comma < 4 && from < end; comma++) {
    // `When Rubio thanked Miami and said …`: the subordinator is no part of the subject;
    // `Ever since she endorsed Mrs. Clinton, Ms. Warren has …`: a clause the verb is not in has none.
    const subordinate = subordinatorOpening.exec(text.slice(from, end))
    const clauseEnd = subordinate ? text.indexOf(',', from) : -1
    if (clauseEnd !== -1 && clauseEnd < end) {
      from = clauseEnd + 1
      while (from < end && /\s/.test(text.charAt(from))) from++
      continue
    }
    from += subordinate?.[0].length ?? 0
    const head = subjectHead.exec(text.slice(from, end))
    const phrase = head?.[1]?.trimEnd()
    // `Weighing in on the talks, Mike Huckabee agreed`: an opening participle's phrase names
    // nobody, nor does a preposition's (`Alongside BLM calls for action, a strategist said`).
    const start = from + (head?.[0].length ?? 0) - (head?.[1]?.length ?? 0)
    if (
      head &&
      phrase &&
      !openingParticiple.test(text.slice(start, end)) &&
      !openingPreposition.test(phrase)
    ) {
      // `The show's hosts defended`: after an owner, a plural in -s is the noun owned, not the verb.
      const owned = /['’]s$/.test(phrase)
        ? /^\s+(?!(?:is|was|has|does|says|tells|adds)\b)\p{Ll}+s(?=\s+\p{Ll})/u.exec(
            text.slice(start + phrase.length, end),
          )
        : null
      const found = { start, end: start + phrase.length + (owned?.[0].length ?? 0) }
      // `In early October, Trump’s Virginia state director, Mike Rubino, reached out`: an owner, a
      // post and the name it is given.
      const given = postThenName.exec(text.slice(found.end, end))
      if (given?.[1]) {
        const at = found.end + given[0].length - given[1].length - 1
        return { start: at, end: at + given[1].length }
      }
      if (!wordsOf(text, found.start, found.end).every((word) => isOrdinary(word.text)))
        return found
      first ??= found
    }
    const next = text.indexOf(',', from)
    if (next === -1 || next >= end) break
    from = next + 1
    while (from < end && /\s/.test(text.charAt(from))) from++
  }
  return first
}

/**
 * The capitalised words that end a phrase opened by a participle and a lower-case word
 * (`Speaking to reporters Jo Park`, `Speaking in Harrogate Mr Kennedy` → `Mr Kennedy`), or null.
 */
function afterOpeningParticiple(text: string, phrase: Word[]): Word[] | null {
  const first = phrase[0]
  const last = phrase.at(-1)
  if (!first || !last || !openingParticiple.test(text.slice(first.start, last.end))) return null
  let start = phrase.length
  while (start > 1 && /^\p{Lu}/u.test(phrase[start - 1]?.text ?? '')) start--
  if (start === phrase.length || start < 2 || !/^\p{Ll}/u.test(phrase[start - 1]?.text ?? ''))
    return null
  const run = phrase.slice(start)
  const titled = run.findIndex((word) => personalHonorifics.has(word.text.toLowerCase()))
  return titled > 0 && titled < run.length - 1 ? run.slice(titled) : run
}

// `contacted by`, `quoted by`: a participle whose agent is who reached the speaker, not who speaks.
const reducedRelative =
  /^(?:contacted|interviewed|quoted|cited|reached|polled|surveyed|questioned|approached|consulted|briefed|identified|named|hired|employed|appointed|obtained|seen|reviewed)$/

// `Weighing in on`, `Smiling broadly`, `Speaking Sunday`, `Appearing before`; not a name
// such as `Boreing said` or `Harding Jones`.
const openingParticiple = new RegExp(
  `^\\p{Lu}\\p{Ll}+ing\\s+(?:(?:in|on|at|to|before|after|with|for|from|about|outside|inside|during|across|through|into|over|the|a|an|his|her|their|its)\\b|\\p{Ll}+ly\\b|${weekday}\\b)`,
  'u',
)

const headingWords =
  /^(?:THE|OF|IN|TO|AN?|AND|OR|THAN|TOO|JUST|FOR|ON|AT|IS|ARE|WAS|WITH|FROM|BY|HOW|WHY|WHAT|NOT|NO)$/

/**
 * Does a speaker phrase found by pattern name nobody: only closed-class words
 * and times (`The`, `According`, `On Tuesday`), a dateline (`WASHINGTON`) or a
 * heading in capitals?
 */
export function namesNobody(text: string, speaker: Range): boolean {
  const words = wordsOf(text, speaker.start, speaker.end)
  if (words.length === 1 && /^\p{Lu}{6,}$/u.test(words[0]?.text ?? '')) return true
  // `Some said`, `many said`: those the sentence speaks of, a group.
  if (words.length === 1 && isBareGroup(words[0]?.text ?? '')) return false
  // `His verdict: “…”`: the owner of the words, a pronoun.
  if (
    words.length === 1 &&
    /^(?:His|Her)$/.test(words[0]?.text ?? '') &&
    ownedWordsAfter.test(text.slice(speaker.end, speaker.end + 40))
  )
    return false
  // A heading in capitals: `HIGHER THAN EXPECTED TURNOUT IN IOWA`, `JUST TOO EARLY`.
  if (
    words.length >= 2 &&
    words.every((word) => !/\p{Ll}/u.test(word.text)) &&
    words.some((word) => headingWords.test(word.text))
  )
    return true
  return words.every(
    (word) =>
      (isOrdinary(word.text) && !isSurnameOfTime(text, word)) || /^according$/i.test(word.text),
  )
}

/** Nouns for what one says, owned: `his verdict`, `her message`. */
export const saidNouns =
  'message|advice|response|reply|answer|verdict|reaction|explanation|warning|plea|demand|promise|pledge|argument|assessment|conclusion|instructions?|words|retort|comment|remarks?|view|take'
const ownedWordsAfter = new RegExp(String.raw`^\s+(?:\p{Ll}+\s+)?(?:${saidNouns})\b`, 'u')

const datelineOpening = /^\p{Lu}{2,}[\p{Lu} .,'’-]*(?:\([^()]{1,30}\))?\s*[―—–-]\s+/u
const adverbOfTime = new RegExp(
  `^(?:first|also|earlier|later|recently|today|yesterday|again|previously|initially|originally|${weekday})$`,
)
const timeNoun = /^(?:week|month|year|morning|afternoon|evening|night|weekend)$/
const timeOpening = new RegExp(`^(?:this|last|next|on|${weekday})$`)

/**
 * How many words at the end of a speaker phrase say when: `first`, `on Monday`, `this week`,
 * `Tuesday night` (not `the previous year`, where `year` is the phrase's noun).
 */
function whenAtEnd(words: Word[]): number {
  let cut = 0
  const at = (back: number) => words.at(-1 - back)?.text ?? ''
  // `Tuesday night`, `this week`: a time's noun goes with what opens it.
  if (timeNoun.test(at(0))) cut = timeOpening.test(at(1)) ? 2 : 0
  else if (adverbOfTime.test(at(0))) cut = 1
  // `on Monday afternoon`, `late Saturday`
  if (cut > 0 && /^(?:on|late|early)$/i.test(at(cut))) cut++
  return cut
}

/** `Sadly`, `Quietly`: an adverb made of a word of the lexicon (not `Kelly` or `Beverly`). */
function isAdverbOfManner(word: string): boolean {
  return !givenNames.has(lexiconKey(word)) && isAdverb(word.toLowerCase(), 5)
}

// `Overall, …`, `Even China said`: sentence adverbs that open a phrase but are no part of a name.
const openingAdverbs =
  /^(?:overall|even|also|still|meanwhile|however|indeed|instead|only|just|finally|separately|similarly)$/i
const openersAlone =
  /^(?:during|despite|now|having|after|before|while|although|though|since|when|if|as|because|unless|until|what|which|whom|once|then|there|here|today|yesterday)$/i
// `Republican said`: an adjective of party or nation alone names nobody.
const adjectivesAlone =
  /^(?:republican|democratic|conservative|liberal|progressive|american|british|chinese|russian|european|israeli|palestinian|iranian|pakistani|indian|afghan|iraqi|syrian|french|german|mexican|canadian)$/i

/**
 * A speaker phrase found by pattern, cleaned of what names nobody, or null:
 *
 *     Even China          → China
 *     Overall             → null
 *     Editor’s            → null   (`Editor’s note:` after a quotation)
 *     It’s                → null   (see `namesNobody`: `It’s been a disaster,” …`)
 *     Republican          → null
 *     a deterrence to what it → null
 *     The / WASHINGTON    → null   (see `namesNobody`)
 */
export function cleanSpeaker(text: string, speaker: Range): Range | null {
  const written = wordsOf(text, speaker.start, speaker.end)
  let words = written
  // `WASHINGTON ― The Obama administration` → `The Obama administration`: a dateline opens the paragraph.
  const dateline =
    datelineOpening.exec(text.slice(speaker.start, speaker.end)) ??
    // `(CNN) Senate Republicans` opening a paragraph: the end of an agency's bracket.
    (/(?:^|\n)[ \t]*\($/.test(text.slice(Math.max(0, speaker.start - 10), speaker.start))
      ? /^\p{Lu}{2,}\)\s+/u.exec(text.slice(speaker.start, speaker.end))
      : null)
  if (dateline) words = words.filter((word) => word.start >= speaker.start + dateline[0].length)
  // `The Republican National Committee this week`, `The Tennessean first` → the body: when is no part of who.
  for (let cut = whenAtEnd(words); cut > 0; cut = whenAtEnd(words)) {
    // `Late last year`, `Only last week`: a time alone names no one.
    if (cut >= words.length || /^(?:only|just|and|but)$/i.test(words.at(-cut - 1)?.text ?? ''))
      return null
    words = words.slice(0, -cut)
  }
  // `an investment he concludes has …` → `he`: a clause's subject after the noun it describes.
  const pronoun = words.at(-1)
  if (
    words.length >= 2 &&
    pronoun &&
    /^(?:he|she|they|we|I)$/.test(pronoun.text) &&
    /^\p{Ll}/u.test(words.at(-2)?.text ?? '') &&
    !/^(?:what|which|that|how|who|whom|as|if)$/.test(words.at(-2)?.text ?? '')
  )
    words = [pronoun]
  // `Sen. Ted Cruz (R-Texas), also a hopeful, called` → `Sen. Ted Cruz`: a member's party and
  // state, cut from the name before them.
  if (words.length === 1 && partyLabel.test(words[0]?.text ?? '')) {
    const member = nameBeforeLabel.exec(text.slice(Math.max(0, speaker.start - 60), speaker.start))
    if (!member?.[1]) return null
    const start = speaker.start - member[0].length
    return { start, end: start + member[1].length }
  }
  // `Alongside BLM`: a preposition's phrase names no speaker; but in `Despite the demand Sony`
  // the name after it, with no comma between, is the subject.
  if (openingPreposition.test(words[0]?.text ?? '')) {
    const lastLower = words.findLastIndex((word) => /^\p{Ll}/u.test(word.text))
    // (`Given the lack of a weapon against Ebola`: the name is the preposition's object.)
    if (
      lastLower < 1 ||
      lastLower === words.length - 1 ||
      /^(?:of|against|for|to|in|on|at|with|from|by|about|over|into)$/.test(
        words[lastLower]?.text ?? '',
      )
    )
      return null
    words = words.slice(lastLower + 1)
  }
  // `Even China` → `China`; `Overall` alone names nobody. (`Then came another` is left to `namesNobody`.)
  if (
    words.length === 1 &&
    (openingAdverbs.test(words[0]?.text ?? '') || isAdverbOfManner(words[0]?.text ?? ''))
  )
    return null
  if (openingAdverbs.test(words[0]?.text ?? '') && /^\p{Lu}/u.test(words[1]?.text ?? ''))
    words = words.slice(1)
  const first = words[0]
  const last = words.at(-1)
  if (!first || !last) return null
  // `Editor’s note:` after a quotation is the page's, not a speaker's (`Clinton’s response was:` is hers).
  if (words.length === 1 && /^editors?['’]s?$/i.test(text.slice(last.start, speaker.end).trim()))
    return null
  // `Republican said`; `Despite denying …`, `Having said that, …`, `Now reports say`: an
  // adjective, or a word that opens a clause, alone names nobody.
  if (words.length === 1 && (adjectivesAlone.test(first.text) || openersAlone.test(first.text)))
    return null
  // `Don't`, `Can’t`: a contraction that is no pronoun's names nobody.
  if (words.length === 1 && /['’]t$/.test(first.text)) return null
  // `He’s comparing …`: the pronoun of a contraction speaks.
  const contraction = /^(?:he|she|they|we|i)(?=['’](?:s|m|re|ll|ve|d)$)/i.exec(first.text)
  if (words.length === 1 && contraction)
    return { start: first.start, end: first.start + contraction[0].length }
  if (
    determiners.test(first.text) &&
    words.slice(1).some((word) => /^(?:what|which|it|whom|whose)$/i.test(word.text))
  )
    return null
  // The same range stays the same object: quotations that share a speaker share it.
  const cleaned =
    first.start === speaker.start && last.end === written.at(-1)?.end
      ? speaker
      : { start: first.start, end: last.end + (abbreviationDot(text, last) ? 1 : 0) }
  return namesNobody(text, cleaned) ? null : cleaned
}

// `One of`, `Some of`: a share of a group.
const partitive = /^(?:one|some|many|most|several|all|none|each|both|two|three|four|five)$/i
// Plain verbs of saying, which no noun shares: `said`, `told`, `insisted`.
const sayingForms =
  /^(?:said|says|say|told|tells|tell|added|adds|insisted|warned|explained|noted|argued|stressed|wrote|recalled|acknowledged|admitted|agreed)$/

/**
 * `The man who found the body said`, `One of the women who run the market said`: a relative
 * clause set off by no comma before the cue; the noun phrase it describes is the subject.
 * `words` run from the window's start; the clause is `words[start..]`, after `who`.
 */
function relativeHead(
  text: string,
  words: Word[],
  start: number,
  verbStart: number,
  windowEnd: number,
  // (`An official who spoke anonymously said`: an adverb cut from the clause's end.)
  adverbCut = false,
): Word[] | null {
  const relative = words[start - 1]
  const clause = words.slice(start)
  if (
    !relative ||
    !/^who$/i.test(relative.text) ||
    clause.length > 8 ||
    /[,;:(“”"—–]/.test(text.slice(words[start - 2]?.end ?? relative.start, relative.start))
  )
    return null
  let head = start - 1
  while (head > 0) {
    const word = words[head - 1]
    if (!word) break
    const between = text.slice(word.end, words[head]?.start ?? windowEnd)
    if (/[,;:(“”"—–]/.test(between) || clauseOpeners.test(word.text)) break
    head--
  }
  const noun = words.slice(head, start - 1)
  const opening = noun[0]?.text ?? ''
  const verb = clause[0]?.text ?? ''
  // (Not `The people who Mr Forsyth labels “…”`, where `who` is the object, nor an appositive:
  // `Cruz, a graduate of Harvard Law School who has argued cases, will`.)
  const commaBefore =
    head > 0 && text.slice(words[head - 1]?.end ?? 0, noun[0]?.start).includes(',')
  // (A noun phrase, not a clause: `President Obama passionately rebuked critics who say`.)
  const described = noun.some((word, index) => index > 0 && /^\p{Ll}+(?:ly|ed)$/u.test(word.text))
  // (A preposition only in a share: `One of the women`, not `Friends of Mr. Clinton's`.)
  const preposition = noun.findIndex((word) =>
    /^(?:of|in|at|for|from|with|on|by|to)$/.test(word.text),
  )
  const share = preposition === -1 || (preposition === 1 && partitive.test(noun[0]?.text ?? ''))
  // `Still, people who have battled online threats say`: a group's word alone.
  const group = noun.length === 1 && (groupNouns.test(opening) || isBareGroup(opening))
  // (The cue a verb of saying, not a noun: `The player who staked the biggest claim`.)
  const saying = sayingForms.test(text.slice(verbStart, verbStart + 14).split(/[^\p{L}]/u)[0] ?? '')
  if (
    noun.length > 0 &&
    noun.length <= 6 &&
    !described &&
    share &&
    saying &&
    // (`The hacker who first revealed that …`: the cue is the relative clause's own verb.)
    (clause.length >= 2 || adverbCut) &&
    (!commaBefore || group) &&
    /^\p{Ll}/u.test(verb) &&
    !determiners.test(verb) &&
    !nominativePronouns.has(verb) &&
    (determiners.test(opening) || /^\p{Lu}/u.test(opening) || group)
  )
    return noun
  return null
}
