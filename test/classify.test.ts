import { describe, expect, it } from 'vitest'
import { classify } from '../src/entities/classify.js'
import { tokenize } from '../src/entities/tokens.js'

/** The kind and name `classify` gives a run of capitalised words read alone, or null. */
function classified(run: string): string | null {
  const candidate = classify(tokenize(run, 0, run.length))
  return candidate === null
    ? null
    : `${candidate.kind}: ${candidate.name.map((token) => token.text).join(' ')}`
}

describe('a run of capitalised words', () => {
  it.each([
    // A headline in title case: a relative pronoun after a title opens a clause.
    ['Judge Who Jailed Protest Leaders', null],
    ['Mayor Who Hid Budget Deficits', null],
    // A title and a name.
    ['Mayor Ana Ruiz', 'person: Ana Ruiz'],
    // The words `A` and `I` alone name nothing; `US` and `IT` in capitals may.
    ['A', null],
    ['I', null],
    ['US', 'place: US'],
  ])('%s → %s', (run, expected) => {
    expect(classified(run)).toBe(expected)
  })
})
