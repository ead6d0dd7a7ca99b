import { commonWords, givenNames, lexiconKey } from '../data/lexicon.js'
import { partyMembers } from '../data/organizations.js'
import { namingLemmas, thingObjectRegular } from '../data/speech-verbs.js'
import { titleWords } from '../data/titles.js'
import { isOccupation } from '../entities/classify.js'
import { lastAtOrBefore } from '../text/search.js'
import { sentenceEnds } from '../text/sentences.js'
import { adverbialThat, reportEnd, utteranceNoun } from './indirect.js'
import type { QuotedSpan } from './marks.js'
import {
  cueSubject,
  firstFullName,
  participleSubject,
  type Range,
  relativeSubject,
  saidNouns,
  sentenceSubject,
  shortQuoted,
  subjectAfter,
  subjectBefore,
  wordCount,
} from './phrases.js'
import {
  adoptedTexts,
  findSpeechVerbs,
  framedTexts,
  isVerbAt,
  lemmaOf,
  passiveBefore,
} from './speech-verbs.js'

/** Where a direct quotation's speaker and cue were found. */
export interface DirectAttribution {
  kind: 'direct' | 'mixed'
  /** The whole quotation: for `mixed`, from the reported clause's start. */
  start: number
  end: number
  spans: QuotedSpan[]
  cue: Range | null
  speaker: Range | null
}

/** What is kept for each paragraph, looked up by the paragraph's index. */
export interface ByParagraph<T> {
  get(paragraph: number): T | undefined
}

export interface Context {
  text: string
  /** Sentence ranges of every paragraph, by paragraph index. */
  sentences: ByParagraph<Array<[number, number]>>
  /** Paragraph ranges by index. */
  paragraphs: ByParagraph<{ start: number; end: number }>
}

// `“…,” Trump, the 2016 GOP presidential frontrunner nationally and in South Carolina, said`
const maxCueDistance = 200

export function sentenceAt(context: Context, paragraph: number, offset: number): [number, number] {
  const sentences = context.sentences.get(paragraph) ?? []
  // Sentences are in order: a binary search for the last one starting at or before `offset`.
  const found = sentences[lastAtOrBefore(sentences, offset, ([start]) => start)]
  if (found && found[0] <= offset && offset < found[1]) return found
  return sentences.at(-1) ?? [offset, offset]
}

/** The sentence before the one at `sentenceStart`, past any spaces between (`…asked.  “I’m`). */
function sentenceBefore(
  context: Context,
  paragraph: number,
  sentenceStart: number,
): [number, number] {
  let back = sentenceStart - 1
  while (back > 0 && /\s/.test(context.text.charAt(back))) back--
  return sentenceAt(context, paragraph, back)
}

/** A reported clause or a subject is near its cue: look no further back than this. */
export const maxLookBack = 400

function verbsIn(text: string, start: number, end: number): Range[] {
  return findSpeechVerbs(text, start, end)
    .filter((verb) => isVerbAt(text, verb.start))
    .map(({ start: from, end: to }) => ({ start: from, end: to }))
}

/**
 * The text where a cue after the quotation may stand: the rest of its
 * sentence or, when the quotation ends its sentence (`“…!” Maher replied.`),
 * the next one.
 */
function afterQuote(context: Context, span: QuotedSpan, paragraph: number): number {
  const sentenceEnd = sentenceAt(context, paragraph, span.end - 1)[1]
  const end = sentenceEnd > span.end ? sentenceEnd : sentenceAt(context, paragraph, span.end + 1)[1]
  return Math.min(Math.max(end, span.end), span.end + maxCueDistance)
}

const maxSignatureLength = 80

/**
 * A statement signed on the line below it, the quotation ending its paragraph:
 *
 *     “We will not back down on the budget.”
 *     ― Jane Doe, union president
 */
function signatureBelow(context: Context, span: QuotedSpan, paragraph: number): Range | null {
  const { text } = context
  const own = context.paragraphs.get(paragraph)
  const next = context.paragraphs.get(paragraph + 1)
  if (!own || !next || text.slice(span.end, own.end).trim() !== '') return null
  const line = text.slice(next.start, next.end)
  const dash = /^([―—–]|--?)\s*(?=\p{Lu})/u.exec(line)
  if (!dash || line.length > maxSignatureLength) return null
  // (`– An immigrant himself –.`: a line set between dashes is a subhead's, not a signature.)
  if (/[―—–-]\s*\.?\s*$/.test(line)) return null
  return subjectAfter(text, next.start + dash[0].length, next.end)
}

/**
 * After the quotation: `“…,” he said.` · `“…,” said Smith.` · `“…,” Hugh Hill,
 * a doctor, said.` · `“…,” the statement said.` · `“…” — Jane Doe` ·
 * `“…,” according to police.`
 */
export function trailingCue(
  context: Context,
  span: QuotedSpan,
  paragraph: number,
): { cue: Range | null; speaker: Range; end: number } | null {
  const { text } = context
  const windowEnd = afterQuote(context, span, paragraph)
  const window = text.slice(span.end, windowEnd)
  // “…” — Jane Doe · “…” ― Jane Doe
  const dash = /^\s*([―—–]|--?)\s*(?=\p{Lu})/u.exec(window)
  if (dash) {
    const speaker = subjectAfter(text, span.end + dash[0].length, windowEnd)
    if (speaker) return { cue: null, speaker, end: speaker.end }
  }
  const signed = signatureBelow(context, span, paragraph)
  if (signed) return { cue: null, speaker: signed, end: signed.end }
  const according = /^\s*,?\s*according to\s+/i.exec(window)
  if (according) {
    const speaker = subjectAfter(text, span.end + according[0].length, windowEnd)
    const cueStart = span.end + according[0].search(/according/i)
    if (speaker)
      return {
        cue: { start: cueStart, end: cueStart + 'according to'.length },
        speaker,
        end: speaker.end,
      }
  }
  if (/^\s*[“"‘]|^\s*''/.test(window)) return null
  const verbs = verbsIn(text, span.end, windowEnd)
  // `“…,” Katie Packer, who is chairman of the PAC said in a statement` · `“…,” Nate Silver, the
  // polling guru who founded the site tweeted`: a relative clause that no comma closes ends at
  // the cue, and the name before it speaks.
  const unclosed = verbs[0] ? unclosedRelative.exec(text.slice(span.end, verbs[0].start)) : null
  if (unclosed?.[1] && verbs[0] && !endsWithStop(text, span)) {
    const start = span.end + unclosed[0].indexOf(unclosed[1])
    return {
      cue: verbs[0],
      speaker: { start, end: start + unclosed[1].length },
      end: verbs[0].end,
    }
  }
  // (`“…,” Cruz, who has proposed repealing the mandate, said`: not a verb of the relative
  // clause after the name.)
  const verb = verbs.find((found) => !openRelative.test(text.slice(span.end, found.start)))
  if (!verb) return null
  // `“A.” Porterfield, however, said: “B.”`: a cue ending in a colon introduces what follows.
  // (But `“A,” Rubio said: “B.”`: a quotation that opens its sentence and closes with a comma
  // goes on into its cue, which is its own and, past the colon, the next one's too.)
  // (Not `analysis of “Cor orans,” a commenter wrote: “…”`: a title inside a clause.)
  if (
    /^\s*:/.test(text.slice(verb.end, verb.end + 3)) &&
    !(
      /,\s*(?:[”"’]|'')$/.test(text.slice(Math.max(span.start, span.end - 4), span.end)) &&
      opensItsSentence(context, span, paragraph)
    )
  )
    return null
  const between = text.slice(span.end, verb.start)
  // Marks, or two sentences between: not this quotation's cue. `Benjamin J. Rhodes, Mr.
  // Obama's deputy adviser, said`: the dots of initials and titles end none.
  if (
    /[“”"]|''/.test(between.replace(shortQuoted, '')) ||
    sentenceEnds(text, span.end, verb.start) >= 2
  )
    return null
  // `“…” if she lost, said David Wasserman`: the rest of the quotation's clause, then the cue
  // and its speaker.
  const verbNext = /^[\s,]*$/.test(between)
  const ownsSentence =
    opensItsSentence(context, span, paragraph) || insideClause(context, span, paragraph)
  // (`“…,” described the emotional impact as …`: a verb whose object is described never comes
  // before its subject, so what follows it is the object.)
  const lemma = lemmaOf(text.slice(verb.start, verb.end)) ?? ''
  const describing = describingVerbs.has(lemma)
  // (`“top secret,” saying in a post on Twitter: …`: nor does a participle.)
  const participle = /ing$/.test(text.slice(verb.start, verb.end))
  // `Jo Park, a welder “proud of every brick,” described the closure as …`: the words, set off
  // by a comma, are the subject's, who goes on to describe (not `a “gun fabricator” called …`).
  const setOff = /,\s*$/.test(text.slice(Math.max(span.start, span.innerEnd - 3), span.innerEnd))
  if (verbNext && describing && setOff && !participle) {
    const speaker = sentenceSubject(text, sentenceAt(context, paragraph, span.start)[0], span.start)
    return speaker ? { cue: verb, speaker, end: verb.end } : null
  }
  if (
    (verbNext && !describing && !participle) ||
    (ownsSentence &&
      restThenCue.test(between) &&
      invertedVerbs.test(text.slice(verb.start, verb.end)))
  ) {
    const speaker = subjectAfter(text, verb.end, windowEnd)
    if (speaker) return { cue: verb, speaker, end: speaker.end }
    if (verbNext) return null
  }
  // `“…,” Anne Richards, assistant secretary of state for refugees, and migration, said`:
  // the name right after the quotation, then a description that holds commas of its own.
  const namedFirst = nameThenDescription.exec(between)
  // (Not after a quotation that ends its sentence: `“…cynicism.” Dr Julian Lewis, the Conservative
  // spokesman, said he had …` reports more, in a sentence of its own.)
  if (
    namedFirst?.[1] &&
    !endsWithStop(text, span) &&
    sentenceEnds(text, span.end, verb.start) === 0
  ) {
    const start = span.end + between.indexOf(namedFirst[1])
    return { cue: verb, speaker: { start, end: start + namedFirst[1].length }, end: verb.end }
  }
  // `“…,” the Vermont senator and Democratic candidate told ABC`: one description of two
  // posts joined by `and`, from its article to the verb.
  const joinedPosts =
    /^([\s,]*)((?:the|a|an)\s+[^“”"'.!?,;:()]{1,80}?\sand\s[^“”"'.!?,;:()]{1,60}?)\s+$/i.exec(
      between,
    )
  const firstPost = /(\p{L}+)\sand\s/u.exec(joinedPosts?.[2] ?? '')?.[1]?.toLowerCase() ?? ''
  if (
    joinedPosts?.[2] &&
    (titleWords.has(firstPost) || isOccupation(firstPost)) &&
    verbNext === false &&
    !endsWithStop(text, span)
  ) {
    const start = span.end + (joinedPosts[1]?.length ?? 0)
    return { cue: verb, speaker: { start, end: start + joinedPosts[2].length }, end: verb.end }
  }
  const speaker = subjectBefore(text, span.end, verb.start)
  // `“… in a political campaign.” Ohio Gov. Jo Park said he would have fired him`: after a
  // quotation that ends its sentence, a cue that reports more starts a sentence of its own
  // (`“…” She noted a planned rally on Saturday`: so does one with an object).
  if (endsWithStop(text, span) && reportFollows.test(text.slice(verb.end, verb.end + 12)))
    return null
  // The speaker follows the quotation at once, or after a description that it names:
  // `“…,” the coach, Dana Reyes, told reporters`, `“…,” Google’s chief economist, Ann Lee,
  // said`; or after the rest of the quotation's sentence: `“Let me thank the volunteers”
  // for the victory, Sanders said.`
  const before = text.slice(span.end, speaker?.start ?? span.end)
  if (
    !speaker ||
    !(
      /^[\s,.!?—–-]*$/.test(before) ||
      // `“…,” as Cruz said on a radio program`: an `as` clause names who said it.
      /^[\s,]*as\s+$/.test(before) ||
      /^[\s,]*(?:the|a|an|his|her|their|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s)\s[^“”".!?]{1,60},\s*$/iu.test(
        before,
      ) ||
      // (`“…” as donors waited to see how a “turbulent cycle” played out, he said`: a
      // short quoted title or phrase inside the rest.)
      (ownsSentence &&
        /^\s+\p{Ll}[^“”".!?,;:]{0,80},\s*$/u.test(before.replace(shortQuoted, 'x'))) ||
      coSpeakerBefore.test(before)
    )
  )
    return null
  return { cue: verb, speaker, end: verb.end }
}

// Verbs that describe, thank or credit their object (`called it “a farce”`, `described the
// impact as`, `thanked him for`).
const describingVerbs: ReadonlySet<string> = new Set([
  ...thingObjectRegular,
  ...namingLemmas,
  'describe',
  'portray',
])

// `“…,” state Senate leader Phil Berger and House Speaker Tim Moore said`: the last of two
// speakers named together speaks, as when the cue comes first.
// (Not `“…,” while Sen. Susan Collins and Rep. Jo Roe suggested …`: a clause of its own.)
const coSpeakerBefore =
  /^\s*(?:(?!(?:while|whereas|as|when|but|because|although|though|if|since|after|before|and|or)\s)[\p{L}.'’-]+\s+){0,6}\p{Lu}[\p{L}'’-]+\s+and\s+$/u

// A name, a description, then `who` and a clause of at least two words whose last is no
// auxiliary, conjunction or adverb (not `Jo Roe, who has said`, `…, who ran and said`).
const unclosedRelative =
  /^[\s,]*((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+),\s+(?:(?:the|a|an)\s+[^,“”".!?;:()]{1,60}?\s+)?who\s+\p{Ll}+\s(?:[^,“”".!?;:()]|\.(?=\p{L})){0,80}?(?<!\b(?:and|or|but|has|had|have|was|is|were|also|never|not|to|would|will|could|should|may|might|\p{L}+ly))\s+$/u

// A relative clause opened after a name and not yet closed: `, who has proposed`.
const openRelative = /,\s+(?:who|whom|whose)\s[^,“”"]*$/

// `said he`, `said that`, `said the plan`, `noted a rally`, `says not raising it`: what the cue
// reports, right after it.
const reportFollows =
  /^\s+(?:that|he|she|they|it|we|there|his|her|its|their|the|this|these|those|if|whether|a|an|not|no|some|many|most|all|every|such)\b/

/** `“… campaign.”`: the quotation's last word ends a sentence with a full stop. */
function endsWithStop(text: string, span: QuotedSpan): boolean {
  return /\.\s*$/.test(text.slice(Math.max(span.innerStart, span.innerEnd - 3), span.innerEnd))
}

/** A sentence-long quotation opens its sentence: a title or a scare-quoted phrase stands inside one. */
function opensItsSentence(context: Context, span: QuotedSpan, paragraph: number): boolean {
  const words = context.text.slice(span.innerStart, span.innerEnd).split(/\s+/).length
  return words >= 5 && sentenceAt(context, paragraph, span.start)[0] === span.start
}

/**
 * `Carter placed a note card in a “burn bag,” the Times reported.`: a
 * quotation inside its sentence's clause, cued after it, is mixed into the
 * reported clause, which runs from the sentence's start (returned).
 */
function clauseAround(context: Context, span: QuotedSpan, paragraph: number): number | null {
  const [sentenceStart] = sentenceAt(context, paragraph, span.start)
  const before = context.text.slice(sentenceStart, span.start)
  // `Obama “felt a moral obligation” on climate, Axelrod said.`: after a subject alone, the
  // clause goes on past the quotation.
  const clauseGoesOn = /^\s+\p{Ll}/u.test(context.text.slice(span.end, span.end + 3))
  return /^[^“”"‘’«»:;]*\p{L}\s+$/u.test(before) && (before.split(/\s+/).length > 3 || clauseGoesOn)
    ? sentenceStart
    : null
}

/** `Clinton “drew well” in 2008, said …`: the quotation stands inside its sentence's clause. */
function insideClause(context: Context, span: QuotedSpan, paragraph: number): boolean {
  const [sentenceStart] = sentenceAt(context, paragraph, span.start)
  return (
    sentenceStart < span.start &&
    /^[^“”"‘’«»:;]*\p{L}\s+$/u.test(context.text.slice(sentenceStart, span.start))
  )
}

// `said in an interview with “Fox News Sunday.”`, `appeared on “Hannity”`: a title.
const beforeTitle =
  /\b(?:with|on|in|to|from|of|at|by|for|about|called|titled|entitled|named|dubbed|book|film|movie|show|song|album|novel|series|play|programme|program|documentary|article|essay|poem|podcast)\s+$/i

/**
 * `Joko “Jokowi” Widodo`, `Marion "Suge" Knight`: a word or two in title case between a given
 * name and a surname is a nickname, no quotation.
 */
export function isNicknameBetweenNames(text: string, span: QuotedSpan): boolean {
  const inner = text.slice(span.innerStart, span.innerEnd)
  return (
    wordCount(inner) <= 2 &&
    isTitleCase(inner) &&
    !/[,.!?;:]\s*$/.test(inner) &&
    /(?:^|[^\p{L}])\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, span.start - 30), span.start)) &&
    /^ \p{Lu}\p{Ll}/u.test(text.slice(span.end, span.end + 3))
  )
}

/** Are all the words capitalised, as in a title (`Good Morning America`)? */
export function isTitleCase(value: string): boolean {
  const words = value.split(/\s+/).filter((word) => /\p{L}/u.test(word))
  return (
    words.length >= 1 &&
    words.every((word) =>
      /^[^\p{L}]*[\p{Lu}\p{N}]|^(?:of|the|a|an|and|in|on|to|for|at|with|from|by|or)$/u.test(word),
    )
  )
}

/**
 * Before the quotation: `Smith said: “…”` · `He told reporters, “…”` ·
 * `According to police, “…”`; or a partial quote inside reported speech,
 * `He said the plan “will fail”`, which makes the quotation `mixed` and
 * runs to the end of the reported clause.
 */
function leadingCue(
  context: Context,
  span: QuotedSpan,
  paragraph: number,
): { cue: Range | null; speaker: Range; mixed: Range | null } | null {
  const { text } = context
  const [fullStart, sentenceEnd] = sentenceAt(context, paragraph, span.start)
  const sentenceStart = Math.max(fullStart, span.start - maxLookBack)
  const lead = text.slice(sentenceStart, span.start)
  const according = /\baccording to\s+([^,:“”"]{1,60})[,:]\s*$/i.exec(lead)
  if (according) {
    const cueStart = sentenceStart + according.index
    const speaker = subjectAfter(text, cueStart + 'according to '.length, span.start)
    if (speaker)
      return {
        cue: { start: cueStart, end: cueStart + 'according to'.length },
        speaker,
        mixed: null,
      }
  }
  // `According to the report, the company had “serious and repeated failings …”`: the clause
  // after `according to X,` is X's, quoted in part.
  // (`Over the long term, according to the budget office, the rise …`: after an opening phrase too.)
  const opening = /(?:^|,\s+)(according to\s+)([^,:“”"]{1,60}),\s*/i.exec(lead)
  if (opening?.[1] && lead.length > opening.index + opening[0].length) {
    const cueStart = sentenceStart + opening.index + opening[0].indexOf(opening[1])
    const restStart = sentenceStart + opening.index + opening[0].length
    const speaker = subjectAfter(text, cueStart + opening[1].length, restStart)
    if (speaker && verbsIn(text, restStart, span.start).length === 0)
      return {
        cue: { start: cueStart, end: cueStart + 'according to'.length },
        speaker,
        mixed: {
          start: restStart,
          end: Math.max(reportEnd(text, span.end, sentenceEnd), span.end),
        },
      }
  }
  // `As anti-terrorist prosecutor Marc Trévidic put it, “…”` · `…, as Smith puts it, “…”` ·
  // `As John Cornyn, the No. 2 in the leadership, put it: “…”` · `As Jo Roe put it the other day, “…”`
  const putIt =
    /\b[Aa]s\s+(.{2,200}?)\s+(puts? it)(?:\s+(?:[\p{Ll}\p{N}’'-]+\s+){0,3}[\p{L}\p{N}’'-]+(?=,))?,?:?\s*$/u.exec(
      lead,
    )
  if (putIt?.[1] && putIt[2]) {
    const nameStart = sentenceStart + putIt.index + putIt[0].indexOf(putIt[1])
    const verbStart = sentenceStart + putIt.index + putIt[0].indexOf(putIt[2], 3)
    const speaker =
      subjectBefore(text, sentenceStart, verbStart) ?? subjectAfter(text, nameStart, verbStart)
    const cueStart = sentenceStart + putIt.index + putIt[0].lastIndexOf(putIt[2])
    if (speaker)
      return { cue: { start: cueStart, end: cueStart + putIt[2].length }, speaker, mixed: null }
  }
  // `As The Post’s Ruth Marcus puts it, Obama is trying to make them “an offer …”`: the
  // clause after the aside is the writer's, quoted in part.
  const asideOpening = /(?:^|,\s+)[Aa]s\s+([^,:“”"]{2,80}?)\s+(puts? it),\s*/.exec(lead)
  if (
    asideOpening?.[1] &&
    asideOpening[2] &&
    lead.length > asideOpening.index + asideOpening[0].length
  ) {
    const nameStart = sentenceStart + asideOpening.index + asideOpening[0].indexOf(asideOpening[1])
    const cueStart = nameStart + asideOpening[1].length + 1
    const restStart = sentenceStart + asideOpening.index + asideOpening[0].length
    const speaker = subjectBefore(text, nameStart, cueStart - 1)
    if (speaker && verbsIn(text, restStart, span.start).length === 0)
      return {
        cue: { start: cueStart, end: cueStart + asideOpening[2].length },
        speaker,
        mixed: {
          start: restStart,
          end: Math.max(reportEnd(text, span.end, sentenceEnd), span.end),
        },
      }
  }
  // `The Florida senator’s answer was that “…”`, `Her reply was that Crist “…”`: the owner of
  // the words speaks the clause after `that`.
  const ownedThat = ownedWordsThat.exec(lead)
  if (ownedThat?.[1]) {
    const start = sentenceStart + ownedThat.index + ownedThat[0].indexOf(ownedThat[1])
    const restStart = sentenceStart + ownedThat.index + ownedThat[0].length
    return {
      cue: null,
      speaker: { start, end: start + ownedThat[1].length },
      mixed: { start: restStart, end: Math.max(reportEnd(text, span.end, sentenceEnd), span.end) },
    }
  }
  const inverted = invertedOpening(text, fullStart, span.start)
  if (inverted) return { ...inverted, mixed: null }
  // `Pollsters agree - Carl Bialik: “…”`: a dash label names who speaks, whatever verb came before.
  const labelled = /\s[-—–]\s+[^-—–,;“”"]{1,60}:\s*$/u.test(text.slice(sentenceStart, span.start))
  const verbs = labelled ? [] : verbsIn(text, sentenceStart, span.start)
  const nearest = verbs.at(-1)
  if (!nearest) return colonSubject(text, sentenceStart, span.start)
  // The nearest verb with a subject: in `Bolton said he would advise Trump on
  // the “…”` the embedded `advise` has none of its own, so `said` is the cue.
  // Across a clause mark only a participle goes on for the verb before it:
  // `“…,” Law said, noting that donors feel “…”` is Law's, cued by `noting`.
  const earliest = verbs[0]
  for (const verb of verbs.reverse()) {
    // `Ryan told CNN that Ginsburg’s comments “…”`: an owner's verb form is a noun; a verb before reports.
    // (`Trump’s remarks about a judge were “…”`: an owner's form in -s is a noun even alone;
    // `Trump’s warned` may be `has warned`.)
    const owned = ownedNoun.test(text.slice(Math.max(0, verb.start - 30), verb.start))
    if (owned && (verb !== earliest || /s$/.test(text.slice(verb.start, verb.end)))) continue
    // `the crowd reprised the caustic chant “…”`: a bare form after an article and a word that
    // is no plural is a noun (`the protesters chant` speaks).
    const form = text.slice(verb.start, verb.end).toLowerCase()
    if (
      form === lemmaOf(form) &&
      bareNounUse.test(text.slice(Math.max(sentenceStart, verb.start - 30), verb.start))
    )
      continue
    // (A subject found after the quotation is no lead-in's: `While saying he admired Mr Blair's
    // “courageous” leadership, he …` gives `he` to the report, not to the quoted word.)
    const found = speakerOf(text, sentenceStart, verb)
    const speaker = found && found.end <= span.start ? found : null
    if (verb === nearest || !/[,;:]/.test(text.slice(verb.end, nearest.start))) {
      if (speaker) return withLeadingVerb(context, span, sentenceEnd, verb, speaker)
      continue
    }
    const participle =
      /^[^,]*,\s*$/.test(text.slice(verb.end, nearest.start)) &&
      text.slice(nearest.start, nearest.end).endsWith('ing')
    return speaker && participle
      ? withLeadingVerb(context, span, sentenceEnd, nearest, speaker)
      : null
  }
  // `Sanders delivered a snappy retort:`: the verb form is a noun, the lead-in has no cue.
  return nounUse.test(text.slice(Math.max(sentenceStart, nearest.start - 30), nearest.start))
    ? colonSubject(text, sentenceStart, span.start)
    : null
}

// Verbs with a listener before their clause: `told reporters that`, `assured voters on Monday that`.
const listenerVerbs =
  /^(?:told|tells?|telling|assured|assures|informed|informs|reminded|reminds|warned|warns)$/i
const listenerThat = /^\s+(?:[^\s,;:“”"]+\s+){1,6}?that\s+/

// An owner right before a verb form: `Ginsburg’s comments`, `the senator's remarks`.
// (Not `he's said`, `she’s told`: a pronoun's `'s` is `has`.)
const ownedNoun = /\p{L}(?<!(?:^|[^\p{L}])(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Ww]ho))['’]s\s+$/u
// A determiner and perhaps a word that is no plural: `the caustic chant`, `a reply`.
const bareNounUse = /\b(?:a|an|the|his|her|their|its|my|our|your)\s+(?:\p{Ll}*[^\s\p{Lu}s]\s+)?$/u
// A determiner and perhaps an adjective before a verb form: `a snappy retort`, `his reply`.
const nounUse = /\b(?:a|an|the|his|her|their|its|my|our|your)\s+(?:\p{Ll}+\s+)?$/u

/**
 * The subject of a cue verb before a quotation: `Smith said` · `…, calling
 * him “…”` · `took to Twitter, writing: “…”` · `Ms. Sherry smiled and said, “…”`.
 */
function speakerOf(text: string, sentenceStart: number, verb: Range): Range | null {
  const agent = passiveAgent(text, verb)
  // `The board was told that the audit found “serious gaps”`: the subject of a passive listener
  // verb heard the words; only an agent after `by` spoke them.
  // (Not `Kasich is telling a crowd that …`: a progressive speaks.)
  const form = text.slice(verb.start, verb.end)
  if (agent || (listenerVerbs.test(form) && !form.endsWith('ing') && isPassiveAt(text, verb)))
    return agent
  return (
    cueSubject(text, sentenceStart, verb.start) ??
    relativeSubject(text, sentenceStart, verb) ??
    framedSubject(text, sentenceStart, verb) ??
    participleSubject(text, sentenceStart, verb, text.slice(verb.start, verb.end)) ??
    coordinatedSubject(text, sentenceStart, verb) ??
    parentheticalSubject(text, verb)
  )
}

/** `Ultimately, there will be, says Mr Okoro, no room for “…”`: a cue set off by commas, its speaker after it. */
function parentheticalSubject(text: string, verb: Range): Range | null {
  // (Not `…, told AP, “…”`: a listener follows `told`.)
  if (!invertedVerbs.test(text.slice(verb.start, verb.end))) return null
  if (!/,\s*$/.test(text.slice(Math.max(0, verb.start - 3), verb.start))) return null
  const named =
    /^\s+((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+),/u.exec(
      text.slice(verb.end, verb.end + 60),
    )
  if (!named?.[1]) return null
  const start = verb.end + named[0].indexOf(named[1])
  return { start, end: start + named[1].length }
}

const agentAfter = /^\s+by\s+/

/** `was told`, `is asked`: a passive's auxiliary right before the verb. */
function isPassiveAt(text: string, verb: Range): boolean {
  return passiveBefore.test(text.slice(Math.max(0, verb.start - 8), verb.start))
}

// ` about fixing inequality, ` (the verb comes first after it: `said Jo Park`): lower-case words
// only, not `shop owner Hayriye Evren, told Associated Press`.
const restThenCue = /^\s+\p{Ll}[^“”".!?;:]{0,120},\s*$/u
const invertedVerbs = /^(?:said|says|added|adds|asked|wrote|explained|noted|argued|insisted)$/
// `, Anne Richards, assistant secretary of state for population, refugees, and migration, `
// (`Mr. Daniloff, now 81 and retired in Cambridge, Mass., said`: a state's abbreviation may end a part.)
const nameThenDescription =
  /^[\s,]*(?!(?:On|In|At|By|For|From|Last|This|Next|Earlier|Later|The|A|An|But|And|When|After|Before|While|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s)((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+),\s+(?:the\s+|a\s+|an\s+)?\p{Ll}(?:[^“”".!?;:]|\.(?=,)){5,160},\s*$/u

/**
 * `Rubio was asked by moderator Gerard Baker whether …, “…”`: who asks the
 * question is the agent after `by`, not the sentence's subject.
 */
function passiveAgent(text: string, verb: Range): Range | null {
  if (!isPassiveAt(text, verb)) return null
  const by = agentAfter.exec(text.slice(verb.end, verb.end + 6))
  if (!by) return null
  const from = verb.end + by[0].length
  // (`asked by Fox Business moderator Gerard Baker whether …`: a post before the name, up to the
  // question.)
  const described = describedAgent.exec(text.slice(from, from + 120))
  return (
    subjectAfter(text, from, verb.end + 200) ??
    (described?.[1] ? { start: from, end: from + described[1].length } : null)
  )
}

// Up to six words ending in a capitalised name, before the question or the report.
const describedAgent =
  /^((?:[\p{L}.'’-]+\s+){0,5}\p{Lu}[\p{L}'’-]+)(?=\s+(?:whether|if|why|how|what|when|where|who|that|about)\s)/u

// `Ms. Sherry smiled and said` · `stood on the steps and then boomed` · `…, but went on to say`
// `… and in a statement credited him for`: with the means between.
const coordinated =
  /\b(?:and|but)\s+(?:(then|later|also|now|still|again|\p{Ll}+ly|went on to|goes on to|continued to)\s+)?(?:(?:in|on|at|with|through|via)\s+(?:a|an|the|his|her|their|its)\s+(?:\p{Ll}+\s+)?)?$/u

/** A verb coordinated with the sentence's first: that one's subject speaks. */
function coordinatedSubject(text: string, sentenceStart: number, verb: Range): Range | null {
  const found = coordinated.exec(text.slice(Math.max(sentenceStart, verb.start - 48), verb.start))
  const participle = text.slice(verb.start, verb.end).endsWith('ing')
  // Not `Starting …, but also announcing`: a participle hangs on a subject still to come.
  if (!found || (found[1] && participle)) return null
  const conjunction = verb.start - found[0].length
  // `with Trump tweeting that … and asking, “…”`: the participle before speaks on.
  if (participle) {
    const before = verbsIn(text, sentenceStart, conjunction).at(-1)
    if (before && text.slice(before.start, before.end).endsWith('ing'))
      return speakerOf(text, sentenceStart, before)
  }
  // `When Mook was asked …, he laughed and said`: the subject of the verb before `and`.
  const previous = verbBefore.exec(
    text.slice(Math.max(sentenceStart, conjunction - 40), conjunction),
  )
  if (previous?.[1]) {
    const subject = subjectBefore(text, sentenceStart, conjunction - previous[0].length)
    if (subject && pronounSubject.test(text.slice(subject.start, subject.end))) return subject
  }
  return sentenceSubject(text, sentenceStart, verb.start)
}

// The verb before a coordinated cue, past an adverb: `he laughed and said`, `she smiled broadly and said`.
const verbBefore = /(?:^|\s)(\p{Ll}+ed)(?:\s+\p{Ll}+ly)?\s*,?\s*$/u
const pronounSubject = /^(?:he|she|they|we|I)$/i

// `she released a statement saying` · `Trump posted a video Friday saying` ·
// `Obama released a statement Thursday night condemning` ·
// `he began by saying` (`Bryne went on to say` is `subjectBefore`'s)
const frameBefore = new RegExp(
  String.raw`(?:^|\s)(\p{Ll}+)\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:${framedTexts})(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:today|yesterday|tonight))?,?|by)\s+$`,
  'u',
)

// `Trump released a marketing video that said` · `she sent a letter which reads` · `The council
// voted for the resolution which said`
const documentThatBefore = new RegExp(
  String.raw`(?:^|\s)(\p{Ll}+)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:${framedTexts}|${adoptedTexts})\s+(?:that|which)\s+$`,
  'u',
)

const prepositions = /^(?:for|on|in|of|to|with|by|at|against|behind)$/

/** A cue verb framed by another verb reports that verb's subject. */
function framedSubject(text: string, sentenceStart: number, verb: Range): Range | null {
  const from = Math.max(sentenceStart, verb.start - 80)
  const document = documentThatBefore.exec(text.slice(from, verb.start))
  if (document?.[1]) {
    const framing = from + document.index + document[0].indexOf(document[1])
    // (`replaced by a message that said`: after `by`, the text itself, as a passive's agent.)
    if (document[1] === 'by') {
      const start = framing + document[1].length + 1
      return { start, end: from + document.index + document[0].search(/\s+(?:that|which)\s+$/) }
    }
    // (`The council voted 6-1 for the resolution which said`: after a preposition, the
    // sentence's subject adopted it.)
    return prepositions.test(document[1])
      ? sentenceSubject(text, sentenceStart, framing)
      : subjectBefore(text, sentenceStart, framing)
  }
  const found = frameBefore.exec(text.slice(from, verb.start))
  // The frames take a participle.
  if (!found?.[1] || !text.slice(verb.start, verb.end).endsWith('ing')) return null
  const framing = from + found.index + found[0].indexOf(found[1])
  return subjectBefore(text, sentenceStart, framing)
}

/** A quotation after its cue verb is direct (`said: “…”`) or mixed into the reported clause. */
function withLeadingVerb(
  context: Context,
  span: QuotedSpan,
  sentenceEnd: number,
  verb: Range,
  speaker: Range,
): { cue: Range; speaker: Range; mixed: Range | null } {
  const { text } = context
  const between = text.slice(verb.end, span.start)
  // `said:` · `said,` · `told reporters:` · `said in a statement,` · `said`
  // `said on Twitter on Monday, in reference to her first child, “…”`; but
  // `says no matter what Obama does, “his word does not trump …”` is a
  // reported clause (it opens with a clause's first word).
  const manner =
    /^\s*[:,]?\s*$/.test(between) ||
    (/^(?:\s+[^“”"]{0,150}?)?\s*[:,]\s*$/.test(between) &&
      !/^\s+(?:that|no matter|if|while|because|although|since|he|she|they|we|it|there)\b/i.test(
        between,
      ))
  if (manner) return { cue: verb, speaker, mixed: null }
  // `says that …` · `says in a letter that …`: the clause starts after `that`.
  // `told reporters on Monday that …`: after a verb's listener, too.
  const that =
    /^\s+that\s+/i.exec(between) ??
    adverbialThat.exec(between) ??
    (listenerVerbs.test(text.slice(verb.start, verb.end)) ? listenerThat.exec(between) : null)
  // (`…, says Mr Okoro, no room for “…”`: after a speaker set off by commas.)
  const afterSpeaker = /^[\s,]*/.exec(text.slice(speaker.end, speaker.end + 4))?.[0].length ?? 0
  const start =
    speaker.start >= verb.end
      ? speaker.end + afterSpeaker
      : verb.end + (that ? that[0].length : between.length - between.trimStart().length)
  // The clause runs on after the quotation to the sentence's end, or to the
  // next report: `called him “driven” and asserted that …`.
  const end = reportEnd(text, span.end, sentenceEnd)
  return { cue: verb, speaker, mixed: { start, end: Math.max(end, span.end) } }
}

/**
 * `Smith was blunt: “…”` — a clause with no cue verb ends in a colon: its
 * subject speaks; after a label and a dash, the name (`Pollsters agree -
 * Carl Bialik:`); after `from`, the name (`More from Jones:`).
 */
function colonSubject(
  text: string,
  sentenceStart: number,
  quoteStart: number,
): { cue: null; speaker: Range; mixed: null } | null {
  const lead = text.slice(sentenceStart, quoteStart)
  if (!/:\s*$/.test(lead)) return null
  // `More from Jones: “…”`: the name the words come from.
  const from = /\bfrom\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*):\s*$/u.exec(lead)
  if (from?.[1]) {
    const start = sentenceStart + from.index + from[0].indexOf(from[1])
    return { cue: null, speaker: { start, end: start + from[1].length }, mixed: null }
  }
  // `… does not surprise Republican pollster Daron Shaw: “…”`: a full name ends the lead-in.
  const named = nameBeforeColon.exec(lead)
  if (named?.[1]) {
    const start = sentenceStart + named.index + named[0].indexOf(named[1])
    return { cue: null, speaker: { start, end: start + named[1].length }, mixed: null }
  }
  // `Her message to the developers was simple: “…”`, `Hale’s verdict: “…”`: the owner of the
  // words speaks.
  const owned = ownedWords.exec(lead)
  if (owned?.[1]) {
    const start = sentenceStart + owned.index + owned[0].indexOf(owned[1])
    return { cue: null, speaker: { start, end: start + owned[1].length }, mixed: null }
  }
  // `Pollsters agree - Carl Bialik: “…”`: a label, a dash, then who speaks.
  const dash = /\s[-—–]\s+(?=[^-—–]*$)/u.exec(lead)
  const subjectStart = dash ? sentenceStart + dash.index + dash[0].length : sentenceStart
  const speaker = sentenceSubject(text, subjectStart, quoteStart)
  return speaker ? { cue: null, speaker, mixed: null } : null
}

// An owner (a pronoun, a name, or a description from `the`) and a noun for what one says:
// `His advice`, `Hale’s verdict`, `The Florida senator’s answer`.
const ownerOfWords = String.raw`(His|Her|Their|(?:[Tt]he\s+(?:[\p{L}-]+\s+){0,3})?(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{L}[\p{L}.-]*(?=['’]s\s))(?:['’]s)?\s+(?:\p{Ll}+\s+)?(?:${saidNouns})`
// …opening the sentence, then anything up to the colon: `His advice to young players:`.
const ownedWords = new RegExp(String.raw`^\s*${ownerOfWords}\b[^:“”"]{0,60}:\s*$`, 'u')
// …then `was that` and the start of the clause: `The Florida senator’s answer was that `.
const ownedWordsThat = new RegExp(
  String.raw`(?:^|[\s,;])${ownerOfWords}\s+(?:was|is|has\s+been|had\s+been)\s+that\s+(?:[^“”"\s]+\s+){0,3}$`,
  'u',
)

// `, Trump said: ` right before the next quotation: a name of its own leads it in.
const otherSpeakerLeadsIn =
  /(?:^|[,;])\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:said|says|added|adds|wrote|writes|replied|responded|asked|told\s+\S+)\s*[:,]\s*$/u

// A lower-case word (no preposition: `in New Hampshire:` is a place), then two to four capitalised words.
const nameBeforeColon =
  /(?<![\p{L}'’])(?!(?:in|at|on|of|to|for|by|with|into|across|near|from)\s)\p{Ll}+\s+((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}\p{Lu}[\p{L}'’-]+):\s*$/u

/**
 * The sentence before ends in a cue with nothing reported: `Sam Lau, the
 * party's spokesman, said in a statement. “There are no ballots…”`.
 */
function previousSentenceCue(
  context: Context,
  span: QuotedSpan,
  paragraph: number,
): { cue: Range; speaker: Range } | null {
  const { text } = context
  const [sentenceStart] = sentenceAt(context, paragraph, span.start)
  if (sentenceStart !== span.start || sentenceStart === context.paragraphs.get(paragraph)?.start)
    return null
  const [previousStart, previousEnd] = sentenceBefore(context, paragraph, sentenceStart)
  const verb = verbsIn(text, previousStart, previousEnd).at(-1)
  if (!verb) return null
  // Only a short phrase of manner may follow the verb: `in a statement`, `on Twitter`, `later`;
  // or what was said: `tweeted a warning.`
  const rest = text.slice(verb.end, previousEnd)
  const said = /^\s+(\S+\s+(?:\p{Ll}+\s+)?\p{Ll}+)\s*[.:]\s*$/u.exec(rest)?.[1]
  if (
    !/^(?:\s+(?:in|on|at|later|afterwards|then|too|also)\b[^.,;“”"]{0,30})?\s*[.:]\s*$/.test(
      rest,
    ) &&
    !(said !== undefined && utteranceNoun.test(said))
  )
    return null
  const speaker = subjectBefore(text, previousStart, verb.start)
  return speaker ? { cue: verb, speaker } : null
}

/** `Environmentalists`, `Democrats`, `Officials`: a plural that names a group; not `Evans` or `Sanders`. */
function isGroupWord(name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(name)) return false
  const one = name.toLowerCase().replace(/e?s$/, '')
  const singular = name.toLowerCase().slice(0, -1)
  return commonWords.has(singular) || commonWords.has(one) || partyMembers.has(singular)
}

// `Clinton touted her credentials.`, `Evans said it was …`, `But Henman urged him …`: a name, or a
// title and a name, then a verb in lower case, opening the sentence.
const namedSubject =
  /^(?:(?:But|And|Yet|Still|However,|Meanwhile,)\s+)?((?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Prof|Pres)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:also\s+|then\s+|later\s+)?(?:\p{Ll}+(?:ed|s)|said|told|wrote|thought|felt|knew)\b/u
const minContinuedWords = 5
const notNamedSubjects =
  /^(?:The|This|That|These|Those|It|There|In|On|At|For|But|And|So|Why|What|How|When|Where|Who)\b/

/**
 * A quotation of its own sentence, with no cue, after a sentence of the same
 * paragraph whose subject is named: that person goes on speaking.
 *
 *     Clinton touted her credentials as a co-sponsor. “We need to support workers …”
 *
 * Not after a sentence that holds a quotation (the speaker of that one goes
 * on, or someone else cut in), nor for a short piece (`“woke”`).
 */
function previousSentenceSubject(
  context: Context,
  span: QuotedSpan,
  paragraph: number,
): Range | null {
  const { text } = context
  const [sentenceStart] = sentenceAt(context, paragraph, span.start)
  if (sentenceStart !== span.start || sentenceStart === context.paragraphs.get(paragraph)?.start)
    return null
  // (A short piece only when it is a sentence said: `Lopez shrugged. “I have no choice.”`.)
  const inner = text.slice(span.innerStart, span.innerEnd)
  const sentenceSaid = wordCount(inner) >= 2 && /^\p{Lu}.*[.!?]\s*$/u.test(inner.trim())
  if (wordCount(inner) < minContinuedWords && !sentenceSaid) return null
  const [previousStart, previousEnd] = sentenceBefore(context, paragraph, sentenceStart)
  if (/[“”"]|''/.test(text.slice(previousStart, previousEnd))) return null
  // (`Asked whether she would rebuild, Lopez shrugged.`: past an opening phrase too.)
  const opening = openingPhrase.exec(text.slice(previousStart, previousEnd))?.[0] ?? ''
  // (Past a phrase set off by a comma only: `But Okafor warned` keeps its `But`.)
  const leadStart = previousStart + (opening.includes(',') ? opening.length : 0)
  const subject = namedSubject.exec(text.slice(leadStart, previousEnd))
  const name = subject?.[1]
  // `Why was he out?`, `Environmentalists hated it`: a question or a group, not a person's name.
  if (
    !name ||
    subject[0].match(/\s(?:was|is|has|does|goes|gets)$/) ||
    notNamedSubjects.test(name) ||
    isGroupWord(name) ||
    (leadStart > previousStart && !isNamedSubject(text, name, previousStart))
  )
    return null
  const start = leadStart + subject[0].indexOf(name)
  return { start, end: start + name.length }
}

/**
 * A quotation inside a sentence with no cue, whose subject is named: that
 * person's words, quoted in what they did.
 *
 *     Paul Ryan worried that the safety net was becoming “a hammock that lulls people to dependency.”
 *     Romney fired back in March, attacking Trump for “the greed, the showing off, the theatrics”.
 *
 * Not a short piece or a title in capitals (`Trump read from “The Snake”`), nor after
 * another quotation in the sentence.
 */
function ownSentenceSubject(context: Context, span: QuotedSpan, paragraph: number): Range | null {
  const { text } = context
  const [sentenceStart] = sentenceAt(context, paragraph, span.start)
  const inner = text.slice(span.innerStart, span.innerEnd)
  if (sentenceStart === span.start || wordCount(inner) < minContinuedWords || isTitleCase(inner))
    return null
  if (/[“”"]|''/.test(text.slice(sentenceStart, span.start))) return null
  // (`In the depths of the recession, Paul Ryan worried …`: past an opening phrase of time or place.)
  const opening = openingPhrase.exec(text.slice(sentenceStart, span.start))
  const leadStart = sentenceStart + (opening?.[0].length ?? 0)
  const lead = text.slice(leadStart, span.start)
  const subject = namedSubject.exec(lead)
  const name = subject?.[1]
  if (!subject || !name) return describedSubject(text, sentenceStart, leadStart, span.start)
  if (
    subject[0].match(/\s(?:was|is|has|does|goes|gets)$/) ||
    !isNamedSubject(text, name, sentenceStart)
  )
    return null
  const start = leadStart + subject[0].indexOf(name)
  return { start, end: start + name.length }
}

/** Is a subject found by pattern a name (not `The`, `While President Trump`, `Democrats`, `Evidence`)? */
function isNamedSubject(text: string, name: string, sentenceStart: number): boolean {
  return (
    !notNamedSubjects.test(name) &&
    !/^(?:While|Whilst|As|If|Although|Though|Now|Only|Even|Once|Since|It)\b/.test(name) &&
    !isGroupWord(name) &&
    namesSomeone(text, name, sentenceStart)
  )
}

// The first past form in a lead-in, after the subject and any phrase set off: `slammed`, `fanned`.
const pastForm = /(?:^|\s)(?!(?:who|which|that)\s)\p{Ll}{3,}ed(?=\s)/u
// The name that ends a subject phrase: `Former secretary of state Madeleine Albright`.
const nameAtEnd =
  /(?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+$/u

/**
 * The subject before the lead-in's first past form, when it ends in a name:
 *
 *     Swanson, who is a pastor in Colorado, slammed the Scouts for promoting “…”
 *     Former secretary of state Madeleine Albright, a Clinton supporter, fanned controversy over “…”
 */
function describedSubject(
  text: string,
  sentenceStart: number,
  leadStart: number,
  end: number,
): Range | null {
  const verb = pastForm.exec(text.slice(leadStart, end))
  // (Not where a cue stands that found no speaker: `Asked whether he thought the BBC should
  // have screened it he said: “…”`.)
  if (!verb || verbsIn(text, leadStart, end).length > 0) return null
  const verbStart = leadStart + verb.index + verb[0].length - verb[0].trimStart().length
  const subject = subjectBefore(text, leadStart, verbStart)
  if (!subject) return null
  const name = nameAtEnd.exec(text.slice(subject.start, subject.end))?.[0]
  return name && isNamedSubject(text, name, sentenceStart) ? subject : null
}

// `In the depths of the recession, ` · `Moreover, as part of the exchange, ` · `But even then, `
const openingPhrase =
  /^(?:(?:Moreover|However|Meanwhile|Still|Instead|Also|Then|But|And|Yet)\b(?:\s+even\s+then)?,?\s+)?(?:(?:In|On|At|After|Before|During|Earlier|Later|Last|This|Since|For|Asked|Speaking|as|in|on|at|after|during)\b[^,“”"]{0,80},\s+)?/
const titled = /^(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Prof|Pres)\.?\s/

/**
 * Does a sentence's subject name someone: a pronoun, a title and a name, a full name, or a
 * surname given in full before (`Romney` after `Mitt Romney`); not `Evidence` or `Ballot`.
 */
function namesSomeone(text: string, name: string, before: number): boolean {
  if (/^(?:He|She|They)$/.test(name) || titled.test(name)) return true
  const words = name.split(/\s+/)
  const last = words.at(-1) ?? ''
  // `Councillor Tom Baker`, `Rod Stewart`; not `Wall Street` or `Now Bishop`.
  if (words.length > 1)
    return (
      !commonWords.has(last.toLowerCase()) ||
      words.slice(0, -1).some((word) => givenNames.has(lexiconKey(word)))
    )
  // (`Baker` after `Tom Baker`: a given name before a word of the lexicon; not `Court` after
  // `Supreme Court`.)
  return firstFullName(text, last) < before
}

// A cue that opens its sentence, before its speaker: `Said Dorothy Poynter, who grew up with Ali, “…”`.
// Not `Asked`: `Asked a direct question about this, Clinton said, “…”` opens with a participle.
const openingCue = /^(?:Said|Says|Added|Adds|Stated|Wrote|Writes|Explained|Noted|Recalled)\s+/

function invertedOpening(
  text: string,
  sentenceStart: number,
  end: number,
): { cue: Range; speaker: Range } | null {
  const opening = openingCue.exec(text.slice(sentenceStart, end))
  if (!opening) return null
  const cue = { start: sentenceStart, end: sentenceStart + opening[0].trimEnd().length }
  const speaker = subjectAfter(text, sentenceStart + opening[0].length, end)
  return speaker ? { cue, speaker } : null
}

/**
 * The previous paragraph ends with a colon: its cue's subject speaks
 * (`Smith said:`), or with no cue, the subject of its lead-in (`Lopez, a
 * teacher, echoed:`, `The minister released a statement:`), then the quotation;
 * or with a cue and a comma (`As Winfield writes,`).
 */
function colonCue(
  context: Context,
  span: QuotedSpan,
  paragraph: number,
): { cue: Range | null; speaker: Range } | null {
  const { text } = context
  const own = context.paragraphs.get(paragraph)
  const previous = context.paragraphs.get(paragraph - 1)
  const lead = previous ? text.slice(previous.start, previous.end).trimEnd() : ''
  if (!own || !previous || span.start !== own.start || !/[:,]$/.test(lead)) return null
  const [sentenceStart] = sentenceAt(context, paragraph - 1, previous.end - 1)
  const verb = verbsIn(text, sentenceStart, previous.end).at(-1)
  // `As Winfield writes,` / `“…”`: a cue and a comma end the line before, as a sentence goes on
  // across a line break (a few words of when or where may follow the verb, no more).
  if (
    lead.endsWith(',') &&
    !(
      verb && /^(?:\s+[\p{L}’'-]+){0,4},$/u.test(text.slice(verb.end, previous.start + lead.length))
    )
  )
    return null
  if (!verb)
    return (
      invertedOpening(text, sentenceStart, previous.end) ??
      verbBeforeColon(text, sentenceStart, previous.end) ??
      issuerOf(text, sentenceStart, previous.end)
    )
  const speaker = cueSubject(text, sentenceStart, verb.start)
  return speaker ? { cue: verb, speaker } : null
}

// `The ministry released the following statement:` · `Smith issued a statement:`
const issuesText =
  /\b(?:released|issued|put out|sent|posted|gave|provided|shared)\s+(?:a|an|the|this|her|his|their|its)\s+(?:following\s+|brief\s+|short\s+|written\s+|joint\s+)?(?:statement|message|note|response|comment|comments|remarks)\b/i

/**
 * Who issued the text the lead-in announces: the subject of `issued`
 * (`…, Republican nominee Jo Roe issued the following statement:`), else the
 * sentence's subject.
 */
function issuerOf(
  text: string,
  sentenceStart: number,
  end: number,
): { cue: null; speaker: Range } | null {
  const issued = issuesText.exec(text.slice(sentenceStart, end))
  if (!issued) return null
  const speaker = subjectBefore(text, sentenceStart, sentenceStart + issued.index)
  return speaker ? { cue: null, speaker } : colonSubject(text, sentenceStart, end)
}

/**
 * A lead-in that ends in a verb the cue list lacks: `Lopez, a teacher who
 * drives it daily, echoed:` — its subject, found as for a cue.
 */
function verbBeforeColon(
  text: string,
  sentenceStart: number,
  end: number,
): { cue: null; speaker: Range } | null {
  const verb = /\s(\p{Ll}{2,}ed)\s*:\s*$/u.exec(text.slice(sentenceStart, end))
  if (!verb?.[1]) return null
  const speaker = subjectBefore(text, sentenceStart, sentenceStart + verb.index + 1)
  return speaker ? { cue: null, speaker } : null
}

// ` and `, `, or `: between two quoted pieces of one clause.
const joinedPieces = /^\s*,?\s+(?:and|or)\s+$/

// `,'' one Clinton ad declared - `: a short cue after a quotation, closed by a dash.
const dashedCueAfter = /^\s*(?:[\p{L}.’'-]+\s+){1,5}[\p{L}]+\s+(?:[—–]|--?)\s/u

/**
 * Attribute each quoted span, joining a quotation split around its cue
 * (`“A,” she said, “B.”`, `“A,” she said. “B.”`) into one. A cue before the
 * quotation in its own sentence wins over one after it: in `Cruz said that
 * there is “only one…,” adding that…` the first clause is Cruz's. Titles
 * after a preposition (`in an interview with “Fox News Sunday”`) are left out.
 */
export function attributeDirect(context: Context, spans: QuotedSpan[]): DirectAttribution[] {
  const { text } = context
  const attributions: DirectAttribution[] = []
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]
    if (!span) continue
    const first = span.paragraphs[0] ?? 0
    const last = span.paragraphs.at(-1) ?? first
    const inner = text.slice(span.innerStart, span.innerEnd)
    if (
      isTitleCase(inner) &&
      beforeTitle.test(text.slice(Math.max(0, span.start - 12), span.start))
    )
      continue
    // A colon lead-in without a cue verb yields to a cue after the quotation:
    // `It may matter more: “…,” Isaac Boltansky wrote.`
    const before = leadingCue(context, span, first)
    // `— as many believe, but Moscow denies (it) — “why not …?” asked Dunn`: a cue that an
    // aside closes with a dash yields to one right after the quotation.
    const aside =
      before?.cue &&
      (/^(?:\s+(?:it|this|that|so))?\s*(?:[—–]|--)\s*$/.test(
        text.slice(before.cue.end, span.start),
      ) ||
        // `painting Mr. Trump as a sympathizer - ''…,'' one ad declared - or`: a quotation
        // set off by dashes with its own cue inside them.
        (/^[^“”"\n]*\s(?:[—–]|--?)\s*$/.test(text.slice(before.cue.end, span.start)) &&
          dashedCueAfter.test(text.slice(span.end, span.end + 80))))
        ? trailingCue(context, span, last)
        : null
    const leading = aside ? null : before
    const trailing = aside ?? (leading?.cue ? null : trailingCue(context, span, last))
    const clauseStart = trailing && !leading ? clauseAround(context, span, first) : null
    // `Guns are “a crisis” and “a stain on us all,” Dean said.`: pieces joined by `and` or
    // `or` in one sentence share the cue after the last.
    const next = spans[index + 1]
    const joinedCue =
      !leading &&
      !trailing &&
      next &&
      next.paragraphs[0] === last &&
      joinedPieces.test(text.slice(span.end, next.start))
        ? trailingCue(context, next, next.paragraphs.at(-1) ?? last)
        : null
    // (Not `platitudes about “cohesion” and “diversity”, it says “…”`: that cue leads the next quotation.)
    if (
      next &&
      joinedCue &&
      !/^\s*[:,]?\s*[“"]/.test(text.slice(joinedCue.end, joinedCue.end + 6))
    ) {
      const joinedStart = clauseAround(context, span, first)
      attributions.push({
        kind: joinedStart === null ? 'direct' : 'mixed',
        start: joinedStart ?? span.start,
        end: next.end,
        spans: [span, next],
        cue: joinedCue.cue,
        speaker: joinedCue.speaker,
      })
      index++
      continue
    }
    if (trailing && clauseStart !== null) {
      // `That would create a “summer of agony” for Clinton, Bannon said`: the clause runs on to the cue.
      const cueFrom = Math.min(
        trailing.cue?.start ?? trailing.speaker.start,
        trailing.speaker.start,
      )
      const rest = text.slice(span.end, Math.max(span.end, cueFrom)).replace(/[\s,]+$/, '')
      attributions.push({
        kind: 'mixed',
        start: clauseStart,
        end: /^\s+\p{Ll}/u.test(rest) ? span.end + rest.length : span.end,
        spans: [span],
        cue: trailing.cue,
        speaker: trailing.speaker,
      })
      continue
    }
    if (trailing) {
      const merged = [span]
      const next = spans[index + 1]
      // `“A,” she said, “B.”` · `“A,” said Peter T. King of New York, who endorsed him. “B.”`
      // — unless B has a cue of its own.
      const between = next ? text.slice(trailing.end, next.start) : ''
      if (
        next &&
        // Not `“Ted Cruz”` in `“A,” Bill Ames, wearing “Ted Cruz” pins, said`: it stands before the cue.
        next.start >= trailing.end &&
        next.paragraphs[0] === last &&
        sentenceEnds(text, trailing.end, next.start) <= 1 &&
        !/[“”"]|''/.test(between) &&
        // `“A,” Ebeling said, and her husband cut in. “B.”`: someone else speaks on.
        !/,\s+(?:and|but|while|whereas|before|when)\s+(?:his|her|their|the|a|an|he|she|they|\p{Lu})/u.test(
          between,
        ) &&
        // `“A,” Anderson said, adding that Sanders is “…”`: a second report, not more of A.
        findSpeechVerbs(text, trailing.end, next.start).length === 0 &&
        !trailingCue(context, next, next.paragraphs.at(-1) ?? last)
      ) {
        merged.push(next)
        index++
      }
      const end = merged.at(-1)?.end ?? span.end
      attributions.push({
        kind: 'direct',
        start: span.start,
        end,
        spans: merged,
        cue: trailing.cue,
        speaker: trailing.speaker,
      })
      continue
    }
    if (leading?.mixed) {
      // Quotations inside the same reported clause belong to it.
      // (Not past another cue: `After Scalia said that they might do better at “less advanced
      // schools,” Trump said: “…”` — the next quotation is Trump's.)
      const spansIn = [span]
      let cutAt: number | null = null
      while ((spans[index + 1]?.start ?? Number.POSITIVE_INFINITY) < leading.mixed.end) {
        const next = spans[index + 1]
        const previousEnd = spansIn.at(-1)?.end ?? span.end
        if (!next) break
        const other = otherSpeakerLeadsIn.exec(text.slice(previousEnd, next.start))?.[1]
        if (other && !text.slice(leading.speaker.start, leading.speaker.end).includes(other)) {
          cutAt = previousEnd
          break
        }
        spansIn.push(next)
        index++
      }
      const end = cutAt ?? Math.max(leading.mixed.end, spansIn.at(-1)?.end ?? span.end)
      attributions.push({
        kind: 'mixed',
        start: leading.mixed.start,
        end,
        spans: spansIn,
        cue: leading.cue,
        speaker: leading.speaker,
      })
      continue
    }
    const cue =
      leading ?? colonCue(context, span, first) ?? previousSentenceCue(context, span, first)
    if (cue) {
      attributions.push({
        kind: 'direct',
        start: span.start,
        end: span.end,
        spans: [span],
        cue: cue.cue,
        speaker: cue.speaker,
      })
      continue
    }
    attributions.push({
      kind: 'direct',
      start: span.start,
      end: span.end,
      spans: [span],
      cue: null,
      speaker:
        previousSentenceSubject(context, span, first) ?? ownSentenceSubject(context, span, first),
    })
  }
  return attributions
}
