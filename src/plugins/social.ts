import type { VFile } from 'vfile'
import type { ArticleTree } from '../data-map.js'
import { toIsoDate } from '../header/iso-date.js'
import { positionOf } from '../position.js'
import { findFacebookSignatures } from '../social/facebook.js'
import { findInstagramSignatures, instagramPreamble } from '../social/instagram.js'
import { hashtagPattern, mentionPattern, urlPattern } from '../social/patterns.js'
import type { Signature } from '../social/signature.js'
import { findTikTokEmbeds } from '../social/tiktok.js'
import { findTweetSignatures } from '../social/twitter.js'
import { trimRange } from '../text/lines.js'
import { lastAtOrBefore } from '../text/search.js'
import type { Paragraph, SocialPost } from '../types.js'

/**
 * Posts pasted into the article: find each signature, take the words before
 * it (or, for TikTok, within it) as the post, and mark the paragraphs it covers as `social`. Writes
 * `file.data.social`; sets `kind` on `file.data.paragraphs`.
 */
export function social() {
  return (_tree: ArticleTree, file: VFile): undefined => {
    const text = String(file.value)
    const paragraphs = file.data.paragraphs ?? []
    const bodyStart = file.data.bodyStart ?? 0
    const signatures = [
      ...findTweetSignatures(text),
      ...findInstagramSignatures(text),
      ...findFacebookSignatures(text),
      ...findTikTokEmbeds(text),
    ]
      .filter((signature) => signature.start >= bodyStart)
      .sort((a, b) => a.start - b.start)

    const posts: SocialPost[] = []
    // Words already given to a post are not another post's.
    let claimed = bodyStart
    for (const signature of signatures) {
      if (signature.start < claimed) continue
      const [wordsStart, end] = signature.words ?? wordsBefore(text, paragraphs, signature, claimed)
      const start = Math.min(wordsStart, signature.start)
      const words = text.slice(wordsStart, end)
      const body = withoutTrailingLinks(words)
      const all = text.slice(start, signature.end)
      posts.push({
        id: `s${posts.length + 1}`,
        platform: signature.platform,
        text: body.replace(/\s*\n\s*/g, ' '),
        // The author's entity is linked when the record is compiled, once entities are known.
        author: { name: signature.name, handle: signature.handle, entity: null },
        date: signature.date === null ? null : toIsoDate(signature.date),
        url: statusUrl(all),
        links: unique(all.match(urlPattern) ?? []),
        mentions: unique(body.match(mentionPattern) ?? []).filter(
          (handle) => handle !== signature.handle,
        ),
        hashtags: unique(words.match(hashtagPattern) ?? []),
        position: positionOf(file, start, signature.end),
      })
      for (
        let index = Math.max(0, paragraphAt(paragraphs, start));
        index < paragraphs.length;
        index++
      ) {
        const paragraph = paragraphs[index]
        if (!paragraph || paragraph.position.start.offset >= signature.end) break
        if (paragraph.position.end.offset > start) paragraph.kind = 'social'
      }
      claimed = signature.end
    }
    file.data.social = posts
  }
}

/**
 * The post's words: what precedes the signature in its paragraph, after a
 * glued `View this post on Instagram`; or, when the signature opens its
 * paragraph, the whole paragraph before it.
 */
function wordsBefore(
  text: string,
  paragraphs: Paragraph[],
  signature: Signature,
  claimed: number,
): [number, number] {
  const index = paragraphAt(paragraphs, signature.start)
  const paragraph = paragraphs[index]
  if (paragraph === undefined || signature.start >= paragraph.position.end.offset) {
    return [signature.start, signature.start]
  }
  let from = Math.max(paragraph.position.start.offset, claimed)
  for (const preamble of text.slice(from, signature.start).matchAll(instagramPreamble)) {
    from = paragraph.position.start.offset + preamble.index + preamble[0].length
  }
  const [start, end] = trimRange(text, from, signature.start)
  // Words, not just `pic.twitter.com/x` or `#FairPay`: the post is this paragraph's.
  if (start < end && hasWords(text.slice(start, end))) return [start, end]
  const previous = paragraphs[index - 1]
  if (
    previous === undefined ||
    previous.position.start.offset < claimed ||
    previous.kind !== 'body'
  ) {
    return start < end ? [start, end] : [signature.start, signature.start]
  }
  return [previous.position.start.offset, start < end ? end : previous.position.end.offset]
}

function hasWords(value: string): boolean {
  const words = value
    .replace(urlPattern, '')
    .replace(hashtagPattern, '')
    .replace(mentionPattern, '')
  return /\p{L}/u.test(words)
}

/** The index of the last paragraph starting at or before `offset` (-1 if none): paragraphs are in order. */
function paragraphAt(paragraphs: Paragraph[], offset: number): number {
  return lastAtOrBefore(paragraphs, offset, (paragraph) => paragraph.position.start.offset)
}

// `… bilateral relationship pic.twitter.com/x https://t.co/y` → `… bilateral relationship`
const trailingLink = new RegExp(`\\s*(?:${urlPattern.source})\\s*$`)

function withoutTrailingLinks(words: string): string {
  let body = words
  for (let previous = ''; previous !== body; ) {
    previous = body
    body = body.replace(trailingLink, '')
  }
  return body.trim()
}

// https://twitter.com/SecBlinken/status/1413… · https://x.com/… · https://www.instagram.com/p/…
const statusLink =
  /https?:\/\/(?:www\.)?(?:(?:twitter|x)\.com\/\w+\/status\/\d+|instagram\.com\/(?:p|reel)\/[\w-]+)\S*/

function statusUrl(value: string): string | null {
  return statusLink.exec(value)?.[0] ?? null
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}
