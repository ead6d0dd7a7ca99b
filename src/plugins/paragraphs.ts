import type { VFile } from 'vfile'
import { boilerplatePatterns, relatedStoryTeaser } from '../data/boilerplate.js'
import type { ArticleTree } from '../data-map.js'
import { splitParagraphs } from '../paragraphs/split.js'
import { positionOf } from '../position.js'
import type { Paragraph, ParagraphKind } from '../types.js'

/** Paragraphs of the body, from `file.data.bodyStart` on. Writes `file.data.paragraphs`. */
export function paragraphs() {
  return (_tree: ArticleTree, file: VFile): undefined => {
    const text = String(file.value)
    const { lineStarts, lineEnds, ends } = splitParagraphs(text, file.data.bodyStart ?? 0)
    // `MUMBAI (Reuters) - The …` under a caption: the dateline is no part of its paragraph.
    const dateline = file.data.laterDatelineRange
    if (dateline)
      for (let paragraph = 0; paragraph < ends.length; paragraph++) {
        const first = paragraph === 0 ? 0 : (ends[paragraph - 1] as number)
        if (lineStarts[first] === dateline.start) {
          lineStarts[first] = dateline.end
          break
        }
      }
    const found: Paragraph[] = []
    let afterBody = false
    for (let index = 0; index < ends.length; index++) {
      const first = index === 0 ? 0 : (ends[index - 1] as number)
      const last = (ends[index] as number) - 1
      let paragraphText = text.slice(lineStarts[first], lineEnds[first])
      for (let line = first + 1; line <= last; line++)
        paragraphText = joinLine(paragraphText, text.slice(lineStarts[line], lineEnds[line]))
      const kind = kindOf(paragraphText, afterBody)
      afterBody ||= kind === 'body'
      found.push({
        index,
        kind,
        text: paragraphText,
        position: positionOf(file, lineStarts[first] as number, lineEnds[last] as number),
      })
    }
    file.data.paragraphs = found
    if (file.data.paragraphs.length === 0) {
      file.message('Unexpected empty article: no paragraphs found', {
        ruleId: 'article-empty',
        source: 'newsparse',
      })
    }
  }
}

/** The next line of a hard-wrapped paragraph, read on from the text before: `long-` + `term` → `long-term`. */
function joinLine(joined: string, line: string): string {
  // (A dateline cut from the first line can leave it empty.)
  if (joined === '') return line
  return /\p{L}-$/u.test(joined) && /^\p{L}/u.test(line) ? joined + line : `${joined} ${line}`
}

/** (A related story's teaser trails a story: before any body it is the story.) */
function kindOf(text: string, afterBody: boolean): ParagraphKind {
  for (const pattern of boilerplatePatterns)
    if (pattern.test(text) && (afterBody || pattern !== relatedStoryTeaser)) return 'boilerplate'
  return 'body'
}
