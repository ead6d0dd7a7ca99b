export interface DatePrefix {
  key: string
  value: string
  end: number
}

// date 2021-07-11 ISLAMABAD: US Secretary of State…
// Published: 2021-07-11T09:30:00Z WASHINGTON (Reuters) - …
const datePrefix =
  /^(date|published|updated)[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s|$)/i

/** A date key and ISO value that open the first line, ahead of the text. */
export function parseDatePrefix(text: string, from: number): DatePrefix | null {
  const match = datePrefix.exec(text.slice(from, from + 80))
  if (!match || match[1] === undefined || match[2] === undefined) return null
  return { key: match[1], value: match[2], end: from + match[0].length }
}
