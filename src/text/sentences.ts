// Abbreviations whose dot does not end a sentence: `Sen. Warren`, `Mr. Smith`, `U.S. officials`, `L.H. Meyer`.
const abbreviation =
  /(?:^|[\s(“"‘'])(?:mr|mrs|ms|dr|st|jr|sr|sen|rep|gov|gen|lt|col|capt|prof|rev|sgt|corp|inc|ltd|co|no|vs|mt|ft|jan|feb|mar|apr|aug|sept?|oct|nov|dec|u\.s|u\.k|u\.n|e\.g|i\.e|(?:\p{Lu}\.){0,3}\p{Lu})\.$/iu

// `…peace.” He` · `…fail. The` · `…now? “We` · `…Cruz. ''I` : an end mark, closing marks, space, then a capital or opening mark.
const boundary = /[.!?…]+(?:''|["”’')\]])*(?=\s+(?:''|["“‘'([])?[\p{Lu}\p{N}])/gu

/** Does the dot at `index` belong to an abbreviation or an initial (`Sen.`, `Peter T. King`)? */
export function isAbbreviationDot(text: string, index: number): boolean {
  if (!abbreviation.test(text.slice(Math.max(0, index - 6), index + 1))) return false
  // `…attacks in the U.S. He says…`: a word that opens sentences ends the abbreviation's.
  return !sentenceOpener.test(text.slice(index + 1, index + 12))
}

const sentenceOpener =
  /^\s+(?:He|She|They|We|It|The|This|That|These|Those|But|And|In|On|At|A|An|His|Her|Their|Our|There|When|While|After|As|I)\s/

/** How many sentences end within `[start, end)`. */
export function sentenceEnds(text: string, start: number, end: number): number {
  let count = 0
  // An end mark, closing marks, then a space and a capital or an opening mark, or the range's end:
  // `Grand Rapids, Mich., to organize` has none.
  for (const match of text
    .slice(start, end)
    .matchAll(/[.!?…]+(?:''|["”’')\]])*(?=\s+(?:''|["“‘'([])?[\p{Lu}\p{N}]|\s*$)/gu)) {
    const at = start + match.index
    if (match[0].startsWith('.') && match[0].length === 1 && isAbbreviationDot(text, at)) continue
    count++
  }
  return count
}

// Only an end mark with white space somewhere after it can end a sentence inside a range.
const endMark = /[.!?…]/

/** Sentences of `[start, end)` as ranges, trimmed of white space. */
export function splitSentences(text: string, start: number, end: number): Array<[number, number]> {
  // `A.`, `Read more`: no end mark before the last word, one sentence (most short paragraphs).
  const slice = text.slice(start, end)
  const mark = slice.search(endMark)
  if (mark === -1 || !/\s/.test(slice.slice(mark))) return start < end ? [[start, end]] : []
  const sentences: Array<[number, number]> = []
  let from = 0
  for (const match of slice.matchAll(boundary)) {
    const stop = match.index + match[0].length
    if (match[0].startsWith('.') && isAbbreviationDot(text, start + match.index)) continue
    sentences.push([start + from, start + stop])
    from = stop
    while (from < slice.length && /\s/.test(slice.charAt(from))) from++
  }
  if (from < slice.length) sentences.push([start + from, end])
  return sentences.filter(([a, b]) => b > a)
}
