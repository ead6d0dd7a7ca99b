// Quotations against PolNeAR gold attributions (polnear-train). A predicted
// quotation matches a gold `Content` when their overlap is at least half of
// the longer of the two; a gold quotation is direct when its content begins or
// ends with a quote mark.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beliefLemmas, speechVerbForms } from '../../dist/data/speech-verbs.js'
import { annotate } from '../../dist/index.js'
import { prf, ratio } from '../lib/corpus.mjs'
import { polnearArticles, quoteMarks } from '../lib/polnear.mjs'

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
const matches = (a, b) => overlap(a, b) >= 0.5 * Math.max(a.end - a.start, b.end - b.start)

function isSpeechCue(cue) {
  if (!cue) return false
  const word = cue.text.toLowerCase().match(/[\p{L}’']+/u)?.[0] ?? ''
  const lemma = speechVerbForms.get(word)
  return lemma !== undefined && !beliefLemmas.has(lemma)
}

/** Pair each prediction with at most one gold span, greedily by overlap. */
function pair(predicted, gold) {
  const pairs = []
  const used = new Set()
  for (const p of predicted) {
    let best = -1
    let bestOverlap = 0
    gold.forEach((g, index) => {
      if (used.has(index) || !matches(p.span, g.content)) return
      const o = overlap(p.span, g.content)
      if (o > bestOverlap) [best, bestOverlap] = [index, o]
    })
    if (best !== -1) {
      used.add(best)
      pairs.push([p, gold[best]])
    }
  }
  return pairs
}

function speakerRight(quote, gold) {
  if (!gold.source || !quote.speaker) return false
  const mention = {
    start: quote.speaker.position.start.offset,
    end: quote.speaker.position.end.offset,
  }
  if (overlap(mention, gold.source) > 0) return true
  const surname = quote.speaker.name?.split(/\s+/).at(-1)
  return surname !== undefined && gold.source.text.includes(surname)
}

export function evaluateQuotes({ verbose = false } = {}) {
  const totals = { direct: [0, 0, 0], indirect: [0, 0, 0], speaker: [0, 0] }
  const misses = []
  for (const article of polnearArticles()) {
    const record = annotate(article.text, { path: article.path })
    const spanOf = (quote) => ({
      start: quote.position.start.offset,
      end: quote.position.end.offset,
    })
    // Predictions are split by the same surface rule as gold: direct when the
    // quotation as written begins or ends with a mark (a `mixed` one often does).
    const predicted = record.quotes.map((quote) => ({ quote, span: spanOf(quote) }))
    const surfaceDirect = (p) => quoteMarks.test(article.text.slice(p.span.start, p.span.end))
    const predictedDirect = predicted.filter(surfaceDirect)
    const predictedIndirect = predicted.filter((p) => !surfaceDirect(p))
    const goldDirect = article.attributions.filter((a) => a.direct)
    const goldIndirect = article.attributions.filter((a) => !a.direct)
    const goldSpeech = goldIndirect.filter((a) => isSpeechCue(a.cue))

    const directPairs = pair(predictedDirect, goldDirect)
    totals.direct[0] += directPairs.length
    totals.direct[1] += predictedDirect.length
    totals.direct[2] += goldDirect.length
    for (const [p, g] of directPairs) {
      if (!g.source) continue
      totals.speaker[1]++
      if (speakerRight(p.quote, g)) totals.speaker[0]++
      else if (verbose)
        misses.push(
          `speaker ${p.quote.speaker?.text ?? '-'} → ${p.quote.speaker?.name ?? '-'} / gold ${g.source.text} :: ${g.content.text.slice(0, 60)}`,
        )
    }
    // Precision: an indirect prediction is right when it matches any gold content.
    totals.indirect[0] += pair(predictedIndirect, goldIndirect).length
    totals.indirect[1] += predictedIndirect.length
    const recalled = pair(predictedIndirect, goldSpeech).length
    totals.indirect[2] += goldSpeech.length
    totals.indirectRecalled = (totals.indirectRecalled ?? 0) + recalled
    if (verbose) {
      const paired = new Set(directPairs.map(([, g]) => g))
      // The prediction that overlaps a missed gold quote, if any: a boundary that differs, not a miss outright.
      const near = (g) => {
        const found = predicted.find((p) => overlap(p.span, g.content) > 0)
        return found
          ? `  ≈ ${article.text.slice(found.span.start, found.span.end).slice(0, 90).replace(/\n/g, '⏎')}`
          : ''
      }
      for (const g of goldDirect)
        if (!paired.has(g))
          misses.push(`missed direct: ${g.content.text.slice(0, 90).replace(/\n/g, '⏎')}${near(g)}`)
      const found = new Set(pair(predictedIndirect, goldSpeech).map(([, g]) => g))
      for (const g of goldSpeech) {
        if (found.has(g)) continue
        misses.push(
          `missed indirect: [${g.source?.text ?? '-'}|${g.cue?.text}] ${g.content.text.slice(0, 90).replace(/\n/g, '⏎')}${near(g)}`,
        )
      }
      const pairedPredictions = new Set(directPairs.map(([p]) => p))
      for (const p of predictedDirect)
        if (!pairedPredictions.has(p)) misses.push(`extra direct: ${p.quote.text.slice(0, 90)}`)
    }
  }
  const [directTp, directPredicted, directGold] = totals.direct
  const [indirectTp, indirectPredicted, indirectGold] = totals.indirect
  const precision = indirectPredicted === 0 ? 0 : indirectTp / indirectPredicted
  const recall = indirectGold === 0 ? 0 : totals.indirectRecalled / indirectGold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return [
    '## Quotations (polnear-train, 840 articles)',
    prf('direct quotes', directTp, directPredicted, directGold),
    `speaker accuracy on matched direct     ${ratio(totals.speaker[0], totals.speaker[1])}  (${totals.speaker[0]} of ${totals.speaker[1]} with a gold source)`,
    `indirect speech (speech-verb cues)     P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (${indirectTp} of ${indirectPredicted} predicted match a gold attribution; ${totals.indirectRecalled} of ${indirectGold} gold found)`,
    ...(verbose ? misses : []),
  ]
}

// Hand-annotated fixtures (`quotes` in fixtures/*/gold.json): each gold
// quotation by its kind, its opening words and its speaker's name (a
// fragment of it for a description like `fire service`).
export function evaluateFixtureQuotes() {
  const fixtures = join(import.meta.dirname, '..', '..', 'fixtures')
  let gold = 0
  let found = 0
  let kinds = 0
  let names = 0
  let predicted = 0
  const errors = []
  for (const name of readdirSync(fixtures).sort()) {
    const goldPath = join(fixtures, name, 'gold.json')
    if (!existsSync(goldPath)) continue
    const expected = JSON.parse(readFileSync(goldPath, 'utf8')).quotes
    if (!expected) continue
    const input = readFileSync(join(fixtures, name, 'input.txt'), 'utf8')
    const record = annotate(input)
    predicted += record.quotes.length
    // A mixed quotation's gold opens with its clause: the quotation as written, not its quoted words.
    const written = (candidate) =>
      input.slice(candidate.position.start.offset, candidate.position.end.offset)
    for (const quote of expected) {
      gold++
      const match = record.quotes.find(
        (candidate) =>
          candidate.text.startsWith(quote.opens) || written(candidate).startsWith(quote.opens),
      )
      if (!match) {
        errors.push(`  ${name}: missed “${quote.opens}…”`)
        continue
      }
      found++
      if (match.kind === quote.kind) kinds++
      else errors.push(`  ${name}: “${quote.opens}…” is ${match.kind}, not ${quote.kind}`)
      const speaker = match.speaker?.name ?? match.speaker?.text ?? null
      if (quote.speaker === null ? speaker === null : (speaker ?? '').includes(quote.speaker))
        names++
      else errors.push(`  ${name}: “${quote.opens}…” by ${speaker}, not ${quote.speaker}`)
    }
  }
  return [
    `## Quotations (hand-annotated fixtures)`,
    prf('quotations', found, predicted, gold),
    `kind right on found                    ${ratio(kinds, found)}`,
    `speaker's name right on found          ${ratio(names, found)}  (a pronoun or description resolved to a name)`,
    ...errors,
  ]
}
