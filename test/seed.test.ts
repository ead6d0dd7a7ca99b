import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { annotateFile } from '../src/annotate.js'
import { fileFromBytes } from '../src/read/read-article.js'
import { positionViolations } from './helpers/invariants.js'
import { schemaErrors } from './helpers/schema.js'

const seedPath = 'seeds/000_4f6ffb239c078031.txt'
const file = fileFromBytes(readFileSync(seedPath), seedPath)
const record = annotateFile(file)

describe('the seed article', () => {
  it('has the date from its `date 2021-07-11` prefix', () => {
    expect(record.header.fields).toEqual({ date: '2021-07-11' })
    expect(record.header.date).toBe('2021-07-11')
  })

  it('has the dateline `ISLAMABAD:`, not part of the first paragraph', () => {
    expect(record.header.dateline?.text).toBe('ISLAMABAD:')
    expect(record.header.dateline?.place).toBe('Islamabad')
    expect(record.header.dateline?.agency).toBeNull()
    expect(record.paragraphs[0]?.text.startsWith('US Secretary of State')).toBe(true)
  })

  it('has 10 paragraphs', () => {
    expect(record.paragraphs).toHaveLength(10)
    expect(record.paragraphs.map((paragraph) => paragraph.index)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ])
  })

  it('validates against the schema and keeps every position exact', () => {
    expect(schemaErrors(record)).toEqual([])
    expect(positionViolations(String(file.value), record)).toEqual([])
  })
})

describe('the seed article’s embedded post', () => {
  it('is exactly one tweet by Secretary Antony Blinken', () => {
    expect(record.social).toHaveLength(1)
    const [post] = record.social
    expect(post?.platform).toBe('twitter')
    expect(post?.author).toEqual({ name: 'Secretary Antony Blinken', handle: '@SecBlinken' })
    expect(post?.date).toBe('2021-07-09')
    expect(post?.mentions).toEqual(['@SMQureshiPTI'])
    expect(post?.text.startsWith('Pakistani Foreign Minister')).toBe(true)
    expect(post?.text.endsWith('other key issues.')).toBe(true)
  })

  it('marks its paragraph, and only that one, as social', () => {
    expect(record.paragraphs.map((paragraph) => paragraph.kind)).toEqual([
      'body',
      'body',
      'body',
      'body',
      'body',
      'body',
      'body',
      'body',
      'social',
      'body',
    ])
  })
})
