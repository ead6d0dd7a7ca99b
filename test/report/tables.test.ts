import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// The CSV read back by the programs people open it with: Python's csv module
// and LibreOffice (installed by .ci/run).
const corpora = join('..', 'shared', 'corpora')
const scratch = mkdtempSync(join(tmpdir(), 'newsparse-tables-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const newsparse = (...args: string[]) =>
  execFileSync(process.execPath, ['bin/newsparse.js', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'ignore'],
  })

/** The rows of a CSV (or, with `delimiter`, TSV) file as Python's csv module reads them. */
function pythonRows(path: string, delimiter = ','): string[][] {
  const script =
    'import csv, json, sys\n' +
    'with open(sys.argv[1], newline="", encoding="utf-8") as f:\n' +
    '    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2], strict=True))))'
  return JSON.parse(
    execFileSync('python3', ['-c', script, path, delimiter], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    }),
  ) as string[][]
}

describe('-f csv read back', () => {
  const path = join(scratch, 'quotes.csv')
  writeFileSync(path, newsparse(join(corpora, 'bbc', 'politics'), '-q', '-f', 'csv'))
  const records = newsparse(join(corpora, 'bbc', 'politics'), '-q', '-f', 'jsonl')
    .trim()
    .split('\n')
    .map(
      (line) =>
        JSON.parse(line) as { quotes: { text: string; speaker: { text: string } | null }[] },
    )

  it('gives Python one row per quotation, each text as the record has it', () => {
    const rows = pythonRows(path)
    const quotes = records.flatMap((record) => record.quotes)
    expect(rows[0]).toEqual([
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
    ])
    expect(rows.length - 1).toBe(quotes.length)
    expect(rows.slice(1).map((row) => row[7])).toEqual(quotes.map((quote) => quote.text))
    expect(rows.every((row) => row.length === 11)).toBe(true)
  })

  it('gives LibreOffice the same cells', () => {
    // LibreOffice reads the CSV (comma, double quote, UTF-8, quoted fields as text) and writes it
    // out as TSV.
    execFileSync(
      'soffice',
      [
        '--headless',
        '--infilter=CSV:44,34,76,1,,0,true',
        '--convert-to',
        'tsv:Text - txt - csv (StarCalc):9,34,76,1',
        '--outdir',
        join(scratch, 'libreoffice'),
        path,
      ],
      { stdio: 'ignore', env: { ...process.env, HOME: scratch } },
    )
    const cells = pythonRows(join(scratch, 'libreoffice', 'quotes.tsv'), '\t')
    expect(cells).toEqual(pythonRows(path))
  })
})

describe('-f csv over every corpus', () => {
  it('parses back to as many rows as there are quotations', () => {
    const path = join(scratch, 'all.csv')
    writeFileSync(path, newsparse(corpora, '-q', '-f', 'csv', '--fields', 'path,id,text'))
    const quotes = newsparse(corpora, '-q', '-f', 'jsonl')
      .trim()
      .split('\n')
      .reduce((sum, line) => sum + (JSON.parse(line) as { quotes: unknown[] }).quotes.length, 0)
    const rows = pythonRows(path)
    expect(quotes).toBeGreaterThan(20_000)
    expect(rows.length - 1).toBe(quotes)
    expect(readFileSync(path, 'utf8').startsWith('path,id,text\r\n')).toBe(true)
  })
})
