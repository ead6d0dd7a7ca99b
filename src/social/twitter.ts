import { postDate } from './patterns.js'
import type { Signature } from './signature.js'

// (@SecBlinken) July 9, 2021 — the anchor every pasted tweet ends with; the
// date may sit on the next line.
const handleAndDate = new RegExp(
  String.raw`\(@([A-Za-z0-9_]{1,15})\)[ \t]*(?:\r?\n[ \t]*)?(${postDate})`,
  'g',
)
// The dash before the name: `— Name`, `–Name`, `....— Name`, ` - Name`, ` -- Name`.
const nameDash = /(?:[—–\u0097]|(?:^|[ \t])--?[ \t])(?!.*(?:[—–\u0097]|[ \t]--?[ \t]))/
const maxNameLength = 80
const maxAbbreviationLength = 8

/**
 * Tweets pasted as text end in a signature:
 *
 *     …other key issues. — Secretary Antony Blinken (@SecBlinken) July 9, 2021
 *     …pic.twitter.com/x – Name (@handle) 9 July 2021
 *     SICK! — Constitutional-TQN?          (the signature broken over two lines)
 *     (@TechQn) December 1, 2017
 *     Comfortably Smug (@ComfortablySmug) August 1, 2018   (no dash)
 */
export function findTweetSignatures(text: string): Signature[] {
  const signatures: Signature[] = []
  for (const match of text.matchAll(handleAndDate)) {
    const anchor = match.index
    const handle = match[1]
    if (handle === undefined) continue
    const lineStart = lineStartNear(text, anchor)
    let name = nameBefore(text, lineStart, anchor)
    const previousStart = lineStartNear(text, lineStart - 1)
    if (name === null && text.slice(lineStart, anchor).trim() === '' && lineStart > 0) {
      // The name ended the previous line.
      name = nameBefore(text, previousStart, lineStart - 1, true)
    } else if (name !== null && name.start === lineStart && lineStart > 0) {
      // `…pic.twitter.com/x — Sec.` / `Kirstjen Nielsen (@SecNielsen) …`: a
      // sentence splitter broke the name after an abbreviation.
      const head = nameBefore(text, previousStart, lineStart - 1, true)
      if (head !== null && head.name.length <= maxAbbreviationLength && head.name.endsWith('.')) {
        name = { name: `${head.name} ${name.name}`, start: head.start }
      }
    }
    signatures.push({
      platform: 'twitter',
      start: name?.start ?? anchor,
      end: anchor + match[0].length,
      name: name?.name ?? null,
      handle: `@${handle}`,
      date: match[2] ?? null,
    })
  }
  return signatures
}

/**
 * Where the line holding `offset` starts, looking back no further than a
 * signature can reach (so that ten thousand signatures on one line stay
 * linear); a start that far back stands for any line start before it.
 */
function lineStartNear(text: string, offset: number): number {
  const limit = Math.max(0, offset - lookBack)
  for (let index = offset - 1; index >= limit; index--) {
    if (text.charCodeAt(index) === 10) return index + 1
  }
  return limit
}

const lookBack = 300

/** The name between a dash (or the line start) and `end`, and where its signature starts. */
function nameBefore(
  text: string,
  lineStart: number,
  end: number,
  needsDash = false,
): { name: string; start: number } | null {
  const segment = text.slice(Math.max(lineStart, end - 200), end).replace(/\r$/, '')
  const offset = Math.max(lineStart, end - 200)
  const found = nameDash.exec(segment)
  if (found) {
    const name = segment.slice(found.index + found[0].length).trim()
    if (name === '' || name.length > maxNameLength) return null
    const start = offset + found.index + (found[0].length - found[0].trimStart().length)
    return { name, start }
  }
  const name = segment.trim()
  if (needsDash || name === '' || name.length > maxNameLength / 2 || offset !== lineStart)
    return null
  return { name, start: offset + segment.indexOf(name) }
}
