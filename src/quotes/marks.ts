import { lowerBound } from '../text/search.js'
/** A quotation as written: `[start, end)` with its marks, `[innerStart, innerEnd)` without. */
export interface QuotedSpan {
  start: number
  end: number
  innerStart: number
  innerEnd: number
  /** Indexes (into the paragraph list) of the paragraphs it runs over. */
  paragraphs: number[]
  /** Opened and never closed: it ends with its paragraph. */
  unclosed: boolean
}

export interface ParagraphRange {
  index: number
  start: number
  end: number
}

// Opening mark → its closing marks. Straight marks close themselves; a
// straight double mark also stands in for a curly one and the other way
// round: `“Our roads are crumbling," she said. "Families endure blackouts.”`
const closers: Record<string, string> = {
  '“': '”“"',
  '"': '"”',
  '‘': '’',
  "'": "'",
  '«': '»',
  '‹': '›',
  '„': '“”',
  // ''Like this,'' as the New York Times' archive writes double quotes.
  "''": "''",
}

/** The mark at `index`: `''` counts as one. */
function markAt(text: string, index: number): string {
  return text.startsWith("''", index) ? "''" : text.charAt(index)
}

const isLetterOrDigit = (char: string) => /[\p{L}\p{N}]/u.test(char)
const isSpaceOrStart = (char: string) => char === '' || /[\s([{\u2014\u2013-]/u.test(char)

const elidedStart = /^(?:tis|twas|til|till|em|cause|bout|round)\b/i

/**
 * Can the mark at `index` open a quotation? `“` and `«` always can; straight
 * and single marks only after a space or bracket and before a word — which
 * leaves out apostrophes: `Jones’`, `don’t`, `’90s`, `rock ’n’ roll`.
 */
function opensAt(text: string, index: number): boolean {
  const mark = markAt(text, index)
  const before = text.charAt(index - 1)
  const after = text.charAt(index + mark.length)
  if (mark === '“' || mark === '«' || mark === '„') return !/\s/.test(after)
  if (mark === '‹') return isSpaceOrStart(before) && !/\s/.test(after)
  if (!isSpaceOrStart(before) || after === '' || /\s/.test(after)) return false
  if (mark === '‘' || mark === "'") {
    // ’90s, 'n' (rock ’n’ roll)
    if (/^\d{2}s\b/.test(text.slice(index + 1, index + 5))) return false
    if (/^n['’]\s/.test(text.slice(index + 1, index + 4))) return false
    // `’Tis the season`, `’twas`, `’til then`, `’em`, `’cause`: a word cut short at its start.
    if (elidedStart.test(text.slice(index + 1, index + 8))) return false
  }
  return true
}

/**
 * `”Mr. Trump embodies …,” Smith said.`: a closing mark typed where the
 * opening one belongs, at the start of a paragraph or a sentence, before a
 * capital, with its closing mark later in the paragraph.
 */
function opensReversed(text: string, index: number, paragraph: ParagraphRange): boolean {
  if (!/^[\p{Lu}\p{N}]/u.test(text.charAt(index + 1))) return false
  const before = text.slice(Math.max(paragraph.start, index - 3), index)
  if (index !== paragraph.start && !/[.!?]["”’]?\s+$/.test(before)) return false
  const close = text.indexOf('”', index + 1)
  return close !== -1 && close < paragraph.end
}

/** Can the mark at `index` close a quotation opened by `open`? */
function closesAt(text: string, index: number, open: string): boolean {
  const mark = markAt(text, index)
  if (open === "''" ? mark !== "''" : mark === "''" || !(closers[open] ?? '').includes(mark))
    return false
  // `he’s like 6’2”,”`: an inch mark after feet, not the closing mark.
  if (mark === '”' && /\d['’′]\d{1,2}$/.test(text.slice(Math.max(0, index - 6), index)))
    return false
  if (mark === '”' || mark === '»' || mark === '›') return true
  // `…for her here,“ said Jim Clyburn`, `a website called “Cape Breton If Donald Trump Wins“ that
  // pitches …`: an opening mark typed where the closing one belongs, after a word or a sentence's
  // mark and before a space.
  if (open === '“' && mark === '“')
    return /[,.!?\p{L}\p{N}]/u.test(text.charAt(index - 1)) && /\s/.test(text.charAt(index + 1))
  const before = text.charAt(index - 1)
  const after = text.charAt(index + mark.length)
  // `don’t` and `Jones’s`: a mark between letters is an apostrophe.
  if (isLetterOrDigit(before) && isLetterOrDigit(after)) return false
  // `''… coalitions, '' said Mr. Gunnels`: a space may stand before a closing `''`
  // after a sentence's mark (such a mark, a space after it, cannot open).
  if (mark === "''" && before === ' ' && /[,.!?'’]/.test(text.charAt(index - 2))) return true
  // `"… 'Oh, this is important,' " Magel said`: the same after a quotation closed within.
  if (mark === '"' && before === ' ' && /[,.!?]['’]$/.test(text.slice(index - 3, index - 1)))
    return true
  return before !== '' && !/\s/.test(before)
}

/**
 * Quotations in the paragraphs, in order. A paragraph that opens a mark and
 * does not close it continues into the next when that one opens a mark too
 * (the news convention for quotes over several paragraphs), or when the next
 * line closes it (a text written a sentence a line); otherwise the quotation
 * ends with its paragraph, `unclosed`.
 */
export function findQuotedSpans(text: string, paragraphs: ParagraphRange[]): QuotedSpan[] {
  const spans: QuotedSpan[] = []
  const marks = new MarkIndex(text)
  let carry: { start: number; innerStart: number; open: string; paragraphs: number[] } | null = null
  for (const [position, paragraph] of paragraphs.entries()) {
    let index = paragraph.start
    if (carry) {
      const mark = markAt(text, paragraph.start)
      if (
        mark === carry.open ||
        (carry.open === '“' && mark === '"') ||
        (carry.open === '"' && mark === '“')
      ) {
        carry.paragraphs.push(paragraph.index)
        index = paragraph.start + mark.length
      } else if (closesOnLaterLine(text, marks, paragraphs, position, carry.open)) {
        // A quotation over lines of one paragraph (a sentence a line): a later line closes it.
        carry.paragraphs.push(paragraph.index)
      } else {
        spans.push(unclosedSpan(text, carry, paragraphs[position - 1]))
        carry = null
      }
    }
    while (index < paragraph.end) {
      if (carry) {
        let close = findClose(text, marks, index, paragraph.end, carry.open)
        if (close === -1) break
        // `''I would use the word 'old-school,''' said Slayton`: the first mark of
        // three closes the quotation within, the last two this one.
        if (carry.open === "''" && text.startsWith("'''", close)) close += 1
        const closeLength = markAt(text, close).length
        spans.push({
          start: carry.start,
          end: close + closeLength,
          innerStart: carry.innerStart,
          innerEnd: close,
          paragraphs: carry.paragraphs,
          unclosed: false,
        })
        carry = null
        index = close + closeLength
        continue
      }
      // Jump to the next character that can be a mark.
      const candidate = marks.next(index)
      if (candidate === -1 || candidate >= paragraph.end) break
      index = candidate
      const mark = markAt(text, index)
      const reversed = mark === '”' && opensReversed(text, index, paragraph)
      if ((mark in closers && opensAt(text, index)) || reversed) {
        carry = {
          start: index,
          innerStart: index + mark.length,
          // A reversed opening mark is closed as a curly opening one would be.
          open: reversed ? '“' : mark,
          paragraphs: [paragraph.index],
        }
        index += mark.length
        continue
      }
      index++
    }
    if (carry && position === paragraphs.length - 1) {
      spans.push(unclosedSpan(text, carry, paragraph))
      carry = null
    }
  }
  return spans
}

// A quotation written a sentence a line runs over this many lines at most.
const maxQuotedLines = 4

/**
 * `“Outbreaks are managed reactively.` / `A better approach would help,” he said.`:
 * a line right under the open one (no blank line between) that closes the
 * quotation before it opens any; or lines with no mark at all, then such a line
 * (`"We both want to do something.` / `We both are going to do something.` /
 * `And we have a very special bond," Trump said.`).
 */
function closesOnLaterLine(
  text: string,
  marks: MarkIndex,
  paragraphs: ParagraphRange[],
  position: number,
  open: string,
): boolean {
  const last = Math.min(paragraphs.length, position + maxQuotedLines - 1)
  for (let at = position; at < last; at++) {
    const previous = paragraphs[at - 1]
    const paragraph = paragraphs[at]
    if (!previous || !paragraph) return false
    if (/\n[ \t]*\r?\n/.test(text.slice(previous.end, paragraph.start))) return false
    const close = findClose(text, marks, paragraph.start, paragraph.end, open)
    const end = close === -1 ? paragraph.end : close
    for (
      let mark = marks.next(paragraph.start);
      mark !== -1 && mark < end;
      mark = marks.next(mark + 1)
    )
      if (text.charAt(mark) in closers && opensAt(text, mark)) return false
    if (close !== -1) return true
  }
  return false
}

function findClose(
  text: string,
  marks: MarkIndex,
  from: number,
  end: number,
  open: string,
): number {
  // `“He said "no" twice.”`: straight marks opened inside a curly quotation
  // pair among themselves before one can close it.
  let straightOpen = 0
  for (let at = marks.next(from); at !== -1 && at < end; at = marks.next(at + 1)) {
    const nested = open === '“' && text.charAt(at) === '"'
    if (nested && straightOpen === 0 && opensAt(text, at)) straightOpen++
    else if (nested && straightOpen > 0) straightOpen--
    else if (closesAt(text, at, open)) return at
  }
  return -1
}

/**
 * Where every character that can open or close a quotation stands, found in
 * one pass: each paragraph then jumps from mark to mark in log time, however
 * many paragraphs have none.
 */
// " “ ” ‘ ’ ' « » ‹ › „
const markCodes = new Set([...'"“”‘’\'«»‹›„'].map((mark) => mark.charCodeAt(0)))

class MarkIndex {
  private readonly offsets: number[]

  constructor(text: string) {
    // A loop over character codes, not a match object per mark: a text of nothing but
    // marks would otherwise make a million objects to collect.
    const offsets: number[] = []
    for (let index = 0; index < text.length; index++)
      if (markCodes.has(text.charCodeAt(index))) offsets.push(index)
    this.offsets = offsets
  }

  /** The first mark at or after `from`, or -1. */
  next(from: number): number {
    return this.offsets[lowerBound(this.offsets, from, (offset) => offset)] ?? -1
  }
}

function unclosedSpan(
  text: string,
  carry: { start: number; innerStart: number; paragraphs: number[] },
  paragraph: ParagraphRange | undefined,
): QuotedSpan {
  let end = paragraph?.end ?? carry.innerStart
  while (end > carry.innerStart && /\s/.test(text.charAt(end - 1))) end--
  return {
    start: carry.start,
    end,
    innerStart: carry.innerStart,
    innerEnd: end,
    paragraphs: carry.paragraphs,
    unclosed: true,
  }
}
