import type { QuotedSpan } from './marks.js'
import { type Range, subjectAfter, subjectBefore } from './phrases.js'
import { isVerbAt, speechVerb } from './speech-verbs.js'

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

export interface Context {
  text: string
  /** Sentence ranges of every paragraph, by paragraph index. */
  sentences: Map<number, Array<[number, number]>>
  /** Paragraph ranges by index. */
  paragraphs: Map<number, { start: number; end: number }>
}

const maxCueDistance = 80

function sentenceAt(context: Context, paragraph: number, offset: number): [number, number] {
  const sentences = context.sentences.get(paragraph) ?? []
  return (
    sentences.find(([start, end]) => start <= offset && offset < end) ??
    sentences.at(-1) ?? [offset, offset]
  )
}

function verbsIn(text: string, start: number, end: number): Range[] {
  return [...text.slice(start, end).matchAll(speechVerb)]
    .map((match) => ({ start: start + match.index, end: start + match.index + match[0].length }))
    .filter((verb) => isVerbAt(text, verb.start))
}

/**
 * After the quotation: `“…,” he said.` · `“…,” said Smith.` · `“…,” Hugh Hill,
 * a doctor, said.` · `“…,” the statement said.` · `“…” — Jane Doe` ·
 * `“…,” according to police.`
 */
function trailingCue(
  context: Context,
  span: QuotedSpan,
  paragraph: number,
): { cue: Range | null; speaker: Range; end: number } | null {
  const { text } = context
  const sentenceEnd = Math.min(
    sentenceAt(context, paragraph, span.end - 1)[1],
    span.end + maxCueDistance,
  )
  const windowEnd = Math.max(
    sentenceEnd,
    Math.min(span.end + maxCueDistance, context.paragraphs.get(paragraph)?.end ?? span.end),
  )
  const window = text.slice(span.end, windowEnd)
  // “…” — Jane Doe
  const dash = /^\s*([—–]|--?)\s*(?=\p{Lu})/u.exec(window)
  if (dash) {
    const speaker = subjectAfter(text, span.end + dash[0].length, windowEnd)
    if (speaker) return { cue: null, speaker, end: speaker.end }
  }
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
  if (/^\s*[“"‘]/.test(window)) return null
  const verb = verbsIn(text, span.end, Math.min(sentenceEnd, span.end + maxCueDistance))[0]
  if (!verb) return null
  const between = text.slice(span.end, verb.start)
  if (/[“”"]|[.!?]\s/.test(between)) return null
  if (/^[\s,]*$/.test(between)) {
    const speaker = subjectAfter(text, verb.end, sentenceEnd)
    return speaker ? { cue: verb, speaker, end: speaker.end } : null
  }
  const speaker = subjectBefore(text, span.end, verb.start)
  if (!speaker || !/^[\s,—–-]*$/.test(text.slice(span.end, speaker.start))) return null
  return { cue: verb, speaker, end: verb.end }
}

/**
 * Before the quotation: `Smith said: “…”` · `He told reporters, “…”` ·
 * `According to police, “…”`; or a partial quote inside reported speech,
 * `He said the plan “will fail”`, which makes the quotation `mixed`.
 */
function leadingCue(
  context: Context,
  span: QuotedSpan,
  paragraph: number,
): { cue: Range | null; speaker: Range; mixedStart: number | null } | null {
  const { text } = context
  const [sentenceStart] = sentenceAt(context, paragraph, span.start)
  const according = /\baccording to\s+([^,“”"]{1,60}),\s*$/i.exec(
    text.slice(sentenceStart, span.start),
  )
  if (according) {
    const cueStart = sentenceStart + according.index
    const speaker = subjectAfter(text, cueStart + 'according to '.length, span.start)
    if (speaker)
      return {
        cue: { start: cueStart, end: cueStart + 'according to'.length },
        speaker,
        mixedStart: null,
      }
  }
  const verb = verbsIn(text, sentenceStart, span.start).at(-1)
  if (!verb) return null
  const speaker = subjectBefore(text, sentenceStart, verb.start)
  if (!speaker) return null
  const between = text.slice(verb.end, span.start)
  // `said:` · `said,` · `told reporters:` · `said in a statement,` · `said`
  if (/^(?:\s+[^“”"]{0,60}?)?\s*[:,]\s*$/.test(between) || /^\s*$/.test(between)) {
    return { cue: verb, speaker, mixedStart: null }
  }
  const that = /^\s+that\s+/i.exec(between)
  const mixedStart =
    verb.end + (that ? that[0].length : between.length - between.trimStart().length)
  return { cue: verb, speaker, mixedStart }
}

/** The previous paragraph ends with a colon and a cue: `Smith said:` then the quotation. */
function colonCue(
  context: Context,
  span: QuotedSpan,
  paragraph: number,
): { cue: Range; speaker: Range } | null {
  const { text } = context
  const own = context.paragraphs.get(paragraph)
  const previous = context.paragraphs.get(paragraph - 1)
  if (
    !own ||
    !previous ||
    span.start !== own.start ||
    !text.slice(previous.start, previous.end).trimEnd().endsWith(':')
  )
    return null
  const [sentenceStart] = sentenceAt(context, paragraph - 1, previous.end - 1)
  const verb = verbsIn(text, sentenceStart, previous.end).at(-1)
  if (!verb) return null
  const speaker = subjectBefore(text, sentenceStart, verb.start)
  return speaker ? { cue: verb, speaker } : null
}

/**
 * Attribute each quoted span, joining a quotation split around its cue
 * (`“A,” she said, “B.”`, `“A,” she said. “B.”`) into one. A cue before the
 * quotation in its own sentence wins over one after it: in `Cruz said that
 * there is “only one…,” adding that…` the first clause is Cruz's.
 */
export function attributeDirect(context: Context, spans: QuotedSpan[]): DirectAttribution[] {
  const attributions: DirectAttribution[] = []
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]
    if (!span) continue
    const first = span.paragraphs[0] ?? 0
    const last = span.paragraphs.at(-1) ?? first
    const leading = leadingCue(context, span, first)
    const trailing = leading ? null : trailingCue(context, span, last)
    if (trailing) {
      const merged = [span]
      const next = spans[index + 1]
      const between = next ? context.text.slice(trailing.end, next.start) : ''
      if (next && next.paragraphs[0] === last && /^[\s,;:.]*$/.test(between)) {
        merged.push(next)
        index++
      }
      const end = merged.at(-1)?.end ?? span.end
      attributions.push({ kind: 'direct', start: span.start, end, spans: merged, cue: trailing.cue, speaker: trailing.speaker })
      continue
    }
    const cue = leading ?? colonCue(context, span, first)
    if (cue) {
      const mixedStart = 'mixedStart' in cue ? cue.mixedStart : null
      attributions.push({
        kind: mixedStart === null ? 'direct' : 'mixed',
        start: mixedStart ?? span.start,
        end: span.end,
        spans: [span],
        cue: cue.cue,
        speaker: cue.speaker,
      })
      continue
    }
    attributions.push({ kind: 'direct', start: span.start, end: span.end, spans: [span], cue: null, speaker: null })
  }
  return attributions
}
