import type { ArticleRecord } from '../types.js'
import { articleHtml } from './html/article.js'
import { type ArticleSummary, summarize } from './html/summary.js'
import { type FormatName, formatters } from './index.js'
import { type TableField, tableFields, toTableRows } from './table.js'
import { toText } from './text.js'

/** Every `-f` the command line takes: the record's serialisations and the views for people. */
export const outputFormats = [
  ...(Object.keys(formatters) as FormatName[]),
  'text',
  'csv',
  'tsv',
  'html',
] as const

export type OutputFormat = (typeof outputFormats)[number]

export interface RenderOptions {
  format: OutputFormat
  /** `-f text`: colour codes. */
  color: boolean
  /** `-f csv` and `-f tsv`: the columns. */
  fields?: TableField[]
  /** `-f html`: the `id` of the `<article>`, unique in a batch's page. */
  anchor?: string
}

/**
 * One record as the command line writes it. A table gives its rows without
 * the header row, and HTML the `<article>` without its page: the caller
 * writes those once. HTML also gives the numbers a batch's index needs.
 */
export function renderRecord(
  record: ArticleRecord,
  source: string,
  options: RenderOptions,
): { output: string; summary?: ArticleSummary } {
  switch (options.format) {
    case 'text':
      return { output: toText(record, { color: options.color }) }
    case 'csv':
    case 'tsv':
      return { output: toTableRows(record, options.fields ?? tableFields, options.format) }
    case 'html':
      return {
        output: articleHtml(record, source, options.anchor ?? 'article'),
        summary: summarize(record),
      }
    default:
      return { output: formatters[options.format](record) }
  }
}
