import type { ArticleRecord, Point, Position } from '../types.js'

/**
 * The position invariant: every annotation's offsets cover exactly what it
 * annotates, and each point's line and column agree with its offset. Returns
 * one line per violation; empty when all hold.
 */
export function positionViolations(text: string, record: ArticleRecord): string[] {
  const lineStarts = [0]
  // Lines end at `\n`, `\r\n` or a lone `\r`, as in vfile-location.
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\n' || (text[index] === '\r' && text[index + 1] !== '\n')) {
      lineStarts.push(index + 1)
    }
  }
  const violations: string[] = []
  const slice = (position: Position) => text.slice(position.start.offset, position.end.offset)

  const checkPoint = (where: string, point: Point) => {
    const lineStart = lineStarts[point.line - 1]
    if (lineStart === undefined || lineStart + point.column - 1 !== point.offset) {
      violations.push(
        `${where}: line ${point.line} column ${point.column} is not offset ${point.offset}`,
      )
    }
  }
  const checkPosition = (where: string, position: Position) => {
    checkPoint(`${where} start`, position.start)
    checkPoint(`${where} end`, position.end)
    if (position.start.offset > position.end.offset || position.end.offset > text.length) {
      violations.push(
        `${where}: offsets ${position.start.offset}–${position.end.offset} out of range`,
      )
    }
  }
  const checkExact = (where: string, span: { text: string; position: Position }) => {
    checkPosition(where, span.position)
    if (slice(span.position) !== span.text) {
      violations.push(
        `${where}: source ${JSON.stringify(slice(span.position))} ≠ ${JSON.stringify(span.text)}`,
      )
    }
  }
  const checkContains = (where: string, span: { text: string; position: Position }) => {
    checkPosition(where, span.position)
    if (!squeeze(slice(span.position)).includes(squeeze(span.text))) {
      violations.push(
        `${where}: source ${JSON.stringify(slice(span.position))} lacks ${JSON.stringify(span.text)}`,
      )
    }
  }

  const { dateline } = record.header
  if (dateline) checkExact('dateline', dateline)
  for (const paragraph of record.paragraphs) {
    // A hard-wrapped paragraph's text reads its line breaks as spaces: the same characters otherwise.
    const where = `paragraph ${paragraph.index}`
    checkPosition(where, paragraph.position)
    const source = slice(paragraph.position)
    if (squeeze(source) !== squeeze(paragraph.text) || source.trim() !== source) {
      violations.push(
        `${where}: source ${JSON.stringify(source)} ≠ ${JSON.stringify(paragraph.text)}`,
      )
    }
  }
  // A quotation's text leaves out its marks and, when split around its cue,
  // the cue: its words stand in order within its source.
  const checkWordsInOrder = (where: string, span: { text: string; position: Position }) => {
    checkPosition(where, span.position)
    const source = wordsOf(slice(span.position))
    let next = 0
    for (const word of wordsOf(span.text)) {
      next = source.indexOf(word, next)
      if (next === -1) {
        violations.push(
          `${where}: ${JSON.stringify(word)} of ${JSON.stringify(span.text)} is not in its source`,
        )
        return
      }
      next++
    }
  }
  for (const quote of record.quotes) {
    checkWordsInOrder(quote.id, quote)
    quote.segments.forEach((segment, index) => {
      checkExact(`${quote.id} segment ${index + 1}`, segment)
    })
    if (quote.segments.length > 0) {
      const joined = quote.segments.map((segment) => segment.text.replace(/\s+/g, ' ').trim())
      if (joined.join(' ') !== quote.text)
        violations.push(`${quote.id}: text is not its segments joined by one space`)
    }
    if (quote.cue) checkExact(`${quote.id} cue`, quote.cue)
    if (quote.speaker) checkExact(`${quote.id} speaker`, quote.speaker)
  }
  for (const post of record.social) checkContains(post.id, post)
  for (const entity of record.entities) {
    for (const mention of entity.mentions) checkExact(`${entity.id} mention`, mention)
  }
  for (const date of record.dates) checkExact(`date ${date.text}`, date)
  for (const message of record.messages) {
    if (message.position) checkPosition(`message ${message.ruleId}`, message.position)
  }
  return violations
}

function wordsOf(value: string): string[] {
  return value.match(/[\p{L}\p{N}]+/gu) ?? []
}

function squeeze(value: string): string {
  return value.replace(/\s+/g, '')
}
