import { describe, expect, it } from 'vitest'
import { dateOnly } from '../src/header/date-line.js'

describe('a line that gives only the date', () => {
  it.each([
    ['March 5, 2019', 'date', 'March 5, 2019'],
    ['Published 10:30 a.m. ET March 5, 2019', 'published', '10:30 a.m. ET March 5, 2019'],
    ['Updated: Tue 5 Mar 2019 10.30 GMT', 'updated', 'Tue 5 Mar 2019 10.30 GMT'],
    ['Posted on 2019-03-05 at 10:30', 'posted', '2019-03-05 at 10:30'],
    [
      'Last modified: March 5, 2019 / 10:30 AM / Updated 2 hours ago',
      'last modified',
      'March 5, 2019 / 10:30 AM / Updated 2 hours ago',
    ],
  ])('%s', (line, key, value) => {
    expect(dateOnly(line)).toEqual({ key, value })
  })

  it.each([
    'March 5, 2019 was a cold day',
    'Published by Acme on March 5, 2019',
    'February 30, 2019',
    'In March 2019',
  ])('not %s', (line) => {
    expect(dateOnly(line)).toBeNull()
  })
})
