import { isBlank, lineAt, skipSpace } from '../text/lines.js'

export interface Headline {
  title: string
  start: number
  end: number
}

const maxTitleLength = 200
const maxTitleWords = 30
// A sentence end: `…talks resume.` is prose, `Rivals of the £400 Apple...` and `Why now?` are headlines.
const proseEnding = /(?<!\.\.)[.,;:]["”’']*$/

/**
 * A headline: a first line on its own, followed by a blank line and more
 * text, that does not read as a sentence of prose.
 *
 *     Talks resume in Doha
 *
 *     DOHA (Reuters) - …
 */
export function parseHeadline(text: string, from: number): Headline | null {
  const line = lineAt(text, from)
  const title = text.slice(line.start, line.end).trim()
  if (title === '' || title.length > maxTitleLength) return null
  if (title.split(/\s+/).length > maxTitleWords) return null
  if (proseEnding.test(title) || !/\p{Lu}/u.test(title)) return null
  if (/^by\s/i.test(title)) return null
  const following = lineAt(text, line.next)
  if (following.start >= text.length || !isBlank(text, following.start, following.end)) return null
  if (skipSpace(text, following.next) >= text.length) return null
  return { title, start: line.start, end: line.next }
}
