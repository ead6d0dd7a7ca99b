import type { Signature } from './signature.js'

// @nasa Launch day! #space ♬ original sound - NASA
const embed = /(?<![\w@])@([A-Za-z0-9_.]{2,24})[ \t]+([^\n♬]{1,300}?)[ \t]*♬[ \t]*([^\n]{1,100})/g

/**
 * TikTok embeds pasted as text: the author's handle, the caption, and the
 * sound line after `♬`. Unlike other signatures it opens the post, so the
 * caption is returned as `words` and the signature covers the whole embed.
 */
export function findTikTokEmbeds(text: string): Array<Signature & { words: [number, number] }> {
  return [...text.matchAll(embed)].map((match) => {
    const caption = match[2] ?? ''
    const captionStart = match.index + match[0].indexOf(caption, 1 + (match[1]?.length ?? 0))
    return {
      platform: 'tiktok',
      start: match.index,
      end: match.index + match[0].length,
      name: null,
      handle: match[1] === undefined ? null : `@${match[1]}`,
      date: null,
      words: [captionStart, captionStart + caption.trimEnd().length],
    }
  })
}
