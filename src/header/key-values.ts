import { knownHeaderKeys } from '../data/header-keys.js'
import { isBlank, lineAt } from '../text/lines.js'

export interface KeyValues {
  fields: Record<string, string>
  end: number
}

// Title: Talks resume
// Published: 2021-07-11
const keyValueLine = /^([A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+){0,2}):[ \t]*(.{0,300})$/
const upperCase = /^[A-Z0-9 _-]+$/

/**
 * A block of `key: value` lines at the top, ended by a blank line or the end
 * of the text. `ISLAMABAD: …` is a dateline, not a key, so an all-capitals key
 * counts only when it is a known one.
 */
export function parseKeyValues(text: string, from: number): KeyValues | null {
  const fields: Record<string, string> = {}
  let count = 0
  let known = false
  let line = lineAt(text, from)
  while (line.start < text.length && !isBlank(text, line.start, line.end)) {
    const match = keyValueLine.exec(text.slice(line.start, line.end))
    const key = match?.[1]
    if (!match || key === undefined) return null
    const isKnown = knownHeaderKeys.has(key.toLowerCase())
    if (upperCase.test(key) && !isKnown) return null
    fields[key] = (match[2] ?? '').trim()
    known ||= isKnown
    count++
    line = lineAt(text, line.next)
  }
  if (count === 0 || (count === 1 && !known)) return null
  return { fields, end: line.start }
}
