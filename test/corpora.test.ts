import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { annotateFile } from '../src/annotate.js'
import { positionViolations } from '../src/check/positions.js'
import { fileFromBytes } from '../src/read/read-article.js'
import type { ArticleRecord } from '../src/types.js'
import { schemaErrors } from './helpers/schema.js'

// Real articles from ../shared/corpora (never copied here; see its README).
const corpora = join('..', 'shared', 'corpora')

function annotatePath(path: string): { text: string; record: ArticleRecord } {
  const file = fileFromBytes(readFileSync(path), path)
  return { text: String(file.value), record: annotateFile(file) }
}

function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

// `DHAKA:`, `NEW YORK:`, `LAHORE :`, `TURKU, Finland:`
const upperCaseCity = /^\s*(\p{Lu}[\p{Lu} .'’-]*?)(?:,[^:\n]{1,30})?\s?:/u

describe('The News (one paragraph per line, `CITY:` datelines)', () => {
  const files = filesIn(join(corpora, 'thenews'))

  it('reads all 300 files', () => {
    expect(files).toHaveLength(300)
  })

  it('finds the dateline of every file that opens with an upper-case `CITY:`', () => {
    const missed: string[] = []
    let withCity = 0
    for (const path of files) {
      const { text, record } = annotatePath(path)
      const city = upperCaseCity.exec(text)?.[1]
      if (city === undefined) continue
      withCity++
      const place = record.header.dateline?.place.toUpperCase() ?? ''
      if (!place.startsWith(city.trim())) missed.push(`${path}: ${city}`)
    }
    expect(withCity).toBeGreaterThan(200)
    expect(missed).toEqual([])
  })

  it('makes one paragraph of every non-empty line but a headline', () => {
    const wrong: string[] = []
    let titled = 0
    for (const path of files) {
      const { text, record } = annotatePath(path)
      const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '').length
      if (record.header.title !== null) titled++
      const expected = lines - (record.header.title === null ? 0 : 1)
      if (record.paragraphs.length !== expected)
        wrong.push(`${path}: ${record.paragraphs.length} ≠ ${expected}`)
    }
    expect(wrong).toEqual([])
    // The corpus is article bodies: a short heading over a listing (`The Summer Show`) is the rare headline.
    expect(titled).toBeLessThanOrEqual(files.length * 0.02)
  })
})

describe('BBC News (headline on line 1)', () => {
  const files = filesIn(join(corpora, 'bbc'))

  it('takes line 1 of every file as the title', () => {
    expect(files).toHaveLength(2225)
    const wrong: string[] = []
    for (const path of files) {
      const { text, record } = annotatePath(path)
      const line1 = text.split('\n')[0]?.trim()
      // (`Analysis: No pain, no gain?`: a page's label before it goes into `fields.kicker`.)
      const kicker = record.header.fields.kicker
      const title =
        typeof kicker === 'string' ? `${kicker}: ${record.header.title}` : record.header.title
      if (title !== line1) wrong.push(`${path}: ${record.header.title}`)
    }
    expect(wrong).toEqual([])
  })
})

describe('every corpus file', () => {
  it('gives a valid record with exact positions', () => {
    const problems: string[] = []
    for (const path of filesIn(corpora)) {
      const { text, record } = annotatePath(path)
      for (const problem of [...schemaErrors(record), ...positionViolations(text, record)]) {
        problems.push(`${path}: ${problem}`)
      }
    }
    expect(problems).toEqual([])
  })
})
