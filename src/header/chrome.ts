import { lineContent, skipSpace } from '../text/lines.js'

// `3 hours ago`, `Updated 2 hrs ago`, `Just now`: when the page says it was posted, with no date.
const timeAgo =
  /(?:(?:last\s+)?(?:updated|published|posted):?\s+)?(?:\d+|an?)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|just now/
// A page's buttons, reading time, picture credits and links, copied with the header: `Share` ·
// `Save` · `Share on Facebook` · `Skip to main content` · `Copy link` · `5 minute read` · `3 min` ·
// `Listen to this article` · `Getty Images` · `Terms of Use Privacy Policy` · `@samsmith` (the
// writer's handle under the byline) · `jdoe@dailystar.com` (the writer's address) · `Follow` ·
// `·` (a separator left on a line of its own) · `Image caption, The mayor leaves …` · `Photo: The
// mayor leaves city hall. (Jane Doe/Daily Star)` (a picture's caption over the story) · a time
// since posting, with no date (`timeAgo`)
const pageChrome = new RegExp(
  String.raw`^(?:share|save|follow|[·•|]|share this(?: article| story| video| post| page)?|share on (?:facebook|twitter|x|whatsapp|linkedin|email|reddit)|skip to (?:main )?content|copy link|comments?|print|advertisement|\d+\s*min(?:ute)?s?(?:\s+read)?|reading time:?\s*\d+\s*min(?:ute)?s?|listen to (?:this )?(?:article|story)(?:\W+\d+\s*min(?:ute)?s?)?|getty images|afp via getty images|image (?:caption|source),\s.{2,250}|(?:photo|image|picture) caption:\s.{2,250}|(?:photo|image|picture):\s(?=.*[.)]$).{2,250}|(?:photo|image|picture)s?(?:\s+credit)?:\s*[\p{L}/ .&-]{2,40}|(?:(?:terms of (?:use|service)|privacy policy)\s*(?:[|·•&]|and)?\s*){1,3}|(?:follow\s+)?@[\w.]{2,30}|(?:email:?\s+)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|${timeAgo.source})$`,
  'iu',
)

/** Does the line at `from` say only how long ago the page was posted (`2 hrs ago`)? */
export function timeAgoLine(text: string, from: number): boolean {
  return timeAgoAlone.test(lineContent(text, from).content)
}
const timeAgoAlone = new RegExp(`^(?:${timeAgo.source})$`, 'i')

/** The end of the line at `from` when it holds only such chrome, else null. */
export function pageChromeLine(text: string, from: number): number | null {
  const { content, next } = lineContent(text, from)
  return pageChrome.test(content) ? next : null
}

/**
 * The offset after the page chrome at `from` (`Follow`, `5 min read`, `·`), up to four
 * lines of it, past the blank space after each.
 */
export function skipChrome(text: string, from: number): number {
  let offset = skipSpace(text, from)
  for (let lines = 0; lines < 4; lines++) {
    const end = pageChromeLine(text, offset)
    if (end === null) break
    offset = skipSpace(text, end)
  }
  return offset
}
