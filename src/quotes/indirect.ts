import { months, weekdays } from '../data/months.js'
import {
  cueSubject,
  documentWords,
  isSpeakingRole,
  openingNameSubject,
  participleSubject,
  type Range,
  relativeSubject,
  sentenceSubject,
  subjectAfter,
  weekday,
} from './phrases.js'
import { findSpeechVerbs, isVerbAt, lemmaOf, listenerVerbs, objectVerbs } from './speech-verbs.js'

export interface IndirectAttribution {
  /** The reported content. */
  content: Range
  cue: Range
  /** Who asked or said it; null for a question whose asker goes unnamed (`Asked whether …,`). */
  speaker: Range | null
}

const minContentWords = 3
// ` by officials that `, ` by his FBI handlers that `: a passive's agent, then the report.
const agentThenThat =
  /^\s+by\s+((?:(?!(?:to|for|with|in|on|at)\s)[\p{L}\p{N}'’.-]+\s+){0,4}?[\p{L}\p{N}'’.-]+)\s+that\s+/u
// Verbs whose passive names its listener and, after `by`, its speaker.
const toldBy: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'warn', 'brief'])
// `was told`, `had certainly been reported`, `is widely expected`: a passive's auxiliary, perhaps an adverb.
const passiveAuxiliary = /\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?$/u
// `…fail.` · `…fail.”` : what ends a sentence, left out of the content.
const trailingPunctuation = /[\s.!?;:,]/

/** `end` moved back over the spaces and marks that end a sentence. */
function trimmedEnd(text: string, start: number, end: number): number {
  let at = end
  while (at > start && trailingPunctuation.test(text.charAt(at - 1))) at--
  return at
}

/** Words in `value`, counted no further than `enough`. */
function wordCount(value: string, enough = minContentWords): number {
  const words = value
    .slice(0, 200)
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
  return Math.min(words.length, enough)
}

/** Does `[start, end)` end with a comma and spaces? Looks only at its end. */
function endsWithComma(text: string, start: number, end: number): boolean {
  let at = end
  while (at > start && /\s/.test(text.charAt(at - 1))) at--
  return at > start && text.charAt(at - 1) === ','
}

/**
 * Reported speech in one sentence, outside quotation marks:
 *
 *     Qureshi said (that) securing peace … is the shared responsibility …
 *     the Taliban claimed to control 85 percent of the Afghan territory …
 *     He told reporters (that) the plan would fail.
 *     The plan will fail, Smith said.  ·  The plan will fail, said Smith.
 *     According to police, the fire started at night.  ·  …, according to police.
 */
export function findIndirect(
  text: string,
  sentence: [number, number],
  /** The speaker of the report just before in the sentence: `…, and said that B` goes on for them. */
  previous: Range | null = null,
): IndirectAttribution | null {
  const [sentenceStart, sentenceEnd] = sentence
  const slice = text.slice(sentenceStart, sentenceEnd)
  const according = accordingTo(text, sentence) ?? asNoted(text, sentence)
  if (according) return according
  // `Asked whether …,` opening the sentence (the verbs below are in lower case).
  const opening = /^\s*Asked\b/.exec(slice)
  if (opening) {
    const start = sentenceStart + opening[0].length - 'Asked'.length
    const asked = unnamedAsker(text, [start, sentenceEnd], { start, end: start + 5 }, 'asked')
    if (asked) return asked
  }
  // `Trump Says His Plan Will Not…`: a headline capitalises its verb.
  let verbs = findSpeechVerbs(text, sentenceStart, sentenceEnd)
  if (verbs.length === 0 && isHeadline(slice))
    verbs = findSpeechVerbs(text, sentenceStart, sentenceEnd, true)
  for (const found of verbs) {
    const verb = { start: found.start, end: found.end }
    const form = found.form
    if (!isVerbAt(text, verb.start) || reportsNothing(text, verb, form)) continue
    // `The mayor was told that …`, `The abuse had been reported to …`: a passive's subject
    // heard or was spoken of; it said nothing.
    // (Not `An expert is warning that …`: a participle in -ing is the speaker's own doing.)
    if (
      !form.endsWith('ing') &&
      passiveAuxiliary.test(text.slice(Math.max(sentenceStart, verb.start - 30), verb.start))
    ) {
      // `Park was told by officials that the plan was flawed`: the agent after `by` said it.
      const agent = toldBy.has(lemmaOf(form) ?? '')
        ? agentThenThat.exec(text.slice(verb.end, sentenceEnd))
        : null
      const speaker = agent?.[1]
        ? subjectAfter(text, verb.end + agent[0].indexOf(agent[1]), verb.end + agent[0].length)
        : null
      if (agent && speaker) {
        const contentStart = verb.end + agent[0].length
        const contentEnd = reportEnd(text, contentStart, trimmedEnd(text, verb.end, sentenceEnd))
        if (wordCount(text.slice(contentStart, contentEnd)) >= minContentWords)
          return { content: { start: contentStart, end: contentEnd }, cue: verb, speaker }
      }
      continue
    }
    const subject = cueSubject(text, sentenceStart, verb.start)
    const clauseEnd = trimmedEnd(text, verb.end, sentenceEnd)
    // The plan will fail, Smith said.  ·  …, said Smith.
    const inverted = invertedCue(text, sentence, verb, subject)
    if (inverted) return inverted
    // But the years that followed, he said, brought a shift.
    const parenthetical = parentheticalCue(text, sentence, verb, subject)
    if (parenthetical) return parenthetical
    // Trump questioned his temperament, saying he was unfit.
    // House Democrats seized the floor and said they would stay.
    const document = subject ? null : documentBefore(text, sentenceStart, verb)
    const speaker =
      subject ??
      relativeSubject(text, sentenceStart, verb, true) ??
      document ??
      participleSubject(text, sentenceStart, verb, form) ??
      (/^[\s,]*(?:and\s+)?$/.test(text.slice(sentenceStart, verb.start)) ? previous : null) ??
      // (`… offered the man a job, then says he'll …`: `then` joins a finite verb to the subject's
      // too; not `…, then calling Yahoo News to ask`.)
      (/\b(?:and|but)\s+$/.test(text.slice(Math.max(sentenceStart, verb.start - 8), verb.start)) ||
      (!form.endsWith('ing') &&
        /,\s*then\s+$/.test(text.slice(Math.max(sentenceStart, verb.start - 8), verb.start)))
        ? sentenceSubject(text, sentenceStart, verb.start)
        : null)
    if (!speaker) {
      const asked = unnamedAsker(text, sentence, verb, form)
      if (asked) return asked
      continue
    }
    // `While Ramos said that journalists cannot…, he appears…` · `Last month,
    // when I asked him if he would endorse her, he looked…`: the clause ends at its comma.
    // (`the report, which concluded that she …, Clinton's campaign said`: an aside ends at its comma.)
    const subordinate =
      (speaker === document && /,\s*(?:which|that)\s/.test(text.slice(speaker.end, verb.start))) ||
      /^(?:While|Although|Though|As|Because|Since|If|When|After|Before|Even as|Even though|Among)\b/.test(
        slice,
      ) ||
      /,\s*(?:and\s+|but\s+)?(?:while|although|though|because|since|when|after|before|even as|even though)\s+[^,;]{0,80}$/.test(
        text.slice(Math.max(sentenceStart, speaker.start - 100), speaker.end),
      )
    const comma = subordinate ? text.indexOf(',', verb.end) : -1
    const clauseOrComma = comma !== -1 && comma < sentenceEnd ? comma : clauseEnd
    const contentStart = contentStartAfter(text, verb, clauseOrComma, lemmaOf(form) ?? '')
    if (contentStart === null) continue
    const reportEnds = reportEnd(text, contentStart, clauseOrComma)
    const content = text.slice(contentStart, reportEnds)
    if (wordCount(content) < minContentWords || /^[“"‘']/.test(content)) continue
    // (Counted before a thing's report is cut, so that `criticized Clinton at a rally` stays.)
    const contentEnd = thingEnd(text, contentStart, reportEnds, lemmaOf(form) ?? '')
    // `the race “is a dead heat,” as Cruz said on a radio program, …`: an `as` clause says who
    // said what came before; where and when he said it is no report (but `…, as the company
    // reported a profit margin of 45.6%`).
    if (
      asClause.test(text.slice(Math.max(sentenceStart, speaker.start - 8), speaker.start)) &&
      /^(?:on|in|at|during|to|with|before|after|last|this|earlier)\s/i.test(content)
    )
      continue
    // `said in a statement.`: a phrase of manner, with nothing reported.
    if (mannerOnly.test(content)) continue
    // `Clinton maintains a commanding lead`: `maintain` reports a clause (`maintains the US is
    // happy`, `maintained the bill amounted to …`), not a thing kept.
    if (
      lemmaOf(form) === 'maintain' &&
      !clauseWords.test(content) &&
      !/\s\p{Ll}{3,}ed\s/u.test(content)
    )
      continue
    return { content: { start: contentStart, end: contentEnd }, cue: verb, speaker }
  }
  return null
}

/**
 * Verbs whose content is often a thing, not a clause: `praised Boyle at a press conference`,
 * `announced his candidacy on Monday`, `criticized the plan, which …`, `cited rising rents at a
 * meeting`. Their report is the thing, up to a comma or a phrase of time, place or occasion (not
 * `announced it would cut 5,000 jobs in May`: a clause goes on to its end).
 */
const thingLemmas: ReadonlySet<string> = new Set([
  'praise',
  'laud',
  'commend',
  'criticize',
  'criticise',
  'tout',
  'mention',
  'condemn',
  'welcome',
  'thank',
  'announce',
  'cite',
])
const occasionAfterThing = new RegExp(
  String.raw`,\s|\s(?:at|during|(?<!(?:day|week|month|year|hour)s?\s)(?:before|after)|as|while|when|despite|on\s+(?:its|his|her|their|a|an|the|${weekday})|in\s+(?:a|an|his|her|its|their))\s`,
  'u',
)
// `it would cut`, `the firm is`, `there were`: the content is a clause.
const clauseWords =
  /^(?:it|he|she|they|we|I|you|there|that|whether|how|what|why|who|which|when|where)\s|\s(?:will|would|is|are|was|were|has|have|had|could|can|should|may|might|must|did|does|do)\s/u

function thingEnd(text: string, start: number, end: number, lemma: string): number {
  if (!thingLemmas.has(lemma)) return end
  const content = text.slice(start, end)
  const occasion = occasionAfterThing.exec(content)
  if (!occasion || clauseWords.test(content.slice(0, occasion.index + 1))) return end
  // (Not `announced Wednesday, Trump …` or `welcome a fluffy, four-legged addition`: a time or a
  // word that names no thing.)
  const thing = content.slice(0, occasion.index)
  if (timeOnly.test(thing) || /^(?:a|an)\s+\S+$/.test(thing)) return end
  return trimmedEnd(text, start, start + occasion.index)
}

/**
 * A cue's form where it reports no words: `adding to his lead`, `responded by pointing`, `did not
 * respond to a request for comment`, `responded to the critics`, `a group called Black Votes
 * Matter`, `the so-called …`.
 */
function reportsNothing(text: string, verb: Range, form: string): boolean {
  const after = text.slice(verb.end, verb.end + 40)
  const lemma = lemmaOf(form) ?? ''
  if (lemma === 'add') return /^\s+to\b/.test(after)
  // `claiming his third victory`, `claim the nomination`: what was won, not what was said.
  if (lemma === 'claim') return claimedPrize.test(text.slice(verb.end, verb.end + 60))
  // (`responded to Trump’s rant`, `responded enthusiastically by …`: what was answered or how,
  // not what was said; `responded that …` reports.)
  if (lemma === 'respond') return respondedHow.test(after)
  if (lemma === 'reply')
    return /^\s+(?:by|with)\b|^\s+to\s+(?:\S+\s+){0,2}?(?:requests?|inquiries|inquiry|e-?mails?|calls?|messages?|questions?)\b/.test(
      after,
    )
  // `Valls’ comments came …`, `Trump’s tweet came as …`, `the mere mention of`: the noun, owned
  // or determined, reports nothing (but `Mr. Obama's comments that …` does).
  if (
    /^(?:comments?|tweets?|mentions?)$/i.test(form) &&
    !/^\s+that\b/.test(after) &&
    ownerOrDeterminer.test(text.slice(Math.max(0, verb.start - 40), verb.start))
  )
    return true
  if (form === 'called' && !callsOn.test(after)) {
    const before = text.slice(Math.max(0, verb.start - 24), verb.start)
    return /\bso-?\s*$/.test(before) || namedThing.test(before)
  }
  return false
}
const ownerOrDeterminer =
  /(?:['’]s?|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat|[Mm]y|[Oo]ur|[Yy]our))\s+(?:[\p{L}-]+\s+)?$/u
const claimedPrize =
  /^\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:victory|victories|win|wins|seat|seats|title|titles|prize|crown|majority|spot|place|nomination|share|gold|medal|trophy|stake)\b/u
// ` Wednesday to a reporter’s request`, ` enthusiastically by easing`
const respondedHow = new RegExp(
  String.raw`^\s+(?:(?:${weekday}|today|yesterday)\s+)?(?:to|by|with|as|in|\p{Ll}+ly)\s`,
  'u',
)
// `called on Congress to act`, `calls for a ceasefire`: a demand, not a name given (not `called on
// Monday`).
const callsOn = new RegExp(String.raw`^\s+(?:on|for)\s+(?!${weekday}\b)`)
const namedThing =
  /\b(?:group|organi[sz]ation|company|firm|program|programme|app|film|movie|book|show|movement|campaign|website|site|party|page|bill|project|initiative|network|band|event|town|village|place)\s+$/

// `passed a resolution which said the city …`, `a report that says …`: a text that speaks, then
// `which` or `that` before its verb.
const documentWhich =
  /\b((?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+))\s*,?\s+(?:which|that)\s+(?:also\s+)?$/u

/** The text before `which` or `that` that says what the verb reports. */
function documentBefore(text: string, sentenceStart: number, verb: Range): Range | null {
  const from = Math.max(sentenceStart, verb.start - 80)
  const found = documentWhich.exec(text.slice(from, verb.start))
  if (!found?.[1] || !documentWords.test(found[2] ?? '')) return null
  const start = from + found.index + found[0].indexOf(found[1])
  return { start, end: start + found[1].length }
}

/**
 * `Asked whether he would run again, Ruiz said …`, `When asked if …,`: a question put by an
 * unnamed asker (a reporter), reported up to its comma; the answer is the sentence's own. At
 * the end of a sentence, `…, Le Pen told CNN when asked which candidate she would back.`, up to
 * the sentence's end.
 */
function unnamedAsker(
  text: string,
  [sentenceStart, sentenceEnd]: [number, number],
  verb: Range,
  form: string,
): IndirectAttribution | null {
  if (form !== 'asked') return null
  const opening = askedOpening.test(text.slice(sentenceStart, verb.start))
  if (
    !opening &&
    !whenBefore.test(text.slice(Math.max(sentenceStart, verb.start - 12), verb.start))
  )
    return null
  const question = askedQuestion.exec(text.slice(verb.end, verb.end + 100))
  if (!question) return null
  const contentStart = verb.end + (question.indices?.[2]?.[0] ?? question[0].length)
  // `Asked by Matt Lauer whether …`: the asker is named.
  const by = askedBy.exec(question[1] ?? '')
  const askerStart = verb.end + (question.indices?.[1]?.[0] ?? 0) + (by?.indices?.[1]?.[0] ?? 0)
  const asker = by?.[1] ? { start: askerStart, end: askerStart + by[1].length } : null
  const comma = text.indexOf(',', contentStart)
  const end =
    comma !== -1 && comma < sentenceEnd
      ? trimmedEnd(text, contentStart, comma)
      : opening
        ? -1
        : trimmedEnd(text, contentStart, sentenceEnd)
  if (end === -1 || wordCount(text.slice(contentStart, end)) < minContentWords) return null
  return { content: { start: contentStart, end }, cue: verb, speaker: asker }
}

// Before `asked`: nothing, or `When`, `Later`, `But` (`When asked about …`).
const askedOpening = /^(?:(?:When|Later|But|And|Also|Again|Then|Separately)\s+)*$/i
// `… when asked`, `…, when asked`: inside the sentence.
const whenBefore = /(?:^|[\s,])when\s+$/i
// After it: perhaps an adverb, who asked, when or where, then what the question is (`specifically
// what …`, `if …`, `about …`, `by Stephanopoulos whether …`, `on Fox News who …`, `Tuesday about …`).
const askedQuestion = new RegExp(
  String.raw`^(?:\s+\p{Ll}+ly)?((?:\s+(?:(?:by|on|in|at|during)\s|(?:${weekday}|today|yesterday|recently|later|again)\b)[^,;:“”"]{0,60}?)?)\s+((?:if|whether|what|who|whom|why|how|when|where|which|about)\s)`,
  'du',
)
// `by a reporter`, `by Matt Lauer on Thursday`: the asker, up to a time or place.
const askedBy =
  /^\s+by\s+([^\s,]+(?:\s+(?!(?:on|in|at|during)\s)[^\s,]+)*)(?=\s*$|\s+(?:on|in|at|during)\s)/du

// `”, as Cruz said`: an `as` clause right after a closing mark (`…, as the brewer said last
// summer that …` reports).
const asClause = /[”"],?\s*as\s+$/

// `…, and he railed against…` · `…, but they…`: a new clause with its own subject;
// `…, which he called “a cartel”`: the writer's relative clause, with a cue of its own.
// (`…, compared with 64 percent who …` · `…, however …` · `…, while about 4 in 10 …`: a contrast the
// writer adds after the report. `…; engineers say …`: a semicolon outside brackets, not the one in
// `($5.2bn; £2.8bn)`.)
const newClause =
  /,\s+(?:(?:and|but)\s+(?:he|she|they|we|I)|which\s+(?:he|she|they|we|I)\s+\p{Ll}+|compared\s+(?:with|to)|however|while|whereas|although|though)(?:\s|$)|(?:,|\s+[-–—])?\s+but\s+(?:(?:also|later|then|still)\s+)?(?:did(?:n['’]t|\s+not)|declined|refused|would(?:n['’]t|\s+not)|could(?:n['’]t|\s+not)|stopped\s+short|offered\s+no|gave\s+no)\b|;(?=\s)(?![^()]*\))/gu

/** Is the word that ends `before` a name or a pronoun (not a month or a weekday): `Lord Woolf`, `both he`? */
function namesSubjectAt(before: string): boolean {
  const word = /([\p{L}'’.-]+)$/u.exec(before)?.[1] ?? ''
  if (/^(?:he|she|they|we|I|him|her|them)$/.test(word)) return true
  const key = word.toLowerCase().replace(/\.$/, '')
  return /^\p{Lu}/u.test(word) && !months.has(key) && !weekdays.has(key)
}

/**
 * The report ends where the sentence goes on with another speech verb
 * (`He said A and said that B` · `Carson said A, telling him that B` ·
 * `…, adding: “…”`) or a clause with its own subject (`…, and he railed
 * against…`); the next report starts there.
 */
export function reportEnd(text: string, start: number, end: number): number {
  let cut = end
  for (const verb of findSpeechVerbs(text, start, end)) {
    if (!isVerbAt(text, verb.start)) continue
    const before = text.slice(Math.max(start, verb.start - 6), verb.start)
    const participle = verb.form.endsWith('ing') && /,\s*$/.test(before)
    if (participle || /(?:^|\s)(?:and|but)\s+$/.test(before)) {
      cut = verb.start - before.length + before.search(/,?\s*(?:(?:and|but)\s+)?$/)
      break
    }
    // `62 percent said A, and nearly half said B`: a cue with its own short subject; `… and she
    // warned that B`, `… and Donald Trump says B`: a pronoun's or a name's.
    const from = Math.max(start, verb.start - 50)
    const subject =
      /(?:,\s+(?:and|but)\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}|\s+(?:and|but)\s+(?:(?:he|she|they|we|I)\s+|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}))$/u.exec(
        text.slice(from, verb.start),
      )
    // (Not `Lord Woolf and Lord Falconer agreed`, `both he and Rubio promised`: `and` joins two
    // subjects of one clause; but `in January and Nationwide reported`.)
    const joinsSubjects =
      subject !== null &&
      /^\s+and\s+\p{Lu}/u.test(subject[0]) &&
      namesSubjectAt(text.slice(Math.max(start, from + subject.index - 30), from + subject.index))
    if (subject && !joinsSubjects) {
      cut = from + subject.index
      break
    }
  }
  newClause.lastIndex = 0
  const clause = newClause.exec(text.slice(start, cut))
  if (clause) cut = start + clause.index
  return trimmedEnd(text, start, cut)
}

function isHeadline(sentence: string): boolean {
  // Four words need seven characters: `A.` is no headline, and is answered without a scan.
  if (sentence.length < 7) return false
  const words = sentence.match(/(?<![\p{L}'’])\p{L}/gu)?.length ?? 0
  const capitalised = sentence.match(/(?<![\p{L}'’])\p{Lu}/gu)?.length ?? 0
  return words >= 4 && capitalised / words >= 0.7
}

/** `X, he said, Y.`: the whole sentence is reported, the cue inside it. */
function parentheticalCue(
  text: string,
  sentence: [number, number],
  verb: Range,
  subject: Range | null,
): IndirectAttribution | null {
  const [sentenceStart, sentenceEnd] = sentence
  if (!subject || !endsWithComma(text, sentenceStart, subject.start)) return null
  // (`The deal, Okafor told reporters on Monday, is dead.`: past the listener.)
  const after = pastListener(
    text,
    verb,
    text.slice(verb.end, Math.min(sentenceEnd, verb.end + 100)),
  )
  const rest = /^(?:\s+(?:on|in|at|late|earlier|later|during)\b[^,]{0,30})?\s*[,;]\s*\S/.exec(
    after.slice(0, 60),
  )
  if (!rest) return null
  // `He was unable to find a taker, he said, on condition of anonymity.` · `…, the AP declared on
  // Thursday, two days after the vote.` · `Sales were great, he said, wiping his face.`: what
  // follows the cue says how or when it was said, so the report is the part before it.
  // (Not `Sometimes though, he said, spotting the next victim was easy`: an opening phrase, no
  // clause, before the cue.)
  const afterCue = after.slice(rest[0].length - 1)
  const end =
    adverbAfterCue.test(afterCue) && !openingPhrase.test(text.slice(sentenceStart, subject.start))
      ? subject.start
      : sentenceEnd
  return contentFor(text, sentenceStart, trimmedEnd(text, sentenceStart, end), verb, subject)
}

// `In that speech,`, `Weighing in,`, `Sometimes though,`: a phrase that opens a sentence.
const openingPhrase =
  /^\s*(?:(?:and|but|so)\s+)?(?:in|on|at|by|for|with|after|before|during|since|from|as|sometimes|meanwhile|still|yet|rather|instead|however|now|then|\p{L}+ing|\p{L}+ly)\b[^,]*,\s*$/iu

const adverbAfterCue =
  /^(?:on condition\b|citing\b|according to\b|in an? (?:interview|statement|email|e-mail|speech|letter|post)\b|(?:\p{N}+|one|two|three|four|five|six|a few|several) (?:days?|weeks?|months?|years?|hours?) (?:after|before|later|earlier|ago)\b|(?!(?:including|according|nothing|something|anything|everything)\s)\p{Ll}{3,}ing\s)/u

const mannerOnly = /^(?:in|on|at|during|after|via|later|earlier|afterwards)\b[^,;:]{0,40}$/i

// `said on Thursday that …`, `said in a statement that …`: a phrase of time or place, then `that`.
export const adverbialThat =
  /^\s+(?:on|in|at|during|via|after|late|earlier|later)\b[^,“”"]{0,40}?\s+that\s+/i

// `Monday`, `this week`, `Thursday night`: when, with no `on` (not `Monday's report`).
const bareTime = `(?:${weekday}|today|yesterday|tonight|(?:last|this)\\s+(?:week|month|year))(?![\\p{L}'’])(?:\\s+(?:night|morning|afternoon|evening))?`
// `said Monday that`, `said this week`.
// (Not `said this year will …`, where the time is the report's subject.)
const bareTimeThen = new RegExp(
  `^\\s+${bareTime}(?:\\s+that\\s+|\\s+(?!(?:will|would|is|was|has|had|could|should|may|might|must|can)\\b)(?=\\p{L}))`,
  'u',
)
// `Wednesday`, `this week` and nothing else.
const timeOnly = new RegExp(`^${bareTime}$`, 'u')

const timeOrPlace =
  /^(?:before|after|during|at|in|on|outside|inside|near|last|this|earlier|later)\b(?:\s+[^\s.!?,;:“”"]+){0,4}\s*(?:[.!?]|$)/

/** Where the reported words start after the verb: past `that`, and past the listener of `told`. */
function contentStartAfter(text: string, verb: Range, end: number, lemma: string): number | null {
  // The patterns below look at the words right after the verb only.
  const after = text.slice(verb.end, Math.min(end, verb.end + 300))
  if (/^\s*[:,]?\s*[“"]/.test(after) || /^[.,;:!?]/.test(after)) return null
  // (`…, the minister was quoted as saying by the Interfax news agency.`, `the cost reported by
  // consumers was …`: the agent of a passive, no report; but `said by and large …`, `said by
  // the time …`, `said by 40 percent to 31 percent that …`, `concluded by making it clear that …`,
  // `says by an overwhelming margin` report.)
  if (
    /^\s+by\s(?!and\s+large\b|the\s+time\b|now\b|then\b|far\b|\d|\p{Ll}+ing\b|an?\s+(?:\p{Ll}+\s+)?margin\b)/u.test(
      after,
    )
  )
    return null
  // asked if they planned to attend · asked several times whether … · asked our followers which …
  // · asked former Attorney General Eric Holder whether …
  if (lemma === 'ask') {
    const question =
      /^\s+(?:(?!to\s)[\p{L}'’.-]+\s+){0,6}?(?=(?:if|whether|why|how|what|when|where|who|whom|which)\s)/u.exec(
        after,
      )
    if (question) return verb.end + question[0].length
    // `asked a federal judge to block the rules`: a request put to someone (not `asked not to be
    // named`, `asked for anonymity`).
    const request =
      /^\s+(?!(?:not|for|that|to)\s)(?:[\p{L}'’.-]+\s+){1,5}?(?=to\s+(?!be\s+(?:named|identified)\b|(?:how|what|why|whether|which|who)\b)\p{Ll}+)/u.exec(
        after,
      )
    if (request) return verb.end + request[0].length
  }
  // `called on Congress to act`, `called for his dismissal`: what is demanded, after the particle.
  if (lemma === 'call') {
    const demand = callsOn.exec(after)
    if (demand) return verb.end + demand[0].length
  }
  // `wrote to the senator’s office that …`, `said to reporters that …`: whom it was addressed to.
  if (lemma === 'write' || lemma === 'say') {
    const addressed = /^\s+to\s+(?:[\p{L}\p{N}'’.-]+\s+){1,6}?that\s+/u.exec(after)
    if (addressed) return verb.end + addressed[0].length
  }
  if (listenerVerbs.has(lemma)) {
    // warned that … · told reporters (that) … · told the BBC that … · told the Dockside Reporter he … ·
    // urged parties to … · told aides the plan was … · telling Labour members he wants … ·
    // told a crowded banquet hall at a hotel in downtown Baltimore that …
    // (`told POLITICO, however, that …`: an aside between commas before `that`.)
    const that =
      /^\s+(?:[\p{L}\p{N}'’.-]+\s+){0,12}?(?:[\p{L}\p{N}'’.-]+,\s+(?:[\p{L}\p{N}'’.-]+\s+){0,6}[\p{L}\p{N}'’.-]+,\s+)?that\s+/u.exec(
        after,
      )
    if (that) return verb.end + that[0].length
    // `warned the move would cut jobs`, `promised the plant will stay`: a clause with no listener.
    if (clauseWithoutListener.has(lemma) && bareClause.test(after))
      return verb.end + (/^\s+/.exec(after)?.[0].length ?? 0)
    const listener =
      /^\s+(?:reporters|journalists|the media|the press|parliament|lawmakers|him|her|them|us|me|(?:(?!(?:for|of|in|on|at|from|with|about)\s)[\p{Ll}-]+\s+)?\p{Ll}{3,}s(?=\s+(?:that\s|to\s+(?!(?:the|a|an|his|her|their)\s)\p{Ll}))|(?:(?:his|her|their|some|several|\p{Lu}\p{Ll}+)\s+)?\p{Ll}{3,}s(?=\s+(?:(?:the|he|she|they|it|we|his|her|their|its|this|there|\p{Lu}\p{Ll}+)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:would|will|could|can|may|might|should|must|is|was|are|were|has|had|have|\p{Ll}+ed)|(?:he|she|it)\s+\p{Ll}+s)\s)|the \p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+|the \p{L}+|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*)\s+/u.exec(
        after,
      )
    // `told POLITICO before the interview.`: a short time or place after the listener reports nothing.
    if (!listener || timeOrPlace.test(after.slice(listener[0].length))) return null
    return verb.end + listener[0].length
  }
  const that = /^\s+that\s+/i.exec(after)
  if (that) return verb.end + that[0].length
  // `said quietly that …` reports; `said matter-of-factly as confetti fell` does not.
  const manner = /^\s+[\p{Ll}-]+ly(?=[\s,.;!?]|$)/u.exec(after)
  if (manner) {
    const rest = after.slice(manner[0].length)
    const thatAfter = /^\s+that\s+/.exec(rest)
    if (thatAfter) return verb.end + manner[0].length + thatAfter[0].length
    if (/^\s*(?:[,.;!?]|$)|^\s+(?:as|while|before|after|then)\b/.test(rest)) return null
  }
  const adverbial = adverbialThat.exec(after)
  if (adverbial) return verb.end + adverbial[0].length
  // `said Monday that …`, `said Thursday the ruling …`: when, without `on`, then what.
  const when = bareTimeThen.exec(after)
  if (when) return verb.end + when[0].length
  // `wrote the book …`, `praised the troops`: without `that`, their object is no report.
  if (objectVerbs.has(lemma)) return null
  const leading = after.length - after.trimStart().length
  return verb.end + leading
}

// `…, the county clerk, Tom Baker, said.`: a description before the name.
const describedBefore =
  /,\s*(?:the|a|an|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+,\s*$/iu

/** `CLAUSE, SPEAKER said.` or `CLAUSE, said SPEAKER.` at a sentence's end. */
function invertedCue(
  text: string,
  sentence: [number, number],
  verb: Range,
  subject: Range | null,
): IndirectAttribution | null {
  const [sentenceStart, sentenceEnd] = sentence
  // An inverted cue ends its sentence: only a short rest may follow it.
  if (sentenceEnd - verb.end > 200) return null
  // `The union will sit it out, its director Phil Okafor told Politico.`: a listener after
  // `told` ends the cue as a time or place does.
  const rest = pastListener(text, verb, text.slice(verb.end, sentenceEnd))
  // `The plan will fail, Smith said.` · `…, he said on Thursday.` · `…, she said Monday.`
  if (subject && whenAfterCue.test(rest)) {
    if (!endsWithComma(text, sentenceStart, subject.start)) return null
    // `…, the county clerk, Tom Baker, said.`: the description is not reported.
    const described = describedBefore.exec(text.slice(sentenceStart, subject.start))
    const contentEnd = trimmedEnd(
      text,
      sentenceStart,
      described ? sentenceStart + described.index : subject.start,
    )
    return contentFor(text, sentenceStart, contentEnd, verb, subject)
  }
  // `Her fate hinges on his popularity, analyst says.`: a deck's bare role, with no article.
  if (!subject && /^[\s.!?”"]*$/.test(rest)) {
    const bare = bareRoleBefore.exec(
      text.slice(Math.max(sentenceStart, verb.start - 40), verb.start),
    )
    if (bare?.[1] && isSpeakingRole(bare[1].split(/\s+/).at(-1) ?? '')) {
      const start = verb.start - bare[0].length + bare[0].indexOf(bare[1])
      return contentFor(text, sentenceStart, trimmedEnd(text, sentenceStart, start), verb, {
        start,
        end: start + bare[1].length,
      })
    }
  }
  // `The plan will fail, said Smith.`
  if (!endsWithComma(text, sentenceStart, verb.start)) return null
  // (Not `Naveed Nadeem, an analyst at Topline Securities, said the market …`: a name and its
  // description are the subject of a plain report.)
  if (openingNameSubject(text, sentenceStart, verb.start)) return null
  // (Nor a participle: `Clinton, responding to a surging Sanders, dropped …`.)
  if (/ing$/.test(text.slice(verb.start, verb.end))) return null
  const speaker = subjectAfter(text, verb.end, sentenceEnd)
  if (
    !speaker ||
    // (`The tone of the campaign, said Mr Milburn, would be …`: the sentence goes on past the
    // cue, which stands inside it; what follows is no description of the speaker.)
    /,\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|means|meant|does|did|comes|came)\s/.test(
      text.slice(speaker.end, sentenceEnd),
    ) ||
    // (The description after the name may hold a dot inside a word, `…, a professor at M.I.T.`,
    // `editor of Mic.com`, or after an initial: `under Presidents Reagan and George W. Bush`.)
    !/^[\s.!?,”"]*$/.test(
      text
        .slice(speaker.end, sentenceEnd)
        .replace(/^,(?:[^.]|\.(?=\S)|(?<=\b\p{Lu})\.(?=\s+\p{Lu}))*/u, ''),
    ) ||
    // `Ted Cruz, a candidate, tweeted a warning.`: what was said is no speaker.
    utteranceNoun.test(text.slice(speaker.start, speaker.end)) ||
    // `Ana Ruiz, of Tucson, said the vote mattered.`, `…, a Republican, said the Khan family
    // deserved better.`: a clause, with its verb, is none either.
    /^(?:the|a|an|his|her|their|its)\s+(?:\S+\s+){1,3}\p{Ll}{2,}ed(?:\s+(?:better|worse|more|less|again|it|them|him|her|that|out|up))?$/u.test(
      text.slice(speaker.start, speaker.end),
    )
  )
    return null
  return contentFor(text, sentenceStart, trimmedEnd(text, sentenceStart, verb.start), verb, speaker)
}

// `, analyst ` · `, former rival `: one or two words in lower case after a comma, before the verb.
const bareRoleBefore = /,\s+((?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}+)\s+$/u

// What may follow an inverted cue before the sentence ends: when or where it was said, perhaps
// with an aside (`…, Bill Clinton said this week at an event in Wyoming — an apparent …`) or a
// report of its own (`…, Mr. Manafort said, adding that he would …`).
const whenAfterCue = new RegExp(
  `^(?:\\s+${bareTime})?(?:\\s+(?:on|in|at|late|earlier|later|during)\\b[^,—–]{0,60})?(?:\\s+(?:—|–|--)\\s[^“”"]*|,\\s+(?:adding|noting|explaining|stressing|insisting|warning|arguing)\\b.*)?[\\s.!?”"]*$`,
  'su',
)

/** What follows a verb (`after`), past its listener when the verb tells: ` reporters on Monday.` → ` on Monday.` */
function pastListener(text: string, verb: Range, after: string): string {
  const tells = /^(?:tell|inform|assure|remind)$/.test(
    lemmaOf(text.slice(verb.start, verb.end)) ?? '',
  )
  const listener = tells ? tellsListener.exec(after) : null
  return listener ? after.slice(listener[0].length) : after
}

// Listener verbs whose reported clause may follow them with no listener.
const clauseWithoutListener: ReadonlySet<string> = new Set(['warn', 'promise', 'assure'])
// A noun phrase of up to four words, then a finite verb: `the move would`, `the next outbreak is`.
// (Not `warned Gordon Brown he would …`: a listener, then the clause's own subject.)
const bareClause =
  /^\s+(?:the|a|an|this|these|those|his|her|their|its|our|\p{Lu}[\p{L}'’.-]*)\s+(?:(?!(?:he|she|they|it|we|I|you|and|but|or|to|that|which|who)\s)[\p{L}'’-]+\s+){0,3}?(?:would|will|could|can|may|might|should|must|is|was|are|were|has|had|have)\s/u

// Who was told, after `told`: `reporters`, `the crowd`, `them`, `The Associated Press`.
const tellsListener =
  /^\s+(?:reporters|journalists|supporters|voters|lawmakers|the (?:crowd|audience|media|press|paper|newspaper|network|station|committee|court|jury|panel|senate|house)|(?:a|an|the|his|her|their)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:panel|committee|hearing|conference|briefing|crowd|audience|gathering|rally|forum|reporters|supporters|advisers|aides|staff|followers)|them|him|her|us|me|(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.&-]*){0,5})(?=[\s.!?,”"]|$)/u

// `a warning`, `his usual reply`, `this message`: a thing said, after its verb.
export const utteranceNoun =
  /^(?:a|an|the|his|her|their|its|this|that)\s+(?:\p{Ll}+\s+)?(?:warning|statement|message|reminder|response|reply|retort|note|letter|tweet|post|video|photo|picture|link|question|plea|call|apology|thanks|challenge|rebuke)$/u

function contentFor(
  text: string,
  start: number,
  end: number,
  cue: Range,
  speaker: Range,
): IndirectAttribution | null {
  const content = text.slice(start, end)
  if (wordCount(content) < minContentWords || /^[“"‘']/.test(content.trim())) return null
  return { content: { start, end }, cue, speaker }
}

// `As the Washington Post reported, even if …` · `But as Clyburn noted, those voters …`: an
// `as` clause that opens the sentence says who reported the rest.
const asNotedOpening =
  /^\s*(?:(?:But|And|Yet|So)\s+)?[Aa]s\s+((?:the\s+|The\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})\s+(?:has\s+|had\s+)?(noted|reported|said|wrote|written|observed|explained|pointed out|argued|put it)\s*,\s+/u

/** `As the Washington Post reported, …`: the clause after the `as` clause, reported. */
function asNoted(text: string, sentence: [number, number]): IndirectAttribution | null {
  const [sentenceStart, sentenceEnd] = sentence
  const match = asNotedOpening.exec(
    text.slice(sentenceStart, Math.min(sentenceEnd, sentenceStart + 160)),
  )
  if (!match?.[1] || !match[2]) return null
  const speakerStart = sentenceStart + match[0].indexOf(match[1])
  const cueStart = sentenceStart + match[0].lastIndexOf(match[2])
  const speaker = { start: speakerStart, end: speakerStart + match[1].length }
  const cue = { start: cueStart, end: cueStart + match[2].length }
  const contentStart = sentenceStart + match[0].length
  return contentFor(text, contentStart, trimmedEnd(text, contentStart, sentenceEnd), cue, speaker)
}

/** `According to police, …` and `…, according to police.` */
function accordingTo(text: string, sentence: [number, number]): IndirectAttribution | null {
  const [sentenceStart, sentenceEnd] = sentence
  const slice = text.slice(sentenceStart, sentenceEnd)
  const match = /\b[Aa]ccording to\s+/.exec(slice)
  if (!match) return null
  const cue = {
    start: sentenceStart + match.index,
    end: sentenceStart + match.index + 'according to'.length,
  }
  const speaker = subjectAfter(text, sentenceStart + match.index + match[0].length, sentenceEnd)
  if (!speaker) return null
  if (match.index === 0) {
    const comma = text.indexOf(',', speaker.end)
    if (comma === -1 || comma >= sentenceEnd) return null
    let contentStart = comma + 1
    while (/\s/.test(text.charAt(contentStart))) contentStart++
    return contentFor(text, contentStart, trimmedEnd(text, contentStart, sentenceEnd), cue, speaker)
  }
  if (!/,\s*$/.test(slice.slice(0, match.index))) return null
  return contentFor(text, sentenceStart, trimmedEnd(text, sentenceStart, cue.start), cue, speaker)
}
