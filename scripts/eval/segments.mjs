// Quotations counted by quoted segment, as readers count them, whatever a
// corpus's span conventions: every piece of polnear-train between a matching
// pair of marks (`“…”`, `"…"`, `''…''`, a top-level `‘…’`) with at least five
// words. A segment is gold when at least 80% of it lies inside a gold
// attribution's content, and predicted when at least 80% lies inside a direct
// or mixed quotation of the record. The marks are found here by a scanner of
// its own, not by newsparse's.
import { annotate } from '../../dist/index.js'
import { prf, ratio } from '../lib/corpus.mjs'
import { polnearArticles } from '../lib/polnear.mjs'

const minWords = 5
const inside = 0.8

const wordCount = (value) => (value.match(/[\p{L}\p{N}]+/gu) ?? []).length

/** The pieces between matching marks, line by line, as `{start, end}` of the words inside. */
function quotedSegments(text) {
  const segments = []
  const patterns = [/“([^“”\n]*)”/g, /"([^"\n]*)"/g, /''((?:[^'\n]|'(?!'))*)''/g]
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index + match[0].indexOf(match[1] ?? '')
      segments.push({ start, end: start + (match[1] ?? '').length })
    }
  }
  // ‘…’ only where no double-marked segment holds it: a quotation within a quotation is part of it.
  const single = /(?<![\p{L}\p{N}])‘([^‘’\n]*?)’(?![\p{L}\p{N}])/gu
  for (const match of text.matchAll(single)) {
    const start = match.index + 1
    const end = start + (match[1] ?? '').length
    if (!segments.some((segment) => segment.start <= start && end <= segment.end))
      segments.push({ start, end })
  }
  return segments
    .filter((segment) => wordCount(text.slice(segment.start, segment.end)) >= minWords)
    .sort((a, b) => a.start - b.start)
}

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
const mostlyIn = (segment, range) =>
  overlap(segment, range) >= inside * (segment.end - segment.start)
const rangeOf = (position) => ({ start: position.start.offset, end: position.end.offset })

/** The predicted speaker is right when its mention overlaps the gold source, or its name ends with the source's head name. */
function speakerRight(quote, source) {
  if (!quote.speaker) return false
  if (overlap(rangeOf(quote.speaker.position), source) > 0) return true
  const surname = quote.speaker.name?.split(/\s+/).at(-1)
  return surname !== undefined && source.text.includes(surname)
}

export function evaluateSegments() {
  const counts = {
    gold: 0,
    predicted: 0,
    both: 0,
    withSource: 0,
    foundWithSource: 0,
    speakerRight: 0,
  }
  let listed = 0
  let fragments = 0
  for (const article of polnearArticles()) {
    const record = annotate(article.text, { path: article.path })
    const quoted = record.quotes.filter((quote) => quote.kind !== 'indirect')
    listed += quoted.length
    fragments += quoted.filter(
      (quote) => !quote.segments.some((segment) => wordCount(segment.text) >= minWords),
    ).length
    for (const segment of quotedSegments(article.text)) {
      const gold = article.attributions.find((attribution) =>
        mostlyIn(segment, attribution.content),
      )
      const quote = quoted.find((candidate) => mostlyIn(segment, rangeOf(candidate.position)))
      if (gold) counts.gold++
      if (quote) counts.predicted++
      if (gold && quote) counts.both++
      if (gold?.source) {
        counts.withSource++
        if (quote) counts.foundWithSource++
        if (quote && speakerRight(quote, gold.source)) counts.speakerRight++
      }
    }
  }
  return [
    '## Quotations by quoted segment (polnear-train: pieces of five words or more between a pair of marks)',
    prf('segments', counts.both, counts.predicted, counts.gold),
    `speaker accuracy on found segments     ${ratio(counts.speakerRight, counts.foundWithSource)}  (${counts.speakerRight} of ${counts.foundWithSource} with a gold source)`,
    `end to end: right speaker of all gold  ${ratio(counts.speakerRight, counts.withSource)}  (of ${counts.withSource} gold segments with a source)`,
    `fragment share of direct/mixed listed  ${ratio(fragments, listed)}  (${fragments} of ${listed} hold no segment of five words)`,
  ]
}
