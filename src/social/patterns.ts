import { monthPattern } from '../data/months.js'

// July 9, 2021 · Jul 9, 2021 · 9 July 2021
export const postDate = String.raw`(?:(?:${monthPattern})\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+(?:${monthPattern})\.?,?[ \t]+\d{4})`

// Sep 3, 2018 at 3:55pm PDT
export const postTime = String.raw`(?:[ \t]+at[ \t]+\d{1,2}:\d{2}[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?)`

// Thursday, September 3, 2020
export const weekdayDate = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ \t]+${postDate}`

/** URLs in a post: t.co, pic.twitter.com, x.com, instagram.com and any other. */
export const urlPattern =
  /\b(?:https?:\/\/[^\s<>"“”]+|pic\.(?:twitter|x)\.com\/[A-Za-z0-9]+|(?:www\.)?(?:twitter|x|instagram)\.com\/[^\s<>"“”]+)/g

/** `@SMQureshiPTI` (not the `@` of an e-mail address). */
export const mentionPattern = /(?<![\w@.])@[A-Za-z0-9_]{1,15}\b/g

/** `#KatesLaw` (not `&#39;` or a URL fragment). */
export const hashtagPattern = /(?<![\w&/#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu
