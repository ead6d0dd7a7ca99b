import type { VFile } from 'vfile'
import { boilerplatePatterns } from '../data/boilerplate.js'
import type { ArticleTree } from '../data-map.js'
import { splitParagraphs } from '../paragraphs/split.js'
import { positionOf } from '../position.js'
import type { Paragraph, ParagraphKind } from '../types.js'

/** Paragraphs of the body, from `file.data.bodyStart` on. Writes `file.data.paragraphs`. */
export function paragraphs() {
  return (_tree: ArticleTree, file: VFile): undefined => {
    const text = String(file.value)
    const found = splitParagraphs(text, file.data.bodyStart ?? 0)
    // `MUMBAI (Reuters) - The …` under a caption: the dateline is no part of its paragraph.
    const dateline = file.data.laterDatelineRange
    if (dateline)
      for (const lines of found)
        if (lines[0] !== undefined && lines[0][0] === dateline.start) {
          lines[0] = [dateline.end, lines[0][1]]
          break
        }
    file.data.paragraphs = found.flatMap((lines, index): Paragraph[] => {
      const first = lines[0]
      const last = lines.at(-1)
      if (first === undefined || last === undefined) return []
      const paragraphText = joinLines(lines.map(([start, end]) => text.slice(start, end)))
      return [
        {
          index,
          kind: kindOf(paragraphText),
          text: paragraphText,
          position: positionOf(file, first[0], last[1]),
        },
      ]
    })
    if (file.data.paragraphs.length === 0) {
      file.message('Unexpected empty article: no paragraphs found', {
        ruleId: 'article-empty',
        source: 'newsparse',
      })
    }
  }
}

/** Lines of a hard-wrapped paragraph, read as one: `long-` + `term` → `long-term`. */
function joinLines(lines: string[]): string {
  let joined = ''
  for (const line of lines) {
    if (joined === '') joined = line
    else if (/\p{L}-$/u.test(joined) && /^\p{L}/u.test(line)) joined += line
    else joined += ` ${line}`
  }
  return joined
}

function kindOf(text: string): ParagraphKind {
  return boilerplatePatterns.some((pattern) => pattern.test(text)) ? 'boilerplate' : 'body'
}
