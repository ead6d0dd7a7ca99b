import type { Root } from 'nlcst'
import retextEnglish from 'retext-english'
import type { Plugin, Processor } from 'unified'

// parse-english's elision rules are quadratic in a paragraph's length (a
// megabyte of `’n’` takes tens of seconds): past these sizes the tree is one
// text node, which no plugin is worse off for.
const maxParagraph = 10_000
const maxDocument = 1_000_000

/**
 * retext-english as the parser, bounded: an article of ordinary size gets
 * its full natural-language tree; a huge one, or one with a huge paragraph,
 * gets a root with one text node, so that any input parses in linear time.
 */
export const parseEnglish: Plugin<[], string, Root> = function () {
  const self = this as unknown as Processor<Root>
  retextEnglish.call(this)
  const full = self.parser
  if (!full) return
  self.parser = (document, file) => {
    if (document.length <= maxDocument && !hasLongParagraph(document)) return full(document, file)
    const end = { line: 1, column: 1, offset: document.length }
    const lines = document.split(/\r\n|\r|\n/)
    end.line = lines.length
    end.column = (lines.at(-1)?.length ?? 0) + 1
    const position = { start: { line: 1, column: 1, offset: 0 }, end }
    return {
      type: 'RootNode',
      children: [{ type: 'TextNode', value: document, position }],
      position,
    }
  }
}

function hasLongParagraph(document: string): boolean {
  let start = 0
  while (start < document.length) {
    const gap = document.indexOf('\n\n', start)
    const end = gap === -1 ? document.length : gap
    if (end - start > maxParagraph) return true
    start = end + 2
  }
  return false
}
