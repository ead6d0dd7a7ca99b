import { describe, expect, it } from 'vitest'
import * as newsparse from '../src/index.js'

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(newsparse).sort()).toEqual([
      'InputError',
      'annotate',
      'annotateFile',
      'createProcessor',
      'defaultMaxBytes',
      'fileFromBytes',
      'formatNames',
      'formatters',
      'readArticle',
      'recordSchema',
    ])
  })

  it('annotates text into a record of schema version 2', () => {
    const record = newsparse.annotate('Geneva - The talks resumed.\n', { path: 'a.txt' })
    expect(record.schemaVersion).toBe(2)
    expect(record.source).toEqual({ path: 'a.txt', bytes: 28, encoding: 'utf-8' })
    expect(record.header.dateline?.place).toBe('Geneva')
    expect(record.paragraphs.map((paragraph) => paragraph.text)).toEqual(['The talks resumed.'])
  })
})
