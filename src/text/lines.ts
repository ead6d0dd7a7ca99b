/** One line of the source: `[start, end)` is its content without the line break. */
export interface Line {
  start: number
  end: number
  /** Where the next line starts (`text.length` at the end). */
  next: number
}

/** The line that starts at `from`; it ends at `\n`, `\r\n` or a lone `\r` (old Mac files). */
export function lineAt(text: string, from: number): Line {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) return { start: from, end: index, next: index + 1 }
    if (code === 13) {
      const next = text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1
      return { start: from, end: index, next }
    }
  }
  return { start: from, end: text.length, next: text.length }
}

/** Where the line holding `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
  let index = offset
  while (index > 0) {
    const code = text.charCodeAt(index - 1)
    if (code === 10 || code === 13) break
    index--
  }
  return index
}

/** Is `[start, end)` empty or only white space? */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (!isSpace(text.charCodeAt(index))) return false
  }
  return true
}

/** Space, tab, line breaks, no-break space and the other Unicode spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** The first offset at or after `from` that is not white space. */
export function skipSpace(text: string, from: number): number {
  let offset = from
  while (offset < text.length && isSpace(text.charCodeAt(offset))) offset++
  return offset
}

/** `[start, end)` shrunk to exclude white space at both ends. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let from = start
  let to = end
  while (from < to && isSpace(text.charCodeAt(from))) from++
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--
  return [from, to]
}

/** The line at `from`, trimmed, and where the next line starts. */
export function lineContent(text: string, from: number): { content: string; next: number } {
  const line = lineAt(text, from)
  const [start, end] = trimRange(text, line.start, line.end)
  return { content: text.slice(start, end), next: line.next }
}
