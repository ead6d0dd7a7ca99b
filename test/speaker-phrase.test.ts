import { describe, expect, it } from 'vitest'
import { cleanSpeaker } from '../src/quotes/phrases.js'

/** The words `cleanSpeaker` keeps of a whole text read as a speaker phrase, or null. */
function cleaned(phrase: string, start = 0): string | null {
  const range = cleanSpeaker(phrase, { start, end: phrase.length })
  return range === null ? null : phrase.slice(range.start, range.end)
}

describe('a speaker phrase found by pattern', () => {
  it.each([
    // When it was said is no part of who said it.
    ['The Tennessean first', 'The Tennessean'],
    ['The committee this week', 'The committee'],
    ['Officials on Monday', 'Officials'],
    ['The president on Monday afternoon', 'The president'],
    ['Westerville police late Saturday', 'Westerville police'],
    // `year` is the phrase's own noun here.
    ['the previous year', 'the previous year'],
    // A dateline, or an agency's bracket, opens the paragraph, not the phrase.
    ['WASHINGTON ― The Harbor Authority', 'The Harbor Authority'],
    // A clause's subject after the noun it describes speaks; `what he` keeps its subject.
    ['an investment he', 'he'],
    ['Trump despises what he', 'Trump despises what he'],
    // After a preposition's phrase, only a name with no comma before it speaks.
    ['Despite the demand Sony', 'Sony'],
    // A given name that ends like an adverb is a name.
    ['Kelly', 'Kelly'],
  ])('%s → %s', (phrase, expected) => {
    expect(cleaned(phrase)).toBe(expected)
  })

  it.each([
    'Late last year',
    'Only last week',
    'Overall',
    'Quietly',
    'Alongside BLM',
    'Among those',
    'Which',
    "Don't",
    'Given the lack of a weapon against Ebola',
  ])('%s names nobody', (phrase) => {
    expect(cleaned(phrase)).toBeNull()
  })

  it('leaves out the end of an agency’s bracket that opens the paragraph, not an acronym’s', () => {
    const opening = '(CNN) Senate Republicans'
    expect(cleaned(opening, 1)).toBe('Senate Republicans')
    const acronym = 'The International Energy Agency (IEA) warned'
    expect(cleaned(acronym, acronym.indexOf('IEA)'))).toBe('IEA) warned')
  })

  it('gives a party label back to the name before it', () => {
    const text = 'Sen. Ann Varga (D-Ore.), also a candidate, said'
    const start = text.indexOf('D-Ore')
    const range = cleanSpeaker(text, { start, end: start + 'D-Ore.'.length })
    expect(range && text.slice(range.start, range.end)).toBe('Sen. Ann Varga')
  })
})
