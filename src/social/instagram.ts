import { postDate, postTime } from './patterns.js'
import type { Signature } from './signature.js'

// A post shared by NASA (@nasa) on Sep 3, 2018 at 3:55pm PDT
// A photo posted by Jane Doe (@jane.doe)
const sharedBy = new RegExp(
  String.raw`A (?:post|photo|video) (?:shared|posted) by[ \t]+([^\n(]{1,80}?)[ \t]*\(@([A-Za-z0-9_.]{1,30})\)(?:[ \t]+on[ \t]+(${postDate})${postTime}?)?`,
  'g',
)

/** Instagram embeds pasted as text: `A post shared by Name (@handle) on …`. */
export function findInstagramSignatures(text: string): Signature[] {
  return [...text.matchAll(sharedBy)].map((match) => ({
    platform: 'instagram',
    start: match.index,
    end: match.index + match[0].length,
    name: match[1]?.trim() ?? null,
    handle: match[2] === undefined ? null : `@${match[2]}`,
    date: match[3] ?? null,
  }))
}

/** `View this post on Instagram`, which opens a pasted embed, often glued to the caption. */
export const instagramPreamble = /View this (?:post|photo|video) on Instagram/g
