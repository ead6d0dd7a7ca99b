// PolNeAR gold attributions (BRAT standoff, code-point offsets) as UTF-16 spans.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { corpora } from './corpus.mjs'

export const polnear = join(corpora, 'polnear-train')

/** UTF-16 offset of every code-point offset of `text`. */
function codePointOffsets(text) {
  const offsets = []
  let utf16 = 0
  for (const char of text) {
    offsets.push(utf16)
    utf16 += char.length
  }
  offsets.push(utf16)
  return offsets
}

/** Begins or ends with a quote mark: what makes a gold attribution direct. */
export const quoteMarks = /^[\s]*["“”‘’'«»]|["“”‘’'«»][\s]*$/

/**
 * One annotation file per article (the first annotator's, by file name), as
 * `{path, text, attributions: [{content, source, cue, direct}]}` where each span
 * is `{start, end, text}` in UTF-16 offsets (a discontinuous span: first start to last end).
 */
export function polnearArticles() {
  const files = readdirSync(join(polnear, 'attributions')).sort()
  const seen = new Set()
  const articles = []
  for (const file of files) {
    const base = file.replace(/_[0-9a-f]{4}\.ann$/, '')
    if (seen.has(base)) continue
    seen.add(base)
    const path = join(polnear, 'text', `${base}.txt`)
    const text = readFileSync(path, 'utf8')
    const offsets = codePointOffsets(text)
    const spans = new Map()
    const attributions = []
    for (const line of readFileSync(join(polnear, 'attributions', file), 'utf8').split('\n')) {
      const [id, body] = line.split('\t')
      if (id?.startsWith('T') && body) {
        const [type, ...ranges] = body.split(/[ ;]/)
        const numbers = ranges.map(Number)
        const start = offsets[Math.min(...numbers)]
        const end = offsets[Math.max(...numbers)]
        spans.set(id, { type, start, end, text: text.slice(start, end) })
      } else if (id?.startsWith('E') && body) {
        const parts = Object.fromEntries(body.split(' ').map((part) => part.split(':')))
        const content = spans.get(parts.Content)
        if (!content) continue
        attributions.push({
          content,
          source: spans.get(parts.Source) ?? null,
          cue: spans.get(parts.Cue) ?? null,
          direct: quoteMarks.test(content.text),
        })
      }
    }
    articles.push({ path, text, attributions })
  }
  return articles
}
