import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { annotateFile } from '../src/annotate.js'
import { positionViolations } from '../src/check/positions.js'
import { fileFromBytes } from '../src/read/read-article.js'
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
    const blinken = record.entities.find((entity) => entity.name === 'Antony Blinken')
    expect(post?.author).toEqual({
      name: 'Secretary Antony Blinken',
      handle: '@SecBlinken',
      entity: blinken?.id,
    })
    expect(blinken?.key).toBe('antony-blinken')
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

describe('the seed article’s entities and dates', () => {
  const named = (type: string) =>
    record.entities.filter((entity) => entity.type === type).map((entity) => entity.name)

  it('has exactly three people, with their handles', () => {
    expect(named('person').sort()).toEqual(['Antony Blinken', 'Joe Biden', 'Shah Mahmood Qureshi'])
    const handles = Object.fromEntries(
      record.entities.map((entity) => [entity.name, entity.handles]),
    )
    expect(handles['Antony Blinken']).toEqual(['@SecBlinken'])
    expect(handles['Shah Mahmood Qureshi']).toEqual(['@SMQureshiPTI'])
  })

  it('has the places and organisations the article names', () => {
    expect(named('place')).toEqual(
      expect.arrayContaining(['Islamabad', 'Afghanistan', 'Pakistan', 'United States']),
    )
    expect(named('organization')).toEqual(
      expect.arrayContaining(['Ministry of Foreign Affairs', 'Taliban']),
    )
  })

  it('has no fragment such as `State Antony`', () => {
    const names = record.entities.map((entity) => entity.name)
    expect(names.filter((name) => /State Antony|Secretary Antony/.test(name))).toEqual([])
  })

  it('has every mention of Blinken, title and handle included', () => {
    const blinken = record.entities.find((entity) => entity.name === 'Antony Blinken')
    expect(blinken?.mentions.map((mention) => mention.text)).toEqual([
      'US Secretary of State Antony Blinken',
      'Blinken',
      'Secretary Blinken',
      'Secretary Antony Blinken',
      '@SecBlinken',
    ])
    expect(blinken?.gender).toBe('male')
  })

  it('resolves its dates against 2021-07-11', () => {
    expect(record.dates.map((date) => [date.text, date.value])).toEqual([
      ['July 9, 2021', '2021-07-09'],
      ['On Thursday', '2021-07-08'],
      ['August 31', '2021-08-31'],
    ])
  })
})

describe('the seed article’s quotations', () => {
  const direct = record.quotes.filter((quote) => quote.kind === 'direct')
  const indirect = record.quotes.filter((quote) => quote.kind === 'indirect')
  const summary = (quote: (typeof record.quotes)[number]) => ({
    opens: quote.text.slice(0, 24),
    cue: quote.cue?.text,
    mention: quote.speaker?.text,
    name: quote.speaker?.name,
  })

  it('has three direct quotations with their speakers resolved', () => {
    expect(direct.map(summary)).toEqual([
      {
        opens: 'As regards the situation',
        cue: 'said',
        mention: 'the statement',
        name: 'Ministry of Foreign Affairs',
      },
      {
        opens: 'It was imperative for al',
        cue: 'said',
        mention: 'he',
        name: 'Shah Mahmood Qureshi',
      },
      { opens: 'Pakistani Foreign Minist', cue: 'said', mention: 'he', name: 'Antony Blinken' },
    ])
  })

  it('links the quotation that repeats the tweet to the post', () => {
    expect(direct.map((quote) => quote.post)).toEqual([null, null, 's1'])
  })

  it('has the reported speech of the Taliban, Qureshi, Blinken and Biden', () => {
    expect(
      indirect.map((quote) => [
        quote.speaker?.name,
        quote.cue?.text,
        quote.text.split(' ').slice(0, 3).join(' '),
      ]),
    ).toEqual([
      ['Taliban', 'claimed', 'to control 85'],
      ['Shah Mahmood Qureshi', 'said', 'securing peace in'],
      ['Antony Blinken', 'said', 'he looks forward'],
      ['Joe Biden', 'said', 'the US military'],
    ])
  })

  it('gives every speaker an entity id that exists', () => {
    const ids = new Set(record.entities.map((entity) => entity.id))
    for (const quote of record.quotes) expect(ids.has(quote.speaker?.entity ?? '')).toBe(true)
  })
})
