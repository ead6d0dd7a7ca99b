import type { Plugin, Processor } from 'unified'
import type { ArticleTree } from '../data-map.js'

/**
 * The parser: the whole article as one text node. No plugin reads a
 * natural-language tree (each reads the text and what earlier plugins wrote
 * on `file.data`), so none is built: retext-english's parse cost about a
 * quarter of a batch's time and was quadratic on some inputs (`A.\n\n`
 * repeated). Linear in the article's length.
 */
export const parseText: Plugin<[], string, ArticleTree> = function () {
  const self = this as unknown as Processor<ArticleTree>
  self.parser = (document) => {
    let lines = 1
    let lineStart = 0
    for (let index = 0; index < document.length; index++) {
      const code = document.charCodeAt(index)
      // `\n`, `\r\n` or a lone `\r` ends a line, as in vfile-location.
      if (code === 10 || (code === 13 && document.charCodeAt(index + 1) !== 10)) {
        lines++
        lineStart = index + 1
      }
    }
    const position = {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lines, column: document.length - lineStart + 1, offset: document.length },
    }
    return {
      type: 'RootNode',
      children: [{ type: 'TextNode', value: document, position }],
      position,
    }
  }
}
