import type { VFile } from 'vfile'
import { organizationWords } from '../data/organizations.js'
import { namingLemmas } from '../data/speech-verbs.js'
import { surnameTitles, titleWords } from '../data/titles.js'
import type { ArticleTree } from '../data-map.js'
import { entityByHandle } from '../entities/by-handle.js'
import { isPersonWord } from '../entities/classify.js'
import { singular } from '../entities/split-title.js'
import { positionOf } from '../position.js'
import {
  attributeDirect,
  type Context,
  type DirectAttribution,
  isNicknameBetweenNames,
  isTitleCase,
  sentenceAt,
} from '../quotes/direct.js'
import { findIndirect } from '../quotes/indirect.js'
import { findQuotedSpans, type QuotedSpan } from '../quotes/marks.js'
import {
  bodyNouns,
  cleanSpeaker,
  documentWords,
  oneOfThem,
  quantifiers,
  type Range,
  shareOpening,
  shortQuoted,
  speakingParticiples,
  wordCount,
} from '../quotes/phrases.js'
import { SpeakerResolver } from '../quotes/resolve.js'
import { findSpeechVerbs, lemmaOf, passiveBefore } from '../quotes/speech-verbs.js'
import { transcriptTurns } from '../quotes/transcript.js'
import { lowerBound } from '../text/search.js'
import { sentenceEnds, splitSentences } from '../text/sentences.js'
import type { Entity, Quote, QuoteKind, SocialPost, Speaker, SpeakerKind } from '../types.js'

// The headline's place among the paragraphs: never one before paragraph 0,
// so that no quotation of the body reads as continuing it.
const headlineIndex = -2

interface Draft {
  kind: QuoteKind
  start: number
  end: number
  /** The pieces between marks, as source ranges; none for indirect speech. */
  segments: Range[]
  paragraphs: number[]
  cue: Range | null
  speaker: Range | null
  /** A transcript's label (`TAPPER:`): a name as written, in capitals, that no cleaning touches. */
  labelled?: true
}

/**
 * Quotations and their speakers: direct quotes in any marks, reported
 * speech, and partial quotes inside it. Reads paragraphs, posts and
 * entities; writes `file.data.quotes`.
 */
export function quotes() {
  return (_tree: ArticleTree, file: VFile): undefined => {
    const text = String(file.value)
    const body = (file.data.paragraphs ?? []).filter((paragraph) => paragraph.kind === 'body')
    const ranges = body.map((paragraph) => ({
      index: paragraph.index,
      start: paragraph.position.start.offset,
      end: paragraph.position.end.offset,
    }))
    // `Obama says Trump modeling policies on Putin.`: a headline reports speech too.
    const headline = file.data.headlineRange
    if (headline) ranges.unshift({ index: headlineIndex, ...headline })
    const context: Context = { text, ...byParagraph(text, ranges) }
    // (`Joko “Jokowi” Widodo`: a nickname is no quotation, only a fragment to report.)
    const fragments: Range[] = []
    const spans = findQuotedSpans(text, ranges).filter((span) => {
      const nickname = isNicknameBetweenNames(text, span)
      if (nickname) fragments.push(span)
      return !nickname
    })
    for (const span of spans) {
      if (!span.unclosed) continue
      file.message('Unexpected quotation without a closing mark: it ends with its paragraph', {
        place: positionOf(file, span.start, span.start + 1),
        ruleId: 'quote-unclosed',
        source: 'newsparse',
      })
    }

    const drafts = directDrafts(context, attributeDirect(context, spans), fragments)
    for (const fragment of fragments) {
      file.info('Cannot take a quoted fragment, title or nickname for a quotation', {
        place: positionOf(file, fragment.start, fragment.end),
        ruleId: 'quote-fragment',
        source: 'newsparse',
      })
    }
    drafts.push(...continuedClauses(context, drafts, spans))
    drafts.push(...turnDrafts(text, ranges, drafts, file.data.entities ?? []))
    const quoted = drafts.toSorted((a, b) => a.start - b.start)
    const quotedStarts = quoted.map((draft) => draft.start)
    const quotedSpans = new Ranges(spans)
    for (const range of ranges) {
      // (Split again, not kept: most paragraphs hold no quotation that would ask for them.)
      for (const whole of splitSentences(text, range.start, range.end)) {
        // Reports are looked for around the quotations of the sentence: `He says
        // he respects Clinton and calls her “…”` · `“We will win,” Ruiz said,
        // and she added that the count would take a week.`
        for (const segment of freeSegments(whole, quoted, quotedStarts)) {
          // `While Ramos said that X, he appears uneasy when asked about Y`: a
          // sentence can hold more than one report; look again after each.
          let from = segment.start
          let previous = segment.after?.speaker ?? null
          const next = quoted[lowerBound(quotedStarts, segment.end, (value) => value)]
          const nextCue = next?.start === segment.end ? next.cue : null
          // At most a few reports a sentence, so that a sentence of thousands stays linear.
          for (let report = 0; report < maxReportsPerSentence && from < segment.end; report++) {
            const found = findIndirect(text, [from, segment.end], previous)
            if (!found) break
            // Next to a quotation only a report after its cue counts. Before
            // one, `In a swipe at Trump, Clinton said, “…”` and `Clinton said
            // on Twitter, in reference to her child, “…”` are its lead-in.
            // (But a report with a cue before the quotation's own is none: `X will speak, Smith
            // said, adding that he would address his “gender gap.”` · `…, Nefzi said, adding, “…”`)
            // (`…, Smith said, adding`: the speaker before the cue; not `The chancellor, Lord
            // Falconer, agreed the act …`, which reads as `agreed` and a speaker after it.)
            const ownReport =
              nextCue !== null &&
              nextCue.start > found.cue.end &&
              found.speaker !== null &&
              found.content.end < found.speaker.start &&
              found.speaker.end <= found.cue.start
            const beside = segment.after !== null || (segment.end < whole[1] && !ownReport)
            if (beside && found.content.start < found.cue.start) break
            if (
              segment.end < whole[1] &&
              /^[\s,:;—–-]*$/.test(text.slice(found.content.end, segment.end))
            )
              break
            previous = found.speaker
            // A partial quotation the cue did not take: the reported clause is mixed.
            // (Not a title or a nickname: `said he still watches “Garden Hour”` reports no words.)
            const quoted = quotedSpans.within(found.content.start, found.content.end)
              ? segmentsWithin(context, spans, found.content.start, found.content.end)
              : []
            // (`called his rival “Little Tommy”`: a nickname given is words said.)
            const naming = namingLemmas.has(
              lemmaOf(text.slice(found.cue.start, found.cue.end)) ?? '',
            )
            const partial = quoted.length > 0 && (naming || !allTitled(text, quoted))
            drafts.push({
              kind: partial ? 'mixed' : 'indirect',
              start: found.content.start,
              end: found.content.end,
              segments: partial ? quoted : [],
              paragraphs: [range.index],
              cue: found.cue,
              speaker: found.speaker,
            })
            from = Math.max(found.content.end, found.cue.end, found.speaker?.end ?? 0) + 1
          }
        }
      }
    }
    drafts.sort((a, b) => a.start - b.start)
    continueSpeakers(context, drafts)
    // A quotation keeps its words when the phrase before its cue names nobody; it loses the speaker.
    for (const draft of drafts)
      if (draft.speaker && !draft.labelled) draft.speaker = cleanSpeaker(text, draft.speaker)
    speakersBeforeAddition(context, drafts)

    const resolver = new SpeakerResolver(
      text,
      file.data.entities ?? [],
      spans.map((span) => ({ start: span.start, end: span.end })),
    )
    const posts = file.data.social ?? []
    const postKeys = posts.map((post) => ({ post, key: postKey(post.text) }))
    file.data.quotes = drafts.map((draft, index): Quote => {
      const id = `q${index + 1}`
      const quoted = draft.segments.map(({ start, end }) => text.slice(start, end)).join(' ')
      const post = draft.kind === 'indirect' ? null : postRepeated(quoted, draft.start, postKeys)
      let entity = draft.speaker ? resolver.resolveInOrder(draft.speaker) : null
      if (
        post &&
        (entity === null ||
          draft.speaker === null ||
          /^(?:he|she|they)$/i.test(text.slice(draft.speaker.start, draft.speaker.end)))
      ) {
        entity = entityByHandle(file.data.entities ?? [], post.author.handle) ?? entity
      }
      if (!draft.speaker) {
        file.info('Cannot find who said this quotation', {
          place: positionOf(file, draft.start, draft.end),
          ruleId: 'quote-no-speaker',
          source: 'newsparse',
        })
      }
      const segments = draft.segments.map(({ start, end }) => ({
        text: text.slice(start, end),
        position: positionOf(file, start, end),
      }))
      return {
        id,
        kind: draft.kind,
        // `“We are happy,” Jones said. “It took a long time.”` → `We are happy, It took a long time.`;
        // indirect speech, with no segments, is its reported clause.
        text:
          segments.length > 0
            ? segments.map((segment) => squeeze(segment.text)).join(' ')
            : squeeze(text.slice(draft.start, draft.end)),
        segments,
        position: positionOf(file, draft.start, draft.end),
        paragraphs: draft.paragraphs.filter((index) => index !== headlineIndex),
        cue: draft.cue
          ? {
              text: text.slice(draft.cue.start, draft.cue.end),
              position: positionOf(file, draft.cue.start, draft.cue.end),
            }
          : null,
        speaker: draft.speaker
          ? speakerOf(file, text, draft.speaker, entity, draft.labelled === true)
          : null,
        post: post?.id ?? null,
      }
    })
  }
}

/**
 * Paragraph ranges by index, in an array (a map of a million one-line
 * paragraphs was the plugin's main cost), and each paragraph's sentences,
 * split when first asked for.
 */
function byParagraph(
  text: string,
  ranges: Array<{ index: number; start: number; end: number }>,
): Pick<Context, 'paragraphs' | 'sentences'> {
  // Body paragraphs by index (boilerplate leaves holes); the headline's index is negative.
  const body: Array<{ start: number; end: number } | undefined> = []
  let headline: { start: number; end: number } | undefined
  for (const range of ranges)
    if (range.index === headlineIndex) headline = range
    else body[range.index] = range
  const paragraphAt = (index: number) =>
    index === headlineIndex ? headline : index >= 0 ? body[index] : undefined
  // Few paragraphs are asked for: a map of those alone.
  const split = new Map<number, Array<[number, number]>>()
  return {
    paragraphs: { get: paragraphAt },
    sentences: {
      get(index) {
        const range = paragraphAt(index)
        if (range === undefined) return undefined
        let sentences = split.get(index)
        if (sentences === undefined) {
          sentences = splitSentences(text, range.start, range.end)
          split.set(index, sentences)
        }
        return sentences
      },
    },
  }
}

/**
 * `TAPPER: Do you think …?`: each turn of a transcript is a direct quotation
 * of the labelled speaker, its one segment the words after the label. A turn
 * that holds a quotation found already is left to it.
 */
function turnDrafts(
  text: string,
  ranges: Array<{ index: number; start: number; end: number }>,
  drafts: Draft[],
  entities: readonly Entity[],
): Draft[] {
  const taken = drafts.map((draft) => draft.start).sort((a, b) => a - b)
  // `CLINTON:` after `Hillary Clinton`: a label that is a word of a person's name names them.
  // (Gathered only when a paragraph opens with a label: few articles are transcripts.)
  let named: Set<string> | undefined
  const isNamed = (word: string) => {
    named ??= new Set(
      entities
        .filter((entity) => entity.type === 'person')
        .flatMap((entity) => entity.name.toLowerCase().split(/\s+/)),
    )
    return named.has(word)
  }
  return transcriptTurns(text, ranges, isNamed)
    .filter((turn) => {
      const at = lowerBound(taken, turn.label.start, (start) => start)
      return (taken[at] ?? Number.POSITIVE_INFINITY) >= turn.words.end
    })
    .map((turn) => ({
      kind: 'direct',
      start: turn.label.start,
      end: turn.words.end,
      segments: [turn.words],
      paragraphs: [turn.paragraph],
      cue: null,
      speaker: turn.label,
      labelled: true as const,
    }))
}

/**
 * Direct quotations as drafts: a quotation with no cue that fills its own
 * paragraph continues the speaker of the quotation before it; one with no
 * cue that is short and no sentence (`“woke”`, a title, a nickname) is no
 * quotation at all.
 */
function directDrafts(
  context: Context,
  attributions: DirectAttribution[],
  fragments: Range[],
): Draft[] {
  const drafts: Draft[] = []
  let previous: Draft | null = null
  for (const attribution of attributions) {
    const first = attribution.spans[0]
    if (!first) continue
    let { speaker, cue } = attribution
    const paragraph = first.paragraphs[0] ?? 0
    if (!speaker) {
      // A quotation with no cue goes on for the speaker before it: when it
      // opens the next paragraph, or follows in the same one after a sentence
      // of theirs (`“A,” he said during the debate. “B.”`).
      const opensParagraph = context.paragraphs.get(paragraph)?.start === first.start
      const follows = previous !== null && (previous.paragraphs.at(-1) ?? -2) >= paragraph - 1
      const sameParagraphSoon =
        previous !== null &&
        previous.paragraphs.at(-1) === paragraph &&
        soonAfter(context.text, previous.end, first.start)
      if (previous && ((opensParagraph && follows) || sameParagraphSoon)) {
        speaker = previous.speaker
        cue = null
      } else if (isScareQuote(context.text, first)) {
        // `the “big tent” approach`, a title or a nickname: findable as a message, not listed.
        fragments.push({ start: first.start, end: attribution.spans.at(-1)?.end ?? first.end })
        continue
      }
    }
    const segments = attribution.spans.flatMap((span) => piecesOf(context, span))
    // A fragment reported with a cue (`which he called “a cartel on wheels”`) is mixed;
    // one with none (`the party's “big tent”`) is no quotation.
    const fragment = attribution.kind === 'direct' && isFragment(context.text, segments)
    // `enjoys “Modern Family.”`, `praised “Mission Control”`: a title of a few words is named,
    // not said.
    // (But `Fans chanted “Stop Whitby”`: a chant is words said.)
    const chanted = /^(?:chant|shout|yell|scream|cry|sing|boom)$/.test(
      cue ? (lemmaOf(context.text.slice(cue.start, cue.end)) ?? '') : '',
    )
    const titled =
      !chanted && allTitled(context.text, segments) && isFragment(context.text, segments)
    if ((fragment && !(cue && speaker)) || titled) {
      fragments.push({ start: first.start, end: attribution.spans.at(-1)?.end ?? first.end })
      continue
    }
    const draft: Draft = {
      kind: fragment ? 'mixed' : attribution.kind,
      start: attribution.start,
      end: attribution.end,
      segments,
      paragraphs: [...new Set(attribution.spans.flatMap((span) => span.paragraphs))],
      cue,
      speaker,
    }
    drafts.push(draft)
    if (draft.speaker) previous = draft
  }
  return drafts
}

/**
 * Does a quotation at `to` follow the one ending at `from` soon enough to go on for its speaker:
 * in its sentence or the next, or after one sentence more that names no one else and reports
 * nothing (`“A,” she says. And it threw him for a loop. “B.”`)?
 */
function soonAfter(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to)
  // (`…, said Jo Hooton, before a “No-B.S.” barbecue hosted by the senator. “B.”`: a quoted word
  // or two is no quotation between.)
  if (/[“”"]/.test(between.replace(shortQuoted, ''))) return false
  const sentences = sentenceEnds(text, from, to)
  return sentences <= 1 || (sentences === 2 && quietSentenceBetween(between))
}

// ` she says. And it threw him for a loop. ` · ` said Ortega. But the poster has not hurt sales. `:
// the end of the sentence before, then one whose subject is a pronoun or a thing.
const sentenceBetween =
  /^[^.!?“”"]*[.!?]\s+(?:(?:And|But|So|Then|Yet|Still)\s+)?(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]here|[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+\p{Ll}[\p{Ll}-]*)\s(?:[^.!?]|\.(?=\p{L}|\s+\p{Ll}))*[.!?]\s*$/u

/** A sentence between two quotations that names no other speaker and reports nothing. */
function quietSentenceBetween(between: string): boolean {
  if (!sentenceBetween.test(between) || personOpens(between, false)) return false
  const second = between.search(/[.!?]\s/) + 1
  return findSpeechVerbs(between, second, between.length).length === 0
}

// `“…,” the RNC member said, adding that small donors may not be sympathetic.`
const addedClause =
  /^[\s,]*(?:and\s+)?(adding|saying|noting|arguing|explaining|insisting|warning|added|noted|said)\s+(?:that\s+)?/

// `said that`, `told POLITICO that`, `told reporters that`: the cue goes on to a clause of its own.
const cueReportsThat =
  /^\s+(?:(?:\p{Lu}[\p{L}.!’'&-]*\s+){1,3}|(?:reporters|him|her|them|us|me)\s+)?that\s+/u

/**
 * A reported clause that goes on from a quotation's cue, for the same
 * speaker — unless a cued quotation already holds it.
 */
function continuedClauses(context: Context, drafts: Draft[], spans: QuotedSpan[]): Draft[] {
  const { text } = context
  const cued = new Ranges(drafts.filter((draft) => draft.cue))
  return drafts.flatMap((draft): Draft[] => {
    const paragraph = draft.paragraphs.at(-1)
    if (paragraph === undefined || !draft.speaker || !draft.cue) return []
    const after = Math.max(draft.end, draft.cue.end, draft.speaker.end)
    const sentence = [sentenceAt(context, paragraph, after)].find(
      ([start, end]) => start <= after && after < end,
    )
    if (!sentence) return []
    const rest = text.slice(after, sentence[1])
    // `Citing “family reasons,” the spokeswoman said that …`, `… told POLITICO that …`: the cue's
    // own report, after a quotation set before it (not `The court was informed that …`: a
    // passive's subject heard it).
    const cueThat =
      draft.cue.end === after &&
      !passiveBefore.test(text.slice(Math.max(0, draft.cue.start - 12), draft.cue.start))
        ? cueReportsThat.exec(rest)
        : null
    // Else `…, adding that …`: the participle or verb of the added clause is its cue.
    const clause = cueThat ?? addedClause.exec(rest)
    const cueText = cueThat ? undefined : clause?.[1]
    if (!clause || (!cueThat && cueText === undefined)) return []
    const cueStart = after + clause[0].indexOf(cueText ?? '')
    const cue =
      cueText === undefined ? draft.cue : { start: cueStart, end: cueStart + cueText.length }
    const start = after + clause[0].length
    let end = sentence[1]
    while (end > start && /[\s.!?;:,”"]/.test(text.charAt(end - 1))) end--
    const words = text.slice(start, end).split(/\s+/).length
    if (words < 3 || /[“"]/.test(text.charAt(start))) return []
    if (cued.overlaps(start, end)) return []
    const segments = segmentsWithin(context, spans, start, end)
    return [
      {
        kind: segments.length > 0 ? 'mixed' : 'indirect',
        start,
        end,
        segments,
        paragraphs: [paragraph],
        cue,
        speaker: draft.speaker,
      },
    ]
  })
}

const maxReportsPerSentence = 4

/**
 * `Sanders said the plan would fail.` / `“Nobody believes it.”`: a quotation
 * with no speaker that opens the paragraph after a report, or the sentence
 * right after it in its paragraph, goes on for that report's speaker.
 */
function continueSpeakers(context: Context, drafts: Draft[]): void {
  for (const [index, draft] of drafts.entries()) {
    const previous = drafts[index - 1]
    if (draft.speaker || !previous?.speaker || draft.kind === 'indirect') continue
    const paragraph = draft.paragraphs[0] ?? -1
    const opens = context.paragraphs.get(paragraph)?.start === draft.start
    // `Perez says too many women feel guilt. “They feel like a bad mom.”`: the next sentence of
    // the same paragraph, nothing but the report's end between.
    const between = context.text.slice(previous.end, draft.start)
    // (`…, he said. Good information still wins, but only when “the truth is sexier than the
    // lie.”`: or inside that next sentence, which no one else's words open.)
    const next =
      previous.kind === 'indirect' &&
      previous.paragraphs.at(-1) === paragraph &&
      (/^[^\p{L}\p{N}“”"]{0,6}$/u.test(between) ||
        (writersLeadIn.test(between) && !personOpens(between))) &&
      sentenceEnds(context.text, previous.end, draft.start) === 1
    if ((opens && (previous.paragraphs.at(-1) ?? -2) === paragraph - 1) || next)
      draft.speaker = previous.speaker
  }
}

// ` said. Good information can still drive out bad, but usually only when `: the end of the
// report's sentence, then words in lower case after a first one, up to the quotation.
const writersLeadIn = /^[^.!?“”"]*[.!?]\s+\p{Lu}[\p{Ll}’']*(?:[\s,]+[\p{Ll}’'-]+){2,30}\s+$/u

/** ` said. A friend referred to him as `: the next sentence opens with a person of its own. */
function personOpens(between: string, pronouns = true): boolean {
  const opening = /[.!?]\s+((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)/u.exec(between)?.[1] ?? ''
  return opening
    .split(/\s+/)
    .some(
      (word) =>
        isPersonWord(word.toLowerCase()) || (pronouns && /^(?:Let['’]s|They|We|I)$/.test(word)),
    )
}

// Cues that say their speaker has spoken just before: `added`, `continued`, `went on`.
const goesOnLemmas: ReadonlySet<string> = new Set(['add', 'continue', 'go on'])

/**
 * `“He fits the bill.” Souness added: “Walter is a real football person.”`:
 * who adds has just spoken, so the quotation before, with no cue of its own,
 * is theirs — when nothing but the cue's sentence stands between them.
 */
function speakersBeforeAddition(context: Context, drafts: Draft[]): void {
  const { text } = context
  for (const [index, draft] of drafts.entries()) {
    const next = drafts[index + 1]
    if (draft.speaker || draft.cue || draft.kind === 'indirect' || !next?.speaker || !next.cue)
      continue
    const first = next.segments[0]
    if (!first || next.cue.start < draft.end || next.cue.end > first.start) continue
    if (!goesOnLemmas.has(lemmaOf(text.slice(next.cue.start, next.cue.end)) ?? '')) continue
    const between = text.slice(draft.end, first.start)
    if (
      (next.paragraphs[0] ?? -1) - (draft.paragraphs.at(-1) ?? -1) <= 1 &&
      sentenceEnds(text, draft.end, next.cue.start) <= 1 &&
      !/[“”"]|''/.test(between.slice(0, -2))
    )
      draft.speaker = next.speaker
  }
}

/** A stretch of a sentence outside its quotations, and the quotation it follows. */
interface Segment {
  start: number
  end: number
  after: Draft | null
}

/**
 * The stretches of a sentence that no quotation (with its cue and speaker)
 * covers. `sorted` are the quotations by start; only those near the sentence
 * are looked at, so that each sentence costs a binary search.
 */
function freeSegments(sentence: [number, number], sorted: Draft[], starts: number[]): Segment[] {
  const [start, end] = sentence
  // A quotation that starts before the sentence may run into it: look a few back.
  let index = Math.max(0, lowerBound(starts, start, (value) => value) - 4)
  const segments: Segment[] = []
  let from = start
  let after: Draft | null = null
  for (; index < sorted.length; index++) {
    const draft = sorted[index]
    if (!draft || draft.start >= end) break
    const reach = Math.max(draft.end, draft.cue?.end ?? 0, draft.speaker?.end ?? 0)
    if (reach <= from) continue
    if (draft.start > from) segments.push({ start: from, end: draft.start, after })
    from = reach
    after = draft
  }
  if (from < end) segments.push({ start: from, end, after })
  return segments
}

/**
 * Ranges sorted by start, for asking in log time whether any overlaps an
 * interval, or lies within one: a paragraph of ten thousand quotations stays linear.
 */
class Ranges {
  private readonly starts: number[]
  /** The largest end among the first i+1 ranges. */
  private readonly reach: number[]
  private readonly ends: number[]

  constructor(ranges: ReadonlyArray<{ start: number; end: number }>) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start)
    this.starts = sorted.map((range) => range.start)
    this.ends = sorted.map((range) => range.end)
    let reach = Number.NEGATIVE_INFINITY
    this.reach = sorted.map((range) => {
      reach = Math.max(reach, range.end)
      return reach
    })
  }

  /** Does any range start before `end` and end after `start`? */
  overlaps(start: number, end: number): boolean {
    const before = this.countStartingBefore(end)
    return before > 0 && (this.reach[before - 1] ?? Number.NEGATIVE_INFINITY) > start
  }

  /** Does any range lie within `[start, end)`? */
  within(start: number, end: number): boolean {
    for (let index = this.countStartingBefore(start); index < this.starts.length; index++) {
      if ((this.starts[index] ?? end) >= end) return false
      if ((this.ends[index] ?? end + 1) <= end) return true
    }
    return false
  }

  private countStartingBefore(value: number): number {
    return lowerBound(this.starts, value, (start) => start)
  }
}

/**
 * The pieces of a quotation between its marks, one per paragraph it runs
 * over, without the mark that reopens each continued paragraph:
 *
 *     “We will rebuild the bridge.      → We will rebuild the bridge.
 *     “And we will do it by May.”       → And we will do it by May.
 */
function piecesOf(context: Context, span: QuotedSpan): Range[] {
  const { text } = context
  const pieces: Range[] = []
  span.paragraphs.forEach((index, order) => {
    const paragraph = context.paragraphs.get(index)
    if (!paragraph) return
    let start = order === 0 ? span.innerStart : paragraph.start
    if (order > 0) start += /^(?:''|["“‘'«])/.exec(text.slice(start, start + 2))?.[0].length ?? 0
    let end = order === span.paragraphs.length - 1 ? span.innerEnd : paragraph.end
    while (start < end && /\s/.test(text.charAt(start))) start++
    while (end > start && /\s/.test(text.charAt(end - 1))) end--
    if (end > start) pieces.push({ start, end })
  })
  return pieces
}

/** The pieces of the quotations that lie within `[start, end)`: a mixed report's quoted parts. */
function segmentsWithin(
  context: Context,
  spans: QuotedSpan[],
  start: number,
  end: number,
): Range[] {
  const pieces: Range[] = []
  for (let index = lowerBound(spans, start, (span) => span.start); index < spans.length; index++) {
    const span = spans[index]
    if (!span || span.start >= end) break
    if (span.end <= end) pieces.push(...piecesOf(context, span))
  }
  return pieces
}

// Speakers that are one person, or several, when no entity says which.
const personPronouns = /^(?:he|she|i|who)$/i
// `they said` (and `Some said`, `many said`: see `quantifiers`): more than one.
const groupPronouns = /^(?:they|we)$/i

/**
 * The speaker as the record gives it: the mention, what kind of speaker it
 * is, and the name the article gives it, if any. `officials`, `the union`
 * and `the ministry` speak with no name unless the article names them.
 */
function speakerOf(
  file: VFile,
  text: string,
  range: Range,
  entity: Entity | null,
  labelled = false,
): Speaker {
  const phrase = text.slice(range.start, range.end)
  // (A transcript's label is one speaker, whatever its last letter: `RAMOS:`.)
  const kind = labelled && !entity ? 'person' : speakerKind(phrase, entity)
  return {
    text: phrase,
    position: positionOf(file, range.start, range.end),
    kind,
    // `Analysts said`, `Critics say`: a group that no entity names has no name.
    name: entity?.name ?? (kind === 'group' ? null : nameLike(phrase)),
    entity: entity?.id ?? null,
  }
}

// Words that count what follows `of`: `one of the agencies`, `a number of investors`.
const partitives =
  /^(?:one|two|three|four|five|some|many|most|all|none|several|both|each|any|few|half|quarter|third|number|majority|minority|dozens|hundreds|thousands|millions|percent|share|proportion|rest)$/

const qualifierBefore = new RegExp(
  String.raw`\s+(of|for|at|in|from|with|on|called|named|${speakingParticiples})\s+`,
)

/**
 * The noun a speaker phrase is about, before what qualifies it: `a spokesman
 * for the ministry` → spokesman, `an editorial in The Register` → editorial;
 * past a count: `one of the agencies` → agencies.
 */
function headNoun(phrase: string): string {
  const lastWord = (words: string) => (words.split(/\s+/).at(-1) ?? '').replace(/['’]s?$/, '')
  // (`a new group called Voters First`: the noun before the name it is given; `a source speaking
  // to Fox News`: before how it spoke.)
  const [noun = phrase, ...rest] = phrase.split(qualifierBefore)
  const head = lastWord(noun)
  const last = lastWord(phrase)
  // `A Department for Constitutional Affairs spokeswoman`: a name that qualifies the noun after it.
  if (/^\p{Lu}/u.test(head) && /^\p{Ll}/u.test(last)) return last.toLowerCase()
  if (rest[0] === 'of' && partitives.test(head.toLowerCase()))
    return headNoun(rest.slice(1).join(' '))
  return head.toLowerCase()
}

/** `he` and `Jones` are people; `officials` and `they` a group; `the ministry` an organisation. */
function speakerKind(phrase: string, entity: Entity | null): SpeakerKind {
  // A place that speaks is its government.
  if (entity) return entity.type === 'person' ? 'person' : 'organization'
  if (personPronouns.test(phrase)) return 'person'
  // (`42%`, `three-fourths`, `Nearly nine out of 10`: a share of those polled.)
  if (groupPronouns.test(phrase) || quantifiers.test(phrase) || shareOpening.test(phrase))
    return 'group'
  // `One of the women`: one person of a group; `one of the agencies`: a body.
  const one = /^one\s+of\s+/i.exec(phrase)
  if (one) {
    const rest = phrase.slice(one[0].length)
    const each = singular(headNoun(rest))
    if (organizationWords.has(each) || documentWords.test(each)) return 'organization'
    const kind = speakerKind(rest, null)
    return kind === 'group' ? 'person' : kind
  }
  const head = headNoun(phrase)
  if (
    organizationWords.has(head) ||
    organizationWords.has(head.replace(/s$/, '')) ||
    bodyNouns.test(head)
  )
    return 'organization'
  // `the statement`, `the notice`: a text that speaks for whoever issued it, most often a body.
  if (documentWords.test(head)) return 'organization'
  // `officials`, `Seventy-four percent of voters`, `the protesters`: people, more than one.
  if (/^\p{Ll}+s$/u.test(head) && !/ss$/.test(head)) return 'group'
  // `the fishermen`, `firemen`, `the women`: the plural of `-man`.
  if (/^\p{Ll}*(?:men|women|people|children)$/u.test(head)) return 'group'
  return 'person'
}

const maxFragmentWords = 4

/**
 * A direct quotation of four words or fewer that stands inside a clause is a
 * fragment, not a quotation: `it was ''a great honor'' to`, `called it a
 * “badge of honor.”`, `on “Fox and Friends,”`. A short utterance of its own
 * stays one: `“I hope so,” he said.`, `“Out, out, out!”`.
 */
function isFragment(text: string, segments: Range[]): boolean {
  const pieces = segments.map(({ start, end }) => text.slice(start, end))
  if (pieces.some((piece) => wordCount(piece) > maxFragmentWords)) return false
  const [first = ''] = pieces
  const firstStart = segments[0]?.start ?? 0
  // In lower case, or a title: words lifted from a sentence, not a sentence said.
  if (!/^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(first) || (isTitleCase(first) && wordCount(first) > 1))
    return true
  // After words of the same sentence (`the party would “Go Big,”`), not at its start or after a colon.
  const before = text.slice(Math.max(0, firstStart - 40), firstStart).replace(/["“‘'«]+$/, '')
  return /[\p{L}\p{N},;)]\s*$/u.test(before)
}

/** `“Modern Family”`, `“Little Marco”`: every piece a title or a name of two to four words. */
function allTitled(text: string, segments: Range[]): boolean {
  return (
    segments.length > 0 &&
    segments.every(({ start, end }) => {
      const piece = text.slice(start, end)
      return wordCount(piece) >= 2 && wordCount(piece) <= maxFragmentWords && isTitleCase(piece)
    })
  )
}

// `“woke”`, `“The Crown”`, `Dwayne “The Rock” Johnson`, `his “brother.”`:
// with no cue, a short quotation or a title is no quotation.
function isScareQuote(text: string, span: QuotedSpan): boolean {
  const inner = text.slice(span.innerStart, span.innerEnd).trim()
  const words = inner.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
  return words.length < 5 || isTitleCase(inner)
}

function squeeze(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

// Letters, digits, handles and tags only: how a quotation and a post are compared.
const postKey = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}@#]+/gu, '')

/** The post whose words a quotation repeats: one pasted within a few paragraphs of it. */
function postRepeated(
  quoted: string,
  at: number,
  posts: ReadonlyArray<{ post: SocialPost; key: string }>,
): SocialPost | null {
  const words = postKey(quoted)
  if (words.length < 20) return null
  const near = posts.filter(({ post }) => Math.abs(post.position.start.offset - at) < nearPost)
  return (
    near.find(
      ({ key }) =>
        key.length >= 20 && (key.includes(words.slice(0, 40)) || words.includes(key.slice(0, 40))),
    )?.post ?? null
  )
}

const nearPost = 5000

// `You`, `People`, `One`, `Yelling`; a title alone (`Governor`, `PM`): one word that names nobody.
const nobody =
  /^(?:You|One|People|Everyone|Everybody|Someone|Somebody|Nobody|Many|Some|Others|Both|All|Each|\p{Lu}\p{Ll}+ing)$/u

function namesNobody(phrase: string): boolean {
  const word = phrase.toLowerCase()
  // (`King said` may be a surname's: `Peter King`.)
  return nobody.test(phrase) || (titleWords.has(word) && !surnameTitles.has(word))
}

/** A speaker phrase that reads as a name (`Tajul Islam`) stands as one when no entity has it. */
function nameLike(phrase: string): string | null {
  if (
    /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u.test(phrase) &&
    !/^(?:He|She|They|It|We|I)$/.test(phrase) &&
    !oneOfThem.test(phrase) &&
    // `Trump’s Son`: an owner's noun is no name.
    !/\p{L}['’]s\s/u.test(phrase) &&
    !namesNobody(phrase)
  )
    return phrase
  // `harbour master Ivo Brandt`: a description in lower case, then a full name; not
  // `a spokesman for Mr Prescott` or `the Liberal Democrats`.
  if (/^(?:the|a|an)\s|\s(?:of|for|in|at|by|to|from|with|on)\s/i.test(phrase)) return null
  return (
    /\s\p{Ll}[\p{L}'’-]*\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u.exec(
      ` ${phrase}`,
    )?.[1] ?? null
  )
}
