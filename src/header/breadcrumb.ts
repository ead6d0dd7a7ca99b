import { sectionNames } from '../data/byline.js'
import { lineAt, trimRange } from '../text/lines.js'

// `Home > World > Europe` · `News › Politics`: two to six short sections and a separator between.
const breadcrumb =
  /^[ \t]*((?:[^\s>›»|][^\n>›»|]{0,30}?[ \t]+[>›»][ \t]+){1,5}[^\s>›»|][^\n>›»|]{0,30}?)[ \t]*(?:\r?\n|$)/u

// `Home / News / World`: with slashes, three sections or more, or a first one that is a page's.
const slashedBreadcrumb =
  /^[ \t]*((?:[^\s/|][^\n/|]{0,30}?[ \t]+\/[ \t]+){1,5}[^\s/|][^\n/|]{0,30}?)[ \t]*(?:\r?\n|$)/u

/** A site's breadcrumb on the first line, before the headline. */
export function parseBreadcrumb(text: string, from: number): { value: string; end: number } | null {
  const head = text.slice(from, from + 200)
  const slashed = slashedBreadcrumb.exec(head)
  const firstSection = slashed?.[1]?.split(/\s+\/\s+/)[0]?.toLowerCase() ?? ''
  const match =
    breadcrumb.exec(head) ??
    (slashed?.[1] &&
    (slashed[1].split(/\s+\/\s+/).length >= 3 ||
      firstSection === 'home' ||
      sectionNames.has(firstSection))
      ? slashed
      : null)
  if (!match?.[1]) return null
  const sections = match[1].split(/\s+[>›»/]\s+/)
  if (sections.some((section) => section.split(/\s+/).length > 4 || !/^\p{Lu}/u.test(section)))
    return null
  return { value: match[1], end: from + match[0].length }
}

/** `Politics` alone on the first line, over the headline: the page's section. */
export function parseSection(text: string, from: number): { value: string; end: number } | null {
  const line = lineAt(text, from)
  const [start, end] = trimRange(text, line.start, line.end)
  const value = text.slice(start, end)
  if (value.length > 20 || !sectionNames.has(value.toLowerCase()) || line.next >= text.length)
    return null
  return { value, end: line.next }
}
