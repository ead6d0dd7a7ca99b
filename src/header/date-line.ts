import { lineAt, trimRange } from '../text/lines.js'
import { findDate, slashedDateIn, unglued } from './iso-date.js'

/** A date as a header field: `{key: 'published', value: '10:30 a.m. ET March 5, 2019'}`. */
export interface DateField {
  /** `published`, `updated`, … as the line labels it; `date` when it does not. */
  key: string
  /** The line after its label, as written: `10:30 a.m. ET March 5, 2019`. */
  value: string
}

export interface DateLine extends DateField {
  end: number
}

const maxDateLineLength = 80
// `Published`, `Updated:`, `Posted on`, `Last updated`
const label =
  /^(published|updated|posted|last updated|last modified|modified|first published|date)(?:\s+(?:on|at))?\s*:?\s*/i
// What may stand beside the date: a time, a zone, a weekday, separators.
const beside =
  /^(?:[\s,|/·•–—-]+|(?:updated|published|posted|modified)\b:?|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|(?:updated\s+)?(?:\d+|an?)\s+(?:minutes?|hours?|days?)\s+ago\b|\d+\s+min(?:ute)?s?\s+read\b|\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?|[ap]\.m\.|[AP]M\b|(?:(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST|AST|ADT|GMT|UTC|BST|WET|WEST|CET|CEST|EET|EEST|MSK|EAT|WAT|CAT|SAST|GST|IRST|PKT|IST|NPT|BDT|ICT|WIB|SGT|MYT|PHT|HKT|JST|KST|AWST|ACST|AEST|AEDT|NZST|NZDT)\b|at\b|on\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?|\([^()]{1,30}\))*$/i

/**
 * A line that gives the article's date and nothing else, under or over the
 * headline:
 *
 *     March 5, 2019
 *     Published 10:30 a.m. ET March 5, 2019
 *     Updated: Tue 5 Mar 2019 10.30 GMT
 *     March 5, 2019 / 10:30 AM / Updated 2 hours ago
 */
export function parseDateLine(text: string, from: number): DateLine | null {
  const line = lineAt(text, from)
  const [start, end] = trimRange(text, line.start, line.end)
  const found = dateOnly(text.slice(start, end))
  return found ? { ...found, end: line.next } : null
}

/** `Published 10:30 a.m. ET March 5, 2019` → its label and the date as written, or null. */
export function dateOnly(content: string): DateField | null {
  if (content === '' || content.length > maxDateLineLength) return null
  const labelled = label.exec(content)
  // (`Updated August 02, 2014.`: a full stop after the year ends the line, no part of the date.)
  const value = content.slice(labelled?.[0].length ?? 0).replace(/(?<=\d)\.$/, '')
  // The value stays as written; its parts are read apart.
  const spaced = unglued(value)
  // `Published: 03/12/2024`: a date all the same, though which of day and month comes first the
  // line does not say (the header's `date` is then null, with a message).
  const ambiguous = slashedDateIn.exec(spaced)
  const date =
    findDate(spaced) ??
    (ambiguous ? { index: ambiguous.index, length: ambiguous[0].length, iso: '' } : null)
  if (!date) return null
  let rest = spaced.slice(0, date.index) + spaced.slice(date.index + date.length)
  // `Posted Tue 3 Dec 2024 at 6:12pm, updated Tue 3 Dec 2024 at 7:00pm`: a second date, updated.
  const second = findDate(rest)
  if (second) rest = rest.slice(0, second.index) + rest.slice(second.index + second.length)
  if (!beside.test(rest)) return null
  return { key: labelled?.[1]?.toLowerCase() ?? 'date', value }
}
