import { wireSignOff } from '../data/boilerplate.js'
import { isBlank, type Line, lineStartOf, linesFrom, trimRange } from '../text/lines.js'

/** A paragraph as source ranges: one per line it spans, trimmed. */
export type ParagraphLines = Array<[number, number]>

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
export function splitParagraphs(text: string, bodyStart: number): ParagraphLines[] {
  const lineStart = lineStartOf(text, bodyStart)
  const lines = linesFrom(text, lineStart)
  const blocks = blocksOf(text, lines)
  if (isIndentedLayout(text, blocks)) return indentedParagraphs(text, blocks, bodyStart)
  const width = wrapWidth(text, blocks)
  const paragraphs: ParagraphLines[] = []
  for (const block of blocks) {
    let current: ParagraphLines = []
    for (let index = 0; index < block.length; index++) {
      const line = block[index] as Line
      const range = trimRange(text, Math.max(line.start, bodyStart), line.end)
      if (range[0] === range[1]) continue
      // Not hard-wrapped: every line is a paragraph of its own.
      if (width === null) {
        paragraphs.push([range])
        continue
      }
      current.push(range)
      const next = block[index + 1]
      if (next === undefined) continue
      if (!wouldHaveFitted(text, line, next, width) && !startsListItem(text, next)) continue
      paragraphs.push(current)
      current = []
    }
    if (current.length > 0) paragraphs.push(current)
  }
  return paragraphs
}

const minIndent = 2
const maxIndent = 6

/** Spaces (a tab counts as four) before the line's first character. */
function indentOf(text: string, line: Line): number {
  let width = 0
  for (let index = line.start; index < line.end; index++) {
    const char = text.charAt(index)
    if (char === ' ') width += 1
    else if (char === '\t') width += 4
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
function isIndentedLayout(text: string, blocks: Line[][]): boolean {
  let opened = 0
  let continued = 0
  for (const block of blocks) {
    block.forEach((line, index) => {
      const previous = block[index - 1]
      if (previous === undefined) return
      const indent = indentOf(text, line)
      if (indent >= minIndent && indent <= maxIndent && indent > indentOf(text, previous)) opened++
      else if (indent < minIndent) continued++
    })
  }
  return opened >= 2 && continued >= 1
}

/**
 * In the indented layout, an indented line starts a paragraph and a line
 * without one goes on; a wire sign-off (` REUTER`) stands alone.
 */
function indentedParagraphs(text: string, blocks: Line[][], bodyStart: number): ParagraphLines[] {
  const paragraphs: ParagraphLines[] = []
  for (const block of blocks) {
    let current: ParagraphLines = []
    for (const line of block) {
      const range = trimRange(text, Math.max(line.start, bodyStart), line.end)
      if (range[0] === range[1]) continue
      const signOff = wireSignOff.test(text.slice(range[0], range[1]))
      if (current.length > 0 && (indentOf(text, line) >= minIndent || signOff)) {
        paragraphs.push(current)
        current = []
      }
      current.push(range)
    }
    if (current.length > 0) paragraphs.push(current)
  }
  return paragraphs
}

/** Runs of lines that are not blank. */
function blocksOf(text: string, lines: Line[]): Line[][] {
  const blocks: Line[][] = []
  let block: Line[] = []
  for (const line of lines) {
    if (isBlank(text, line.start, line.end)) {
      if (block.length > 0) blocks.push(block)
      block = []
    } else {
      block.push(line)
    }
  }
  if (block.length > 0) blocks.push(block)
  return blocks
}

/**
 * The width the text was wrapped at, or null when it was not hard-wrapped.
 * In wrapped text the lines that continue into another line of their block
 * are long, no longer than a screen, and most break mid-sentence; in a file
 * with one paragraph or sentence per line, most end a sentence.
 */
function wrapWidth(text: string, blocks: Line[][]): number | null {
  // (A loop, not `flatMap`: a block of one line would give an empty array each.)
  const continued: Line[] = []
  for (const block of blocks)
    for (let index = 0; index < block.length - 1; index++) continued.push(block[index] as Line)
  if (continued.length < 2) return null
  const lengths = continued.map((line) => trimmedLength(text, line))
  // A loop, not `Math.max(...lengths)`: millions of lines overflow the stack as arguments.
  const width = lengths.reduce((widest, length) => Math.max(widest, length), 0)
  if (width > maxWrapWidth || width < minWrapWidth) return null
  const long = lengths.filter((length) => length >= width - wrapSlack).length
  const sentenceEnds = continued.filter((line) => endsSentence(text, line)).length
  return long / continued.length >= 0.6 && sentenceEnds / continued.length < 0.5 ? width : null
}

// `…since 1998.` · `…he said.”`
const sentenceEnd = /[.!?]["”’')]?$/

function endsSentence(text: string, line: Line): boolean {
  const [start, end] = trimRange(text, line.start, line.end)
  return sentenceEnd.test(text.slice(Math.max(start, end - 3), end))
}

/** Would the first word of `next` have fitted at the end of `line`? Then `line` ended a paragraph. */
function wouldHaveFitted(text: string, line: Line, next: Line, width: number): boolean {
  const [nextStart, nextEnd] = trimRange(text, next.start, next.end)
  const space = text.indexOf(' ', nextStart)
  const firstWord = (space === -1 || space > nextEnd ? nextEnd : space) - nextStart
  return trimmedLength(text, line) + 1 + firstWord <= width
}

// ` - Have random drug tests` · `• Item` · `2. Item`: a list item starts a paragraph of its own.
const listMarker = /^\s*(?:[-–—•*·]|\d{1,2}[.)])\s/

function startsListItem(text: string, line: Line): boolean {
  return listMarker.test(text.slice(line.start, Math.min(line.end, line.start + 8)))
}

function trimmedLength(text: string, line: Line): number {
  const [start, end] = trimRange(text, line.start, line.end)
  return end - start
}
