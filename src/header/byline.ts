import { bylineNonNames } from '../data/byline.js'
import { lineAt } from '../text/lines.js'

export interface Byline {
  text: string
  authors: string[]
  end: number
}

// By Jane Doe and John Roe
const bylineLine = /^by[ \t]+(\p{Lu}.{0,150})$/iu

/** A line of its own that starts with `By` and names people. */
export function parseByline(text: string, from: number): Byline | null {
  const line = lineAt(text, from)
  const content = text.slice(line.start, line.end).trim()
  const match = bylineLine.exec(content)
  if (!match || match[1] === undefined) return null
  const authors = splitAuthors(match[1])
  if (authors.length === 0) return null
  return { text: content, authors, end: line.next }
}

const nameLike =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|del|da|di|al|bin|ibn|le|la))*$/u

/**
 * `Jane Doe, John Roe and Ann Poe | Reuters` → the three names. Roles and
 * agencies (`Staff Writer`, `Reuters`) are dropped; so is all after a `|`.
 */
export function splitAuthors(value: string): string[] {
  const [names = ''] = value.split('|')
  return names
    .split(/\s*(?:,|;|&|\band\b)\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && nameLike.test(part) && !bylineNonNames.has(part.toLowerCase()))
    .filter((part) => part.split(/\s+/).length <= 5)
}
