import type { VFile } from 'vfile'
import type { ArticleTree } from '../data-map.js'
import { dateCandidates, findDates } from '../dates/find-dates.js'
import { positionOf } from '../position.js'
import { lowerBound } from '../text/search.js'
import type { DateMention } from '../types.js'

/** Date expressions in the article's paragraphs, resolved against `header.date`. Writes `file.data.dates`. */
export function dates() {
  return (_tree: ArticleTree, file: VFile): undefined => {
    const text = String(file.value)
    const articleDate = file.data.header?.date ?? null
    const candidates = dateCandidates(text)
    const hasCandidate = (start: number, end: number) =>
      (candidates[lowerBound(candidates, start, (offset) => offset)] ?? end) < end
    file.data.dates = (file.data.paragraphs ?? [])
      .filter(
        (paragraph) =>
          paragraph.kind !== 'boilerplate' &&
          hasCandidate(paragraph.position.start.offset, paragraph.position.end.offset),
      )
      .flatMap((paragraph) =>
        findDates(
          text,
          paragraph.position.start.offset,
          paragraph.position.end.offset,
          articleDate,
        ),
      )
      .map(
        ({ start, end, value }): DateMention => ({
          text: text.slice(start, end),
          value,
          position: positionOf(file, start, end),
        }),
      )
  }
}
