// The header: headline, dateline place and agency, authors and paragraph
// count, on every corpus that has them. How the gold is made, per corpus:
// - headline: line 1 of bbc, polnear-train and ptc-train (each corpus puts it
//   there, then a blank line; ptc files without that blank are left out);
//   thenews has none, so any title found there is wrong.
// - dateline: eval/gold/datelines.tsv, read by hand; bbc has none.
// - paragraphs: bbc separates them by blank lines (after the headline);
//   polnear-train puts each on one line (after the headline), some with blank
//   lines between, and a dek in one block with the headline (not a
//   paragraph); thenews by single newlines.
// - authors: eval/gold/authors.tsv for polnear-train, ptc-train and
//   newspaper3k, read by hand; none of bbc and thenews names its writers, so
//   any author found there is wrong. An article's authors are right when the
//   set of names is.
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { annotatePath, corpora, ratio, textFiles } from '../lib/corpus.mjs'

const goldFolder = join(import.meta.dirname, '..', '..', 'eval', 'gold')
const authorCorpora = ['polnear-train/text', 'ptc-train', 'newspaper3k']
const datelineCorpora = ['polnear-train/text', 'ptc-train', 'newspaper3k', 'thenews']

/** The rows of a gold table, header and comments left out. */
function goldRows(name) {
  return readFileSync(join(goldFolder, name), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1)
}

function goldAuthors() {
  return new Map(
    goldRows('authors.tsv').map((line) => {
      const [file = '', names = ''] = line.split('\t')
      return [file, names.split(';').sort()]
    }),
  )
}

function goldDatelines() {
  const rows = goldRows('datelines.tsv')
  return new Map(
    rows.map((line) => {
      const [file = '', place = '', agency = ''] = line.split('\t')
      return [file, { place, agency: agency === '' ? null : agency }]
    }),
  )
}

const nonBlankBlocks = (text) =>
  text.split(/\r?\n[ \t]*\r?\n/).filter((block) => block.trim() !== '')
const nonBlankLines = (text) => text.split(/\r?\n/).filter((line) => line.trim() !== '')

/** What each corpus's layout says, or undefined where it says nothing. */
function goldOf(corpus, text, dateline) {
  const [line1 = '', line2 = ''] = text.split(/\r?\n/)
  const afterTitle = text.slice(text.indexOf('\n') + 1)
  switch (corpus) {
    case 'bbc':
      return { title: line1.trim(), paragraphs: nonBlankBlocks(afterTitle).length, authors: [] }
    case 'polnear-train/text': {
      // A dek stands in one block with the headline (`Headline;` / `Dek.` /
      // blank line), or alone between the headline and the dateline's paragraph.
      const line3 = text.split(/\r?\n/)[2] ?? ''
      const [, second = ''] = nonBlankLines(afterTitle)
      const place = dateline?.place.toUpperCase()
      const dek =
        (line2.trim() !== '' && line3.trim() === '') || (place && second.startsWith(place)) ? 1 : 0
      // `BYLINE: Amber Phillips.` is a field, not the headline: such files are left out of the title.
      const title = /^BYLINE:/.test(line1) ? undefined : line1.trim()
      return { title, paragraphs: nonBlankLines(afterTitle).length - dek }
    }
    case 'ptc-train':
      return line2.trim() === '' ? { title: line1.trim() } : {}
    case 'thenews':
      return { title: null, paragraphs: nonBlankLines(text).length, authors: [] }
    default:
      return {}
  }
}

export function evaluateHeader({ verbose = false } = {}) {
  const datelines = goldDatelines()
  const authors = goldAuthors()
  const lines = ['Header (headline = line 1 where the corpus puts it; datelines read by hand)']
  const misses = []
  for (const corpus of ['bbc', 'polnear-train/text', 'ptc-train', 'newspaper3k', 'thenews']) {
    const counts = {
      title: [0, 0],
      place: [0, 0],
      agency: [0, 0],
      invented: [0, 0],
      paragraphs: [0, 0],
      authors: [0, 0],
      'invented authors': [0, 0],
    }
    const tally = (key, right) => {
      counts[key][1]++
      if (right) counts[key][0]++
    }
    for (const path of textFiles(join(corpora, corpus))) {
      const name = relative(corpora, path)
      const { text, record } = annotatePath(path)
      const { header } = record
      const gold = goldOf(corpus, text, datelines.get(name))
      if (gold.title !== undefined) {
        // `… | Articles`: a site's name split off the line counts with it (`fields.site`), and so
        // does a label before it (`EXCLUSIVE: …`, `fields.kicker`).
        const site = header.fields.site
        const kicker = header.fields.kicker
        const withoutSite =
          header.title !== null && site !== undefined
            ? gold.title.replace(
                new RegExp(`\\s+[|–—-]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
                '',
              )
            : gold.title
        const line =
          header.title !== null && kicker !== undefined
            ? withoutSite.replace(new RegExp(`^${kicker}\\s*(?::|\\|)\\s+`), '')
            : withoutSite
        tally('title', header.title === line)
        if (header.title !== line) misses.push(`title  ${name}: ${header.title} ≠ ${gold.title}`)
      }
      if (gold.paragraphs !== undefined) {
        tally('paragraphs', record.paragraphs.length === gold.paragraphs)
        if (record.paragraphs.length !== gold.paragraphs)
          misses.push(`paras  ${name}: ${record.paragraphs.length} ≠ ${gold.paragraphs}`)
      }
      if (gold.authors !== undefined) tally('invented authors', header.authors.length === 0)
      if (authorCorpora.includes(corpus)) {
        const expected = authors.get(name) ?? []
        const found = [...header.authors].sort()
        const right = found.join(';') === expected.join(';')
        tally(expected.length > 0 ? 'authors' : 'invented authors', right)
        if (!right) misses.push(`authors  ${name}: ${found.join('; ')} ≠ ${expected.join('; ')}`)
      }
      const hasGold = corpus === 'bbc' || datelineCorpora.includes(corpus)
      if (!hasGold) continue
      const expected = datelines.get(name)
      const found = header.dateline
      if (expected === undefined || expected.place === '') {
        tally('invented', found === null)
        if (found !== null) misses.push(`dateline invented  ${name}: ${found.text}`)
        continue
      }
      const placeRight = found?.place.toLowerCase() === expected.place.toLowerCase()
      tally('place', placeRight)
      tally('agency', (found?.agency ?? null) === expected.agency)
      if (!placeRight) misses.push(`place  ${name}: ${found?.place ?? null} ≠ ${expected.place}`)
    }
    const show = (label, [right, total]) =>
      total === 0 ? [] : [`${label} ${ratio(right, total)} (${right}/${total})`]
    lines.push(
      `  ${corpus.padEnd(20)} ${[
        ...show('title', counts.title),
        ...show('place', counts.place),
        ...show('agency', counts.agency),
        ...show('no dateline invented', counts.invented),
        ...show('paragraphs', counts.paragraphs),
        ...show('authors', counts.authors),
        ...show('no author invented', counts['invented authors']),
      ].join(' · ')}`,
    )
  }
  if (verbose) lines.push(...misses.map((miss) => `    ${miss}`))
  return lines
}
