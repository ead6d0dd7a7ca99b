import { monthPattern, months } from '../data/months.js'

// 2021-07-11, 2021/07/11, 2021-07-11T09:30:00Z
const numericDate = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/
// July 11, 2021 · Jul. 11 2021 · Sunday, July 11, 2021
const monthFirst = new RegExp(
  `^(?:[a-z]+,?\\s+)?(${monthPattern})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'i',
)
// 11 July 2021 · Sunday 11 July, 2021
const dayFirst = new RegExp(
  `^(?:[a-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthPattern})\\.?,?\\s+(\\d{4})\\b`,
  'i',
)

// The same dates anywhere in a line: `Published 10:30 a.m. ET March 5, 2019`.
const numericDateIn = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/.-])/
// 05.03.2025: day, month and year between dots, as Europe writes them (not `05/03/2025`,
// which the United States reads month first).
const dottedDateIn = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/
// 25/03/2025, 03/25/2025: with slashes, read only when one part is over 12 and so must be the day,
// or when an American time zone follows (`12/03/2024 10:15 AM EST`).
const americanZone = /\b(?:E[SD]T|C[SD]T|M[SD]T|P[SD]T|AK[SD]T|HST|ET|CT|MT|PT)\b/
export const slashedDateIn = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/
const monthFirstIn = new RegExp(
  `\\b(${monthPattern})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'i',
)
const dayFirstIn = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthPattern})\\.?,?\\s+(\\d{4})\\b`,
  'i',
)

/**
 * `December 3, 20246:12 PM GMTUpdated 2 hours ago` → `December 3, 2024 6:12 PM GMT Updated 2 hours
 * ago`, `3 Dec 20243 Dec 2024` → `3 Dec 2024 3 Dec 2024`: a page's year, time, label or second date
 * that run together when copied, read apart.
 */
export function unglued(value: string): string {
  return value
    .replace(/\b((?:19|20)\d{2})(?=\d{1,2}(?::\d{2}|\s+\p{L}))/gu, '$1 ')
    .replace(/(\p{Lu}{2,}|\p{Ll})(?=(?:Updated|Published)\b)/gu, '$1 ')
}

/** `YYYY-MM-DD` for a written date, or null when it is not a whole, valid date. */
export function toIsoDate(value: string): string | null {
  const text = unglued(value.trim())
  let match = numericDate.exec(text)
  if (match) return isoOf(Number(match[1]), Number(match[2]), Number(match[3]))
  match = monthFirst.exec(text)
  if (match) return isoOf(Number(match[3]), monthNumber(match[1]), Number(match[2]))
  match = dayFirst.exec(text)
  if (match) return isoOf(Number(match[3]), monthNumber(match[2]), Number(match[1]))
  return findDate(text)?.iso ?? null
}

/** The first whole, valid date written in `text`, where it stands and its ISO form. */
export function findDate(text: string): { index: number; length: number; iso: string } | null {
  const found = (match: RegExpExecArray | null, iso: (m: RegExpExecArray) => string | null) => {
    const value = match ? iso(match) : null
    return match && value ? { index: match.index, length: match[0].length, iso: value } : null
  }
  return (
    found(numericDateIn.exec(text), (m) => isoOf(Number(m[1]), Number(m[2]), Number(m[3]))) ??
    found(monthFirstIn.exec(text), (m) => isoOf(Number(m[3]), monthNumber(m[1]), Number(m[2]))) ??
    found(dayFirstIn.exec(text), (m) => isoOf(Number(m[3]), monthNumber(m[2]), Number(m[1]))) ??
    found(dottedDateIn.exec(text), (m) => isoOf(Number(m[3]), Number(m[2]), Number(m[1]))) ??
    found(slashedDateIn.exec(text), (m) => {
      const [first, second] = [Number(m[1]), Number(m[2])]
      if (first > 12) return isoOf(Number(m[3]), second, first)
      if (second > 12) return isoOf(Number(m[3]), first, second)
      if (first === second) return isoOf(Number(m[3]), first, first)
      // `12/03/2024 10:15 AM EST`: an American time zone says the month comes first.
      return americanZone.test(text) ? isoOf(Number(m[3]), first, second) : null
    })
  )
}

function monthNumber(name: string | undefined): number {
  return months.get((name ?? '').toLowerCase()) ?? 0
}

/** `YYYY-MM-DD`, or null for an impossible date such as February 30. */
export function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
