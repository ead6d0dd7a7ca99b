import {
  afterQuoteOnlyForms,
  beliefLemmas,
  markedOnlyLemmas,
  openingMarkCues,
  particleVerbHeads,
  reportsWithThat,
  speechVerbForms,
  startedAfterQuoteForms,
  thingObjectRegular,
} from '../data/speech-verbs.js'
import { lowerBound } from '../text/search.js'

/** Speech verb forms, beliefs (`think`, `believe`) left out: they report no words. */
const forms = [...speechVerbForms]
  .filter(([, lemma]) => !beliefLemmas.has(lemma))
  .map(([form]) => form)

const speechForms = new Set(forms)
// Words, with the letters and hyphens around them, so that `re-said` or `saidx` are not verbs.
const word = /[\p{L}-]+/gu
// A quotation closed just before the verb and its subject of up to three words: `“…,” the crowd |chanted`.
// (On the same line: a quotation that closed the paragraph before cues nothing here.)
const closedJustBefore = /[,!?][ \t]*(?:[”"’]|'')[ \t]*(?:[\p{L}.’'-]+[ \t]+){0,3}$/u
const markAfter = /^(?:\s+\p{Ll}+ly)?\s*([,:;.!?—–])/u
const openingMarkAfter = /^\s*[“"‘]/
const markOrThatAfter = /^(?:\s+\p{Ll}+ly)?\s*([,:;.!?—–]|that(?=\s))/u
// A clause, a comma and a subject of up to three words: `…, he |went on.`
const clauseJustBefore = /\p{L},\s+(?:[\p{L}.’'-]+\s+){1,3}$/u
// The particle after a verb's head: `shot| back`, `made| it clear`.
const particle = /^\s+(back|in|on|up|clear|it\s+clear)(?![\p{L}-])/u

interface VerbAt {
  start: number
  end: number
  /** The form in lower case. */
  form: string
}

interface IndexedVerb extends VerbAt {
  /** Written in lower case, as a cue outside a headline is. */
  lowerCase: boolean
}

/**
 * Every word of the text that is a speech verb form in some case, in order,
 * found in one pass per article: a sentence, a clause or a window then asks
 * in log time, instead of scanning its words again (the quotation rules ask
 * many times per sentence).
 */
let indexed: { text: string; verbs: IndexedVerb[] } = { text: '', verbs: [] }

function verbsOf(text: string): IndexedVerb[] {
  if (indexed.text === text) {
    // The same words in another string (an article read twice): keep this one, so that the
    // next look-up compares references, not a megabyte of characters.
    indexed.text = text
    return indexed.verbs
  }
  const verbs: IndexedVerb[] = []
  for (const match of text.matchAll(word)) {
    const head = match[0].toLowerCase()
    let form = head
    let end = match.index + head.length
    if (particleVerbHeads.has(head)) {
      const after = particle.exec(text.slice(end, end + 12))
      if (after?.[1]) {
        form = `${head} ${after[1].replace(/\s+/g, ' ')}`
        end += after[0].length
      }
    }
    const started = startedAfterQuoteForms.has(form)
    if (!speechForms.has(form) && !started) continue
    // `he continued: “…”`, `“…,” reads the statement`, `“…,” Bennett shot
    // back with a laugh` and `he hit back that …` cue; `would continue “to
    // break barriers”` and `he read that …` do not.
    const lemma = lemmaOf(form) ?? ''
    if (markedOnlyLemmas.has(lemma) && !markedBeside(text, match.index, end, form, lemma)) continue
    if (afterQuoteOnlyForms.has(form) || started) {
      // `“…,” Bolton points out.`: the particle is part of the cue.
      const out = /^\s+out(?![\p{L}-])/u.exec(text.slice(end, end + 8))
      if (out) end += out[0].length
      if (!afterQuoteOnly(text, match.index, end)) continue
    }
    // (`Murphy, the head of the PAC, Tweeted on Friday`: the brand's capital inside a sentence.)
    const tweeted =
      /^Tweet(?:ed|s)$/.test(match[0]) &&
      /[,\p{Ll}]\s+$/u.test(text.slice(Math.max(0, match.index - 3), match.index))
    verbs.push({ start: match.index, end, form, lowerCase: match[0] === head || tweeted })
  }
  indexed = { text, verbs }
  return verbs
}

// A quotation closed before the verb and a subject of up to five words: `“…,” a voice-over in the ad |states`.
const closedWithSubjectBefore = /[,!?][ \t]*(?:[”"’]|'')[ \t]*(?:[\p{L}.’'-]+[ \t]+){0,5}$/u
// A quotation closed just before the verb, with no subject between: `“…,” |answers Smith`.
const closedRightBefore = /[,!?][ \t]*(?:[”"’]|'')[ \t]*$/u

/**
 * `“…,” Smith answers.`, `“…,” points out Omar Quist`: a noun-like present
 * after a closed quotation, then a mark or its subject; not `“…?” The question
 * answers itself`, `“…,” she said to laughs.` or `the answers`.
 */
function afterQuoteOnly(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start)
  const closed = closedWithSubjectBefore.exec(before)
  // (Not `“…,” Christie said to laughs.`: a subject, not a clause.)
  if (!closed || /\b(?:to|at|with|by|for|of|said|says)\s/.test(closed[0])) return false
  return closedRightBefore.test(before) || markAfter.test(text.slice(end, end + 24))
}

/** Does a mark stand beside the verb in `[start, end)` that cues only so? */
function markedBeside(
  text: string,
  start: number,
  end: number,
  form: string,
  lemma: string,
): boolean {
  if (openingMarkCues.has(lemma) && openingMarkAfter.test(text.slice(end, end + 4))) return true
  // (`reasoned that` reports too, but `reasons that` is the noun as often: `the same reason that`.)
  const thatReports = reportsWithThat.has(lemma) || /^reason(?:ed|ing)$/.test(form)
  // The mark or `that` after the verb, perhaps past an adverb: `fired back forcefully:`
  const after = (thatReports ? markOrThatAfter : markAfter).exec(text.slice(end, end + 24))?.[1]
  const before = text.slice(Math.max(0, start - 40), start)
  // A verb with a particle ends a sentence as a cue only after the clause it
  // reports: `…, he went on.`, not `the list goes on.`
  if (
    after &&
    (!form.includes(' ') || (after !== '.' && after !== ';') || clauseJustBefore.test(before))
  )
    return true
  return /[”"’']/.test(before) && closedJustBefore.test(before)
}

/**
 * Speech verb forms in `[start, end)`, as whole words: `said`, `told`. In
 * lower case only, unless `anyCase` (a headline: `Trump Says …`).
 */
export function findSpeechVerbs(
  text: string,
  start: number,
  end: number,
  anyCase = false,
): VerbAt[] {
  const verbs = verbsOf(text)
  const found: VerbAt[] = []
  for (let index = lowerBound(verbs, start, (verb) => verb.start); index < verbs.length; index++) {
    const verb = verbs[index]
    if (!verb || verb.end > end) break
    if (anyCase || verb.lowerCase) found.push({ start: verb.start, end: verb.end, form: verb.form })
  }
  return found
}

export function lemmaOf(form: string): string | undefined {
  return speechVerbForms.get(form.toLowerCase())
}

/** Verbs whose object is the listener, before the content: `told reporters (that) …`. */
export const listenerVerbs: ReadonlySet<string> = new Set([
  'tell',
  'inform',
  'assure',
  'brief',
  'warn',
  'urge',
  'ask',
  'promise',
  'remind',
])

// `Mr. Trump's comments`, `The strong jobs report`: forms that are nouns too, and an article
// with its modifiers before them.
const nounForms = /^(?:comments|remarks|reports?|claims|statements?)\b/
const articleThenWords =
  /(?:^|\s)(?:a|an|the|his|her|their|its|this|these|those)\s+(?:[\p{L}-]+\s+){1,2}$/iu
// `no mention of`, `the statement`, `a warning`, `in a post`: the word is a noun there.
const nounBefore =
  /(?:^|\s)(?:a|an|the|no|any|his|her|their|its|our|my|your|this|that|of|in|for|with|to)\s+$/i

/** A passive's auxiliary right before a verb form: `is said`, `was asked by`. */
export const passiveBefore = /\b(?:is|are|was|were|been|being)\s+$/

/** Is the verb form at `start` used as a verb (not `no mention`, not `to say`)? */
export function isVerbAt(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start)
  // `the 10-year Treasury note fell`: `note` after a name is the noun (`Smith notes` the verb);
  // `one of the most elaborate`: an adjective after a degree.
  const word = /^\p{L}+/u.exec(text.slice(start, start + 12))?.[0] ?? ''
  if (
    word === 'note' &&
    /(?:\p{Lu}[\p{L}-]*|\d)\s+$/u.test(before) &&
    !/(?:\b(?:They|We|You|I)|s)\s+$/.test(before)
  )
    return false
  if (word === 'elaborate' && /\b(?:most|more|less|very|so|too|an)\s+$/.test(before)) return false
  // `Let's say we resign ourselves to …`: supposing, no one's report.
  if (word === 'say' && /\b(?:[Ll]et['’]s|[Ll]et\s+us)\s+$/.test(before)) return false
  // `Mr. Trump's comments signal …`, `The strong jobs report has …`: a form that is a noun too,
  // after an owner or after an article and its modifiers. (Not `The ad claims “…”`, `The
  // company reports that …`: a verb goes on to what is said.)
  const lead = text.slice(Math.max(0, start - 40), start)
  const next = text.slice(start + word.length, start + word.length + 8)
  if (
    nounForms.test(text.slice(start, start + 12)) &&
    (/['’]s\s+$/.test(before) || articleThenWords.test(lead)) &&
    !/^\s*[:,]?\s*[“"‘]/.test(next) &&
    !(
      /s$/.test(word) &&
      /^\s+that\s/.test(next) &&
      /(?:^|\s)(?:the|its|his|her|their)\s+[\p{L}-]+\s+$/iu.test(lead)
    )
  )
    return false
  // `The owners are said to be considering an offer`: reportedly, by no one named.
  if (passiveBefore.test(before) && /^said\s+to\s/.test(text.slice(start, start + 10))) return false
  // `went on to say` and `continued to warn` report; `declined to say`, `a statement` do not.
  return (
    !nounBefore.test(before.slice(-8)) ||
    goesOnTo.test(text.slice(Math.max(0, start - 72), start)) ||
    documentThat.test(before)
  )
}

// The texts a cue can frame: `a statement saying`, `a video that said`, `his op-ed`.
export const framedTexts =
  'statement|letter|email|e-mail|tweet|post|message|note|memo|release|video|ad|op-ed|report'
// …and the texts a body adopts, which say things only in a clause of their own: `the resolution
// which said`, `a motion that reads`.
export const adoptedTexts = 'resolution|motion|petition'
// `a video that said`, `a letter which reads`: `that` opens a relative clause about a text.
const documentThat = new RegExp(
  String.raw`\b(?:${framedTexts}|${adoptedTexts})\s+(?:that|which)\s+$`,
)

/**
 * A verb phrase before a cue verb that makes it report: `continued to`, `went on to`, `was prompted
 * to`, `was quoted as` (`saying`), `is reported to have` (`said`), `took to Twitter to` (`say`).
 */
export const goesOnTo =
  /\b(?:(?:(?:went|goes|go)\s+on|continu(?:e|es|ed)|(?:prompted|moved|compelled|quick|eager|careful))\s+to|(?:beg[au]n|begins?|start(?:s|ed)?|end(?:s|ed)?|open(?:s|ed)?|clos(?:e|es|ed)|respond(?:s|ed)?|repl(?:y|ies|ied)|conclud(?:e|es|ed))\s+by|(?:is|was|were|are|been)\s+(?:also\s+)?quoted(?:\s+by\s+[^,.;:“”"]{1,40}?)?\s+as|(?:is|was|were|are)\s+reported\s+to\s+have|(?:took|takes|take|taking)\s+to\s+(?:Twitter|X|Facebook|Instagram|TikTok|social\s+media|the\s+airwaves|the\s+(?:Senate|House)\s+floor)\s+to)\s+$/

/** Verbs that take a thing as object: they report words only with `that` (`wrote that …`). */
export const objectVerbs: ReadonlySet<string> = new Set([
  'write',
  'read',
  'post',
  'text',
  'email',
  'quote',
  'order',
  'direct',
  'rule',
  'charge',
  ...thingObjectRegular,
])
