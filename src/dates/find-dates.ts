import { monthPattern, months, weekdays } from '../data/months.js'
import { isoOf } from '../header/iso-date.js'

export interface FoundDate {
  start: number
  end: number
  value: string | null
}

const day = String.raw`(\d{1,2})(?:st|nd|rd|th)?`
const month = String.raw`(${monthPattern})\.?`
const weekday = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'

// Longest forms first; each names the text it takes.
const patterns: Array<{
  pattern: RegExp
  read: (match: RegExpExecArray, articleDate: Date | null) => string | null
}> = [
  // 2021-07-11
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/y,
    read: (m) => isoOf(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  // July 9, 2021 · Jul. 9 2021 · July 9th, 2021
  {
    pattern: new RegExp(String.raw`\b${month}[ \t]+${day},?[ \t]+(\d{4})\b`, 'y'),
    read: (m) => isoOf(Number(m[3]), monthNumber(m[1]), Number(m[2])),
  },
  // 9 July 2021 · 9th July, 2021
  {
    pattern: new RegExp(String.raw`\b${day}[ \t]+${month},?[ \t]+(\d{4})\b`, 'y'),
    read: (m) => isoOf(Number(m[3]), monthNumber(m[2]), Number(m[1])),
  },
  // August 31 · Aug. 31 (the article's year)
  {
    pattern: new RegExp(String.raw`\b${month}[ \t]+${day}\b(?![,.]?\d|:)`, 'y'),
    read: (m, date) =>
      date ? isoOf(date.getUTCFullYear(), monthNumber(m[1]), Number(m[2])) : null,
  },
  // 31 August
  {
    pattern: new RegExp(String.raw`\b${day}[ \t]+${month}\b`, 'y'),
    read: (m, date) =>
      date ? isoOf(date.getUTCFullYear(), monthNumber(m[2]), Number(m[1])) : null,
  },
  // July 2021 (a month: `YYYY-MM`)
  {
    pattern: new RegExp(String.raw`\b${month}[ \t]+(\d{4})\b`, 'y'),
    read: (m) => {
      const number = monthNumber(m[1])
      return number === 0 ? null : `${m[2]}-${String(number).padStart(2, '0')}`
    },
  },
  // On Thursday · last Thursday · next Thursday · Thursday
  {
    pattern: new RegExp(String.raw`\b(?:([Oo]n|[Ll]ast|[Nn]ext|[Tt]his)[ \t]+)?${weekday}\b`, 'y'),
    read: (m, date) => weekdayDate(m[1]?.toLowerCase() ?? 'on', m[2] ?? '', date),
  },
  // yesterday · today · tomorrow
  {
    pattern: /\b([Yy]esterday|[Tt]oday|[Tt]omorrow)\b/y,
    read: (m, date) => {
      if (!date) return null
      const shift = { yesterday: -1, today: 0, tomorrow: 1 }[(m[1] ?? '').toLowerCase()] ?? 0
      return isoFromDate(addDays(date, shift))
    },
  },
]

const starts = new RegExp(
  String.raw`\b(?:\d|${monthPattern}|[Oo]n |[Ll]ast |[Nn]ext |[Tt]his |Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Tt]omorrow)`,
  'g',
)

/**
 * Where a date may start anywhere in `text`, in order: one pass over the
 * article, so that a paragraph with none costs a binary search, not a scan.
 */
export function dateCandidates(text: string): number[] {
  starts.lastIndex = 0
  return [...text.matchAll(starts)].map((match) => match.index)
}

/**
 * Date expressions in `[start, end)` with ISO values, resolved against the
 * article's date: news reports the past, so a bare weekday is the latest one
 * on or before the article's date. Without an article date, relative dates
 * have no value.
 */
export function findDates(
  text: string,
  start: number,
  end: number,
  articleDate: string | null,
): FoundDate[] {
  const date = articleDate ? new Date(`${articleDate}T00:00:00Z`) : null
  const slice = text.slice(start, end)
  const found: FoundDate[] = []
  let next = 0
  for (const candidate of slice.matchAll(starts)) {
    if (candidate.index < next) continue
    for (const { pattern, read } of patterns) {
      pattern.lastIndex = candidate.index
      const match = pattern.exec(slice)
      if (!match) continue
      found.push({
        start: start + match.index,
        end: start + match.index + match[0].length,
        value: read(match, date),
      })
      next = match.index + match[0].length
      break
    }
  }
  return found
}

function monthNumber(name: string | undefined): number {
  return months.get((name ?? '').toLowerCase()) ?? 0
}

function weekdayDate(relation: string, name: string, date: Date | null): string | null {
  const target = weekdays.get(name.toLowerCase())
  if (!date || target === undefined) return null
  const today = date.getUTCDay()
  if (relation === 'next') return isoFromDate(addDays(date, ((target - today + 6) % 7) + 1))
  if (relation === 'last') return isoFromDate(addDays(date, -(((today - target + 6) % 7) + 1)))
  return isoFromDate(addDays(date, -((today - target + 7) % 7)))
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000)
}

function isoFromDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}
