import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { annotate, annotateFile } from '../src/annotate.js'
import { positionViolations } from '../src/check/positions.js'
import { InputError } from '../src/read/input-error.js'
import { fileFromBytes } from '../src/read/read-article.js'
import type { ArticleRecord } from '../src/types.js'
import { schemaErrors } from './helpers/schema.js'

// Generated inputs, checked against the invariants every record keeps: it
// is produced without throwing, validates against the schema, every
// position covers exactly its text, and the same input gives the same bytes.
const runs = Number(process.env.PROPERTY_RUNS ?? 300)
const ran = new Map<string, number>()

function holds(name: string, text: string, record: ArticleRecord): boolean {
  ran.set(name, (ran.get(name) ?? 0) + 1)
  expect(schemaErrors(record)).toEqual([])
  expect(positionViolations(text, record)).toEqual([])
  expect(JSON.stringify(annotate(text))).toBe(JSON.stringify(annotate(text)))
  return true
}

// Pieces of news text, with the marks, dashes, handles and forms the annotators look for.
const piece = fc.constantFrom(
  'ISLAMABAD: ',
  'WASHINGTON (Reuters) - ',
  'date 2021-07-11 ',
  '---\ntitle: A\n---\n',
  'Title: X\nDate: May 3, 2020\n\n',
  'By Jane Doe and John Roe\n\n',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  "''",
  ' said ',
  ' told reporters ',
  ' according to ',
  'Secretary Antony Blinken',
  'Foreign Minister Shah Mahmood Qureshi',
  'he',
  'she',
  'the statement',
  ' — ',
  ' – ',
  ' -- ',
  '(@SecBlinken) July 9, 2021',
  'pic.twitter.com/AbC123',
  'https://t.co/xyz',
  '#Tag',
  '@handle',
  'A post shared by Ann (@ann) on Sep 3, 2018 at 3:55pm PDT',
  'Posted by Fire Dept on Thursday, September 3, 2020',
  'On Thursday',
  'August 31',
  'yesterday',
  '\n',
  '\n\n',
  '\r\n',
  '. ',
  ', ',
  ': ',
  'The plan will fail',
  'U.S.',
  'Mr. Smith',
  'Copyright © 2025 X',
  '(Reporting by A)',
  '\u0097',
  '\uFEFF',
  '😀',
  'é',
)
const article = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((parts) => parts.join(''))

describe('any text in, a valid record out', () => {
  it('arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) =>
        holds('unicode text', text, annotate(text)),
      ),
      { numRuns: runs },
    )
  })

  it('article-shaped text: headers, quotes, posts, mixed at random', () => {
    fc.assert(
      fc.property(article, (text) => holds('article-shaped text', text, annotate(text))),
      { numRuns: runs },
    )
  })

  it('byte soup: a record, or an InputError for binary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        let file: ReturnType<typeof fileFromBytes>
        try {
          file = fileFromBytes(bytes, 'soup.txt')
        } catch (error) {
          expect(error).toBeInstanceOf(InputError)
          ran.set('byte soup', (ran.get('byte soup') ?? 0) + 1)
          return true
        }
        return holds('byte soup', String(file.value), annotateFile(file))
      }),
      { numRuns: runs },
    )
  })

  afterAll(() => {
    // The number of generated cases each property ran, for the test log.
    console.log([...ran].map(([name, count]) => `${name}: ${count} cases`).join('\n'))
  })
})
