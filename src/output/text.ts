import { Chalk } from 'chalk'
import type { ArticleRecord, Paragraph, Quote } from '../types.js'

export interface TextOptions {
  color: boolean
}

/**
 * A view for people: the header in a line, the article with each quotation
 * highlighted and labelled with its speaker, posts set apart with their
 * author and date, and who is quoted how often.
 */
export function toText(record: ArticleRecord, options: TextOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const { header } = record
  const lines: string[] = []
  const facts = [
    header.date,
    header.dateline?.place,
    header.title === null ? null : chalk.bold(header.title),
    header.authors.length > 0 ? `by ${header.authors.join(', ')}` : null,
  ].filter((fact): fact is string => fact !== null && fact !== undefined)
  lines.push(
    chalk.dim(`── ${record.source.path ?? '<stdin>'}`) +
      (facts.length > 0 ? ` ${facts.join(chalk.dim(' · '))}` : ''),
  )
  lines.push('')

  for (const paragraph of record.paragraphs) {
    if (paragraph.kind === 'social') continue
    if (paragraph.kind === 'boilerplate') {
      lines.push(chalk.dim(paragraph.text), '')
      continue
    }
    lines.push(highlight(paragraph, record.quotes, chalk), '')
  }

  for (const post of record.social) {
    const author = [post.author.name, post.author.handle].filter(Boolean).join(' ')
    const about = [post.platform, author, post.date].filter(Boolean).join(' · ')
    lines.push(chalk.blue(`  ┃ ${about}`), chalk.blue('  ┃ ') + post.text, '')
  }

  const counts = new Map<string, number>()
  for (const quote of record.quotes) {
    const name = quote.speaker?.name ?? quote.speaker?.text ?? 'unknown'
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  if (counts.size > 0) {
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    lines.push(
      `${chalk.bold('Quoted:')} ${ranked.map(([name, count]) => `${name} ×${count}`).join(', ')}`,
    )
  }
  return `${lines.join('\n').trimEnd()}\n`
}

/** A stretch of a paragraph to paint: a segment of a quotation, or a report. */
interface Stroke {
  start: number
  end: number
  quote: Quote
  /** The last piece of its quotation: the speaker's label follows it. */
  last: boolean
}

/**
 * The paragraph with each quotation's words coloured, from their positions
 * (every segment of a split quotation), the last followed by `[speaker]`.
 */
function highlight(
  paragraph: Paragraph,
  quotes: Quote[],
  chalk: InstanceType<typeof Chalk>,
): string {
  const { text } = paragraph
  const from = paragraph.position.start.offset
  // A paragraph joined from hard-wrapped lines (`long-` + `term`) is shorter than its source: no offsets then.
  if (text.length !== paragraph.position.end.offset - from) return text
  const strokes: Stroke[] = []
  for (const quote of quotes) {
    const pieces =
      quote.kind === 'indirect' ? [quote.position] : quote.segments.map((s) => s.position)
    pieces.forEach((piece, index) => {
      const start = piece.start.offset - from
      const end = piece.end.offset - from
      if (start >= 0 && end <= text.length)
        strokes.push({ start, end, quote, last: index === pieces.length - 1 })
    })
  }
  let result = text
  // Later strokes first, so that earlier offsets in the text stay valid.
  for (const { start, end, quote, last } of strokes.sort((a, b) => b.start - a.start)) {
    // The label goes after the closing mark and its punctuation: `…settlement,” [Qureshi]`.
    const after = last
      ? end + (/^[,.;:!?]?["”’'»]*[,.;:!?]?/.exec(text.slice(end))?.[0].length ?? 0)
      : end
    const painted =
      quote.kind === 'indirect'
        ? chalk.italic.yellow(text.slice(start, end))
        : chalk.green(text.slice(start, end))
    const speaker = quote.speaker?.name ?? quote.speaker?.text ?? '?'
    const label = last ? chalk.cyan(` [${speaker}]`) : ''
    result = result.slice(0, start) + painted + text.slice(end, after) + label + result.slice(after)
  }
  return result
}
