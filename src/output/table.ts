import type { ArticleRecord, Quote } from '../types.js'

/**
 * `-f csv` and `-f tsv`: one row per quotation, for spreadsheets and data
 * frames. The columns, in this order (`--fields` picks and orders them):
 */
export const tableFields = [
  'path',
  'id',
  'kind',
  'speaker',
  'name',
  'key',
  'cue',
  'text',
  'line',
  'column',
  'post',
] as const

export type TableField = (typeof tableFields)[number]

export type TableFormat = 'csv' | 'tsv'

/** One cell's value for a quotation; '' where the record has null. */
function cell(field: TableField, quote: Quote, record: ArticleRecord): string {
  switch (field) {
    case 'path':
      return record.source.path ?? ''
    case 'id':
      return quote.id
    case 'kind':
      return quote.kind
    case 'speaker':
      return quote.speaker?.text ?? ''
    case 'name':
      return quote.speaker?.name ?? ''
    case 'key': {
      const entity = quote.speaker?.entity
      return record.entities.find((candidate) => candidate.id === entity)?.key ?? ''
    }
    case 'cue':
      return quote.cue?.text ?? ''
    case 'text':
      return quote.text
    case 'line':
      return String(quote.position.start.line)
    case 'column':
      return String(quote.position.start.column)
    case 'post':
      return quote.post ?? ''
  }
}

/**
 * RFC 4180: a field with a comma, a double quote or a line break is put in
 * double quotes, its double quotes doubled; `say "no", he said` →
 * `"say ""no"", he said"`. So is one that a spreadsheet would read as a
 * formula, a percentage, a number with a leading zero or a date (`70%`,
 * `=SUM(…)`, `007`, `12/05`), so that a spreadsheet told to take quoted
 * fields as text keeps it as written.
 */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) || spreadsheetValue.test(value)
    ? `"${value.replaceAll('"', '""')}"`
    : value
}

// `=…`, `+…`, `-…`, `@…` (a formula), `70%`, `007`, `12/05`, `2016-01-05`.
const spreadsheetValue = /^[=+\-@]|%\s*$|^0\d|^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?$/

/**
 * Tab-separated values have no quoting: a tab or a line break inside a field
 * becomes a space (`a\tb` → `a b`).
 */
function tsvField(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ')
}

function row(values: string[], format: TableFormat): string {
  return format === 'csv'
    ? `${values.map(csvField).join(',')}\r\n`
    : `${values.map(tsvField).join('\t')}\n`
}

/** The header row: the column names. */
export function tableHeader(fields: readonly TableField[], format: TableFormat): string {
  return row([...fields], format)
}

/** The record's quotations as rows, without the header row. */
export function toTableRows(
  record: ArticleRecord,
  fields: readonly TableField[],
  format: TableFormat,
): string {
  return record.quotes
    .map((quote) =>
      row(
        fields.map((field) => cell(field, quote, record)),
        format,
      ),
    )
    .join('')
}

/** `--fields name,text` → the columns, in the order given; an unknown name throws. */
export function parseFields(value: string): TableField[] {
  const fields = value
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field !== '')
  for (const field of fields) {
    if (!(tableFields as readonly string[]).includes(field))
      throw new Error(`Unknown field \`${field}\`; the fields are ${tableFields.join(', ')}.`)
  }
  if (fields.length === 0) throw new Error(`Expected one or more of ${tableFields.join(', ')}.`)
  return fields as TableField[]
}
