import { wireSignOff } from '../data/boilerplate.js'
import { isBlank, lineStartOf, trimRange } from '../text/lines.js'

/**
 * The body's paragraphs as source ranges, in flat arrays (a million one-line
 * paragraphs would otherwise be millions of small arrays for the collector):
 * paragraph `p` is the lines `ends[p - 1]` (0 for the first) to `ends[p]` of
 * `lineStarts` and `lineEnds`, each line trimmed of white space.
 */
export interface ParagraphRanges {
  lineStarts: number[]
  lineEnds: number[]
  ends: number[]
}

/** The lines of a text that are not blank, each `[starts[i], ends[i])` without its break, in blocks. */
interface Lines {
  starts: number[]
  ends: number[]
  /** Block `b` is lines `blockStarts[b]` to `blockEnds[b]` (exclusive). */
  blockStarts: number[]
  blockEnds: number[]
}

const maxWrapWidth = 100
const minWrapWidth = 30
const wrapSlack = 15

/**
 * Split the body into paragraphs, however the file separates them:
 *
 *     blank lines          one paragraph per block
 *     single newlines      one paragraph per line (newspaper exports)
 *     hard wraps at ~72    lines joined back, a paragraph ending where the
 *                          next line's first word would have fitted
 */
export function splitParagraphs(text: string, bodyStart: number): ParagraphRanges {
  const lines = linesOf(text, lineStartOf(text, bodyStart))
  const out: ParagraphRanges = { lineStarts: [], lineEnds: [], ends: [] }
  if (isIndentedLayout(text, lines)) {
    indentedParagraphs(text, lines, bodyStart, out)
    return out
  }
  const width = wrapWidth(text, lines)
  const { starts, ends, blockStarts, blockEnds } = lines
  for (let block = 0; block < blockStarts.length; block++) {
    const last = (blockEnds[block] as number) - 1
    for (let line = blockStarts[block] as number; line <= last; line++) {
      const [from, to] = trimRange(
        text,
        Math.max(starts[line] as number, bodyStart),
        ends[line] as number,
      )
      if (from === to) continue
      out.lineStarts.push(from)
      out.lineEnds.push(to)
      // Not hard-wrapped: every line is a paragraph of its own.
      if (
        width === null ||
        line === last ||
        wouldHaveFitted(text, line, line + 1, lines, width) ||
        startsListItem(text, starts[line + 1] as number, ends[line + 1] as number)
      )
        endParagraph(out)
    }
    endParagraph(out)
  }
  return out
}

/** Close the open paragraph, if it has lines. */
function endParagraph(out: ParagraphRanges): void {
  const opened = out.ends.at(-1) ?? 0
  if (out.lineStarts.length > opened) out.ends.push(out.lineStarts.length)
}

/**
 * The lines from `from` to the text's end that are not blank (`\n`, `\r\n` or
 * a lone `\r` ends one), in blocks: a blank line ends a block.
 */
function linesOf(text: string, from: number): Lines {
  const lines: Lines = { starts: [], ends: [], blockStarts: [], blockEnds: [] }
  let start = from
  let blank = true
  for (let index = from; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 10
    if (code !== 10 && code !== 13) continue
    if (isBlank(text, start, index)) {
      if (!blank) lines.blockEnds.push(lines.starts.length)
      blank = true
    } else {
      if (blank) lines.blockStarts.push(lines.starts.length)
      blank = false
      lines.starts.push(start)
      lines.ends.push(index)
    }
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++
    start = index + 1
  }
  if (!blank) lines.blockEnds.push(lines.starts.length)
  return lines
}

const minIndent = 2
const maxIndent = 6

/** Spaces (a tab counts as four) before the first character of `[start, end)`. */
function indentOf(text: string, start: number, end: number): number {
  let width = 0
  for (let index = start; index < end; index++) {
    const char = text.charCodeAt(index)
    if (char === 32) width += 1
    else if (char === 9) width += 4
    else break
  }
  return width
}

/**
 * Wire archives and many `.txt` exports wrap their lines at ~70 columns and
 * open each paragraph with an indent, with no blank line between:
 *
 *       LONDON, March 18 - The board met on Tuesday and agreed to
 *     raise quotas by a tenth.
 *       The vote was close.
 *
 * It is that layout when several lines open with a short indent under a line
 * with less, and other lines go on without one.
 */
function isIndentedLayout(text: string, lines: Lines): boolean {
  const { starts, ends, blockStarts, blockEnds } = lines
  let opened = 0
  let continued = 0
  for (let block = 0; block < blockStarts.length; block++) {
    for (
      let line = (blockStarts[block] as number) + 1;
      line < (blockEnds[block] as number);
      line++
    ) {
      const indent = indentOf(text, starts[line] as number, ends[line] as number)
      const previous = indentOf(text, starts[line - 1] as number, ends[line - 1] as number)
      if (indent >= minIndent && indent <= maxIndent && indent > previous) opened++
      else if (indent < minIndent) continued++
    }
  }
  return opened >= 2 && continued >= 1
}

/**
 * In the indented layout, an indented line starts a paragraph and a line
 * without one goes on; a wire sign-off (` REUTER`) stands alone.
 */
function indentedParagraphs(
  text: string,
  lines: Lines,
  bodyStart: number,
  out: ParagraphRanges,
): void {
  const { starts, ends, blockStarts, blockEnds } = lines
  for (let block = 0; block < blockStarts.length; block++) {
    for (let line = blockStarts[block] as number; line < (blockEnds[block] as number); line++) {
      const start = starts[line] as number
      const end = ends[line] as number
      const [from, to] = trimRange(text, Math.max(start, bodyStart), end)
      if (from === to) continue
      if (indentOf(text, start, end) >= minIndent || wireSignOff.test(text.slice(from, to)))
        endParagraph(out)
      out.lineStarts.push(from)
      out.lineEnds.push(to)
    }
    endParagraph(out)
  }
}

/**
 * The width the text was wrapped at, or null when it was not hard-wrapped.
 * In wrapped text the lines that continue into another line of their block
 * are long, no longer than a screen, and most break mid-sentence; in a file
 * with one paragraph or sentence per line, most end a sentence.
 */
function wrapWidth(text: string, lines: Lines): number | null {
  const { starts, ends, blockStarts, blockEnds } = lines
  // The lines that go on into another line of their block.
  const continued: number[] = []
  for (let block = 0; block < blockStarts.length; block++)
    for (let line = blockStarts[block] as number; line < (blockEnds[block] as number) - 1; line++)
      continued.push(line)
  if (continued.length < 2) return null
  let width = 0
  for (const line of continued)
    width = Math.max(width, trimmedLength(text, starts[line] as number, ends[line] as number))
  if (width > maxWrapWidth || width < minWrapWidth) return null
  let long = 0
  let sentenceEnds = 0
  for (const line of continued) {
    const [start, end] = trimRange(text, starts[line] as number, ends[line] as number)
    if (end - start >= width - wrapSlack) long++
    if (sentenceEnd.test(text.slice(Math.max(start, end - 3), end))) sentenceEnds++
  }
  return long / continued.length >= 0.6 && sentenceEnds / continued.length < 0.5 ? width : null
}

// `…since 1998.` · `…he said.”`
const sentenceEnd = /[.!?]["”’')]?$/

/** Would the first word of line `next` have fitted at the end of line `line`? Then `line` ended a paragraph. */
function wouldHaveFitted(
  text: string,
  line: number,
  next: number,
  lines: Lines,
  width: number,
): boolean {
  const [nextStart, nextEnd] = trimRange(
    text,
    lines.starts[next] as number,
    lines.ends[next] as number,
  )
  const space = text.indexOf(' ', nextStart)
  const firstWord = (space === -1 || space > nextEnd ? nextEnd : space) - nextStart
  const length = trimmedLength(text, lines.starts[line] as number, lines.ends[line] as number)
  return length + 1 + firstWord <= width
}

// ` - Have random drug tests` · `• Item` · `2. Item`: a list item starts a paragraph of its own.
const listMarker = /^\s*(?:[-–—•*·]|\d{1,2}[.)])\s/

function startsListItem(text: string, start: number, end: number): boolean {
  return listMarker.test(text.slice(start, Math.min(end, start + 8)))
}

function trimmedLength(text: string, start: number, end: number): number {
  const [from, to] = trimRange(text, start, end)
  return to - from
}
