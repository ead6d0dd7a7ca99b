import { boilerplatePatterns } from '../data/boilerplate.js'
import { outletNames } from '../data/byline.js'
import { isBlank, type Line, lineAt, trimRange } from '../text/lines.js'
import { parseByline } from './byline.js'
import { pageChromeLine } from './chrome.js'
import { parseDateLine } from './date-line.js'
import { parseDateline } from './dateline.js'

export interface Headline {
  title: string
  start: number
  end: number
}

const maxTitleLength = 200
const maxTitleWords = 30
const maxStyledTitleWords = 40
// `Clinton Cash Debunks Hillary: Only ‘One or Two Instances’ …`: words quoted in single marks,
// as headlines quote (the body quotes in double ones).
const headlineQuote = /(?:^|\s)‘[^‘’“”]{3,80}’(?=[\s,.:;!?]|$)/u
const maxDekLength = 300
const maxDekWords = 30
const maxStoppedDekWords = 16
// `Talks resume.` · `… ‘cherry-picked.’` · `Wait!`: the line ends a sentence.
const sentenceEnding = /[.!?…]["”’')]*$/
// `Talks resume in Doha,` · `…, who said:`: a clause that goes on.
const clauseGoesOn = /[,:–—-]["”’']*$/
// `Jobs report gives Democrats a lift;`: a print headline whose second deck was cut.
const semicolonEnding = /;["”’']*$/
// `… voted on Tuesday to approve the bill after`: a line cut inside a sentence ends with a word that links.
const endsWithLinkWord =
  /\b(?:the|a|an|to|of|in|on|at|for|with|by|from|and|or|but|that|after|before|as|his|her|their|its|is|was|were|are|has|had|have|be|will|would)$/i
const transcriptTurn = /^\p{Lu}{1,3}:\s/u
// `Which town is popular? Galena in …`, `It is cold. Snow fell …`: two sentences, so prose.
// A full stop after an initial or a short abbreviation (`U.S. Army`, `Mr. Trump`) is no sentence end.
const sentenceEndBefore = (mark: string) =>
  new RegExp(
    String.raw`(?<!\b(?:\p{L}|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|No|Vs|vs|Inc|Co|Corp|Dept|Ft|Mt|Prof|Rev))${mark}["”’')]*\s+["“‘'(]?\p{Lu}\p{Ll}`,
    'u',
  )
const innerSentenceEnd = sentenceEndBefore('[.!?]')
// `Written by a physician. See …`: a first sentence that ends in a full stop.
const innerFullStop = sentenceEndBefore(String.raw`\.`)
// A sentence-case line with a full stop is a headline only when it is much
// shorter than the paragraphs under it (a story's lead is about as long as
// the rest of its paragraphs).
const maxShareOfBody = 0.5
// A sentence-case headline with a full stop is short (`Obama says Trump modeling
// policies on Putin.`); a caption or a lead sentence of twenty words is not one.
const maxFullStopWords = 18
const maxTwoSentenceWords = 12
// A phrase with no full stop under a headline is a dek at a larger share.
const maxDekShareOfBody = 0.75
const minBodyLines = 3
const minBodyLineWords = 4

/**
 * A headline: the first line of the article, short, one sentence at most,
 * not a dateline, followed by body text. Wire copy, newspapers and scrapers
 * write it in every style:
 *
 *     Talks resume in Doha                         no ending
 *     Obama says Trump modeling policies on Putin. a full stop, then a blank line
 *     ICO BOARD SEEN UNLIKELY TO AGREE ON QUOTAS   capitals, the body straight under it
 *
 * A first line that is the story's lead is not one: it continues into the
 * next line, holds two sentences, or (with a full stop, in sentence case) is
 * about as long as the paragraphs that follow.
 */
export function parseHeadline(text: string, from: number): Headline | null {
  const line = lineAt(text, from)
  const [lineStart, lineEnd] = trimRange(text, line.start, line.end)
  // `# Council approves budget`, `**Council approves budget**`: Markdown's marks of a heading
  // or of emphasis are no part of it.
  const [start, end] = withoutMarkdown(text, lineStart, lineEnd)
  const title = text.slice(start, end)
  if (title === '' || title.length > maxTitleLength) return null
  const words = title.split(/\s+/).length
  // `5 things to watch`, `‘Carson is cratering’ while …`, `iTunes now sells …`; not `and then he left.`
  // (`By` alone: a byline whose name the scraper lost; `1 of 4. Rescuers search …`: a gallery's
  // caption.)
  if (
    !/^(?:[^\p{L}]|\p{L}*\p{Lu})/u.test(title) ||
    /^by(?:\s|:?$)/i.test(title) ||
    /^\d{1,2} of \d{1,2}\.\s/.test(title)
  )
    return null
  const styled = isHeadlineCase(title)
  // A headline in Title Case may run long: `New Audio From The Night Of … During The Attack`.
  if (words > (styled ? maxStyledTitleWords : maxTitleWords)) return null
  const next = nextTextLine(text, line.next)
  if (next === null) return null
  const [nextStart, nextEnd] = trimRange(text, next.start, next.end)
  const nextText = text.slice(nextStart, nextEnd)
  const blankBetween = next.start > line.next
  // `DB: What did you see?` / `JR: Nothing moved.`: turns of an interview, not a headline.
  if (transcriptTurn.test(title) && transcriptTurn.test(nextText)) return null
  if (clauseGoesOn.test(title)) return null
  if (semicolonEnding.test(title)) return { title, start, end: line.next }
  // Two sentences make prose, unless styled as a headline or much shorter than the body:
  // `Republicans Finally Confirmed A Judge. Is This Obama’s Last One?`, `Game over. Will he go?`
  if (
    innerSentenceEnd.test(title) &&
    !styled &&
    !(
      blankBetween &&
      words <= maxTwoSentenceWords &&
      // (`Oops! Gunplay didn't disrupt GOP convention.`, but not two statements: `Written by a
      // physician. See our Review Board.`)
      !(/\.["”’')]*$/.test(title) && innerFullStop.test(title)) &&
      muchShorterThanBody(text, next.start, words)
    )
  )
    return null
  // A place or a kicker over a headline, not a dateline over the lead:
  // `HUFFPOLLSTER: A ‘Seismic Shift’ Among Voters`, `Virginia: Man gets 20 years for fraud`.
  if (
    parseDateline(text, start) !== null &&
    !(blankBetween && (styled || !sentenceEnding.test(title)))
  )
    return null
  // A byline or a dateline under it: `Talks resume.` / `By Jane Doe` / `DOHA (Reuters) - …`.
  if (opensBody(text, nextStart)) return { title, start, end: line.next }
  const fullStop = /\.["”’')]*$/.test(title) && !/\.\.["”’')]*$/.test(title)
  if (blankBetween) {
    if (
      fullStop &&
      !styled &&
      !headlineQuote.test(title) &&
      (words > maxFullStopWords || !muchShorterThanBody(text, next.start, words))
    )
      return null
  } else {
    // The line runs straight into the next one: a wrapped sentence goes on in lower case.
    if (/^[\p{Ll}\p{N}(,]/u.test(nextText) && !sentenceEnding.test(title)) return null
    if (fullStop && !styled) return null
    const indented = nextStart - next.start > lineStart - line.start
    // `Council approves cycle lanes` / `Councillors say …` / `Priya Mehta Transport correspondent`:
    // a headline and its dek over a byline or a date.
    // `Senate passes spending bill` / `Vote ends weeks of talks` / (blank) / the lead: a headline
    // and its dek in one block over the body.
    const afterNext = nextTextLine(text, next.next)
    const dekOverByline =
      afterNext !== null &&
      !sentenceEnding.test(title) &&
      (opensBody(text, trimRange(text, afterNext.start, afterNext.end)[0]) ||
        (afterNext.start > next.next &&
          nextText.split(/\s+/).length <= maxDekWords &&
          !clauseGoesOn.test(nextText) &&
          !endsWithLinkWord.test(title)))
    if (
      !styled &&
      !indented &&
      !dekOverByline &&
      !sentenceEnding.test(title) &&
      title.length > 0.75 * nextText.length
    )
      return null
  }
  return { title, start, end: line.next }
}

/**
 * Does a byline (a name alone counts: it stands under a headline), a date line, a dateline or a
 * page's chrome (`Share`, `3 hours ago`, `5 min read`) start at `offset`?
 */
function opensBody(text: string, offset: number): boolean {
  return (
    parseByline(text, offset, true) !== null ||
    parseDateLine(text, offset) !== null ||
    parseDateline(text, offset) !== null ||
    pageChromeLine(text, offset) !== null
  )
}

/**
 * A dek: a second short line under the headline, before the body.
 *
 *     Talks resume in Doha
 *     Negotiators return after a month-long pause
 *
 *     DOHA (Reuters) - …
 *
 * It is one when a byline or a dateline follows it, when it stands in one
 * block with the headline and a blank line follows, or when it is a phrase
 * with no full stop, much shorter than the paragraphs under it.
 */
export function parseDek(text: string, from: number, attached: boolean): Headline | null {
  const line = lineAt(text, from)
  const [start, end] = withoutMarkdown(text, ...trimRange(text, line.start, line.end))
  const dek = text.slice(start, end)
  if (dek === '' || dek.length > maxDekLength || /^by\s/i.test(dek)) return null
  // `Image copyright Getty Images`, `Share this with`: the page's furniture, not a dek.
  if (boilerplatePatterns.some((pattern) => pattern.test(dek))) return null
  const words = dek.split(/\s+/).length
  if (words > maxDekWords || clauseGoesOn.test(dek) || opensBody(text, start)) return null
  const next = nextTextLine(text, line.next)
  if (next === null) return null
  const nextStart = trimRange(text, next.start, next.end)[0]
  if (opensBody(text, nextStart)) return { title: dek, start, end: line.next }
  // Headline and dek in one block, the body after a blank line:
  //     Jobs report gives Democrats a lift;
  //     Solid upturn could blunt Republican claims.
  //
  //     The economy added …
  // (Not a lead of twenty words under the headline: a dek that ends a sentence is short.)
  if (
    attached &&
    next.start > line.next &&
    !(sentenceEnding.test(dek) && words > maxStoppedDekWords)
  )
    return { title: dek, start, end: line.next }
  if (sentenceEnding.test(dek) || innerSentenceEnd.test(dek)) return null
  if (words > maxTitleWords || !muchShorterThanBody(text, next.start, words, maxDekShareOfBody))
    return null
  return { title: dek, start, end: line.next }
}

/** `## Title` → `Title`, `**Title**` → `Title`: the range inside Markdown's marks. */
function withoutMarkdown(text: string, start: number, end: number): [number, number] {
  const line = text.slice(start, end)
  const heading = /^#{1,6}[ \t]+(?=\S)/.exec(line)?.[0].length ?? 0
  const marks = /^(\*\*|__|\*|_)(?=\S).*\S\1$/.exec(line.slice(heading))?.[1]?.length ?? 0
  return [start + heading + marks, end - marks]
}

/** The next line that is not blank, from `from` on, or null. */
function nextTextLine(text: string, from: number): Line | null {
  let offset = from
  while (offset < text.length) {
    const line = lineAt(text, offset)
    if (!isBlank(text, line.start, line.end)) return line
    offset = line.next
  }
  return null
}

// Words that Title Case leaves in lower case: `Talks Resume in Doha After a Pause`.
const minorWords =
  /^(?:a|an|the|and|but|or|nor|for|yet|so|as|at|by|in|of|off|on|per|to|up|via|vs|with|from|into|onto|over|upon|than|that|amid)$/

/**
 * ALL CAPS, or Title Case (every word capitalised but the minor ones):
 * `ICO BOARD SEEN UNLIKELY`, `Wash Post Fact-Check: If Obama Says It, It’s True.`
 * `Mayor Ana Ruiz met Governor Tom Baker` is a sentence with names in it.
 */
export function isHeadlineCase(title: string): boolean {
  const letters = title.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 4 && letters === letters.toUpperCase()) return true
  const words = title
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => /^\p{L}/u.test(word))
  const major = words.filter((word) => !minorWords.test(word))
  if (major.length < 3) return false
  // (A long one may slip on its last word: `… It’s The LAST Thing Some Will Want To hear.`)
  const checked = major.length >= 8 ? major.slice(0, -1) : major
  return checked.every((word) => /^\p{Lu}/u.test(word))
}

/** Are the body's lines, from `from` on, more than twice as long as a line of `words` words? */
function muchShorterThanBody(
  text: string,
  from: number,
  words: number,
  share = maxShareOfBody,
): boolean {
  const sample = text.slice(from, from + 4000)
  const lines = sample
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    // `ABSTRACT.`, `LETTERS.`: section labels say nothing of the body's length.
    .filter((line) => line.split(/\s+/).length >= minBodyLineWords)
    .slice(0, 6)
  // A headline stands over a story of some length.
  if (lines.length < minBodyLines) return false
  const lengths = lines.map((line) => line.split(/\s+/).length).sort((a, b) => a - b)
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0
  return words <= share * median
}

// `… | Reuters` · `… | Example News` · `… - The Washington Post`
const pipeSuffix =
  /^(.+?)\s+\|\s+((?:\p{Lu}[\p{L}&.'’-]*|the|of|and|on)(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|the|of|and|on)){0,4})$/u
// (`Council approves budget : NPR`: a spaced colon, as some sites write it, parts them too.)
const dashSuffix = /^(.+?)\s+[-–—:]\s+([^-–—:]{2,40})$/u

/**
 * `Senate passes bill | Reuters`, `BBC News - Storm batters coast` → the headline and the site's
 * name, or null.
 */
export function splitSiteName(title: string): { title: string; site: string } | null {
  const piped = pipeSuffix.exec(title)
  if (piped?.[1] && piped[2] && /^\p{Lu}/u.test(piped[2]))
    return { title: piped[1], site: piped[2] }
  const dashed = dashSuffix.exec(title)
  if (dashed?.[1] && dashed[2] && outletNames.has(dashed[2].toLowerCase()))
    return { title: dashed[1], site: dashed[2] }
  // `BBC News - Storm batters coast` · `Reuters | Storm batters coast`: a known outlet first.
  const prefixed = sitePrefix.exec(title)
  if (prefixed?.[1] && prefixed[2] && outletNames.has(prefixed[1].toLowerCase()))
    return { title: prefixed[2], site: prefixed[1] }
  return null
}

const sitePrefix = /^([^-–—:|]{2,40}?)\s+[-–—|]\s+(.+)$/u
