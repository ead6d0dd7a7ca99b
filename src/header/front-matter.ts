import { parse } from 'yaml'
import { lineAt } from '../text/lines.js'
import type { HeaderValue } from '../types.js'

export type FrontMatter =
  | { fields: Record<string, HeaderValue>; end: number }
  | { error: string; start: number; end: number }

// ---
// title: Talks resume
// date: 2021-07-11
// ---
export function parseFrontMatter(text: string, from: number): FrontMatter | null {
  const first = lineAt(text, from)
  if (text.slice(first.start, first.end).trimEnd() !== '---') return null
  let line = lineAt(text, first.next)
  while (line.start < text.length) {
    const content = text.slice(line.start, line.end).trimEnd()
    if (content === '---' || content === '...') {
      return fieldsOf(text.slice(first.next, line.start), from, line.next)
    }
    line = lineAt(text, line.next)
  }
  return null
}

function fieldsOf(yaml: string, start: number, end: number): FrontMatter {
  let value: unknown
  try {
    value = parse(yaml)
  } catch (error) {
    return {
      error: `Cannot parse YAML front matter: ${(error as Error).message.split('\n')[0]}`,
      start,
      end,
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: 'Expected YAML front matter to be a mapping of keys to values', start, end }
  }
  return { fields: JSON.parse(JSON.stringify(value)) as Record<string, HeaderValue>, end }
}
