import { postTime, weekdayDate } from './patterns.js'
import type { Signature } from './signature.js'

// Posted by Orbán Viktor on Wednesday, February 7, 2018
// (the weekday tells it from a blog's `Posted by b on November 29, 2018 at 10:23 AM`)
const postedBy = new RegExp(
  String.raw`Posted by[ \t]+([^\n]{1,80}?)[ \t]+on[ \t]+(${weekdayDate})${postTime}?`,
  'g',
)

/** Facebook posts pasted as text: `… Posted by Name on Thursday, September 3, 2020`. */
export function findFacebookSignatures(text: string): Signature[] {
  return [...text.matchAll(postedBy)].map((match) => ({
    platform: 'facebook',
    start: match.index,
    end: match.index + match[0].length,
    name: match[1]?.trim() ?? null,
    handle: null,
    date: match[2] ?? null,
  }))
}
