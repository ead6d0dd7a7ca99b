import { Chalk } from 'chalk'
import type { ArticleRecord, Quote } from '../types.js'

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
    const quotes = record.quotes.filter((quote) => quote.paragraphs[0] === paragraph.index)
    lines.push(highlight(paragraph.text, quotes, chalk), '')
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

/** The paragraph with each quotation's words coloured and followed by `[speaker]`. */
function highlight(text: string, quotes: Quote[], chalk: InstanceType<typeof Chalk>): string {
  let result = text
  // Later quotations first, so that earlier offsets in the text stay valid.
  const found = quotes
    .map((quote) => ({ quote, at: text.indexOf(quote.text.slice(0, 40)) }))
    .filter(({ at }) => at !== -1)
    .sort((a, b) => b.at - a.at)
  for (const { quote, at } of found) {
    const end = Math.min(text.length, at + quote.text.length)
    // The label goes after the closing mark and its punctuation: `…settlement,” [Qureshi]`.
    const after = end + (/^[,.;:!?]?["”’'»]*[,.;:!?]?/.exec(text.slice(end))?.[0].length ?? 0)
    const words = text.slice(at, after)
    const painted = quote.kind === 'indirect' ? chalk.italic.yellow(words) : chalk.green(words)
    const speaker = quote.speaker?.name ?? quote.speaker?.text ?? '?'
    result = result.slice(0, at) + painted + chalk.cyan(` [${speaker}]`) + result.slice(after)
  }
  return result
}
