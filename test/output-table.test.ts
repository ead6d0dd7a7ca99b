import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exitCodes } from '../src/cli/exit-codes.js'
import { runCli } from './helpers/run-cli.js'

const scratch = mkdtempSync(join(tmpdir(), 'newsparse-table-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const file = (name: string, content: string) => {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}
// A quotation with commas inside it.
const awkward = file('awkward.txt', '“We said no, never, to them, and meant it,” Jane Doe said.\n')
// A quotation split by its cue: one row, its text the two pieces joined.
const split = file(
  'split.txt',
  '“We are happy with the deal,” Jones said. “It took a long time.”\n',
)

/** RFC 4180 read back: rows of fields, quoted fields unquoted. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') field += text[++index]
      else if (character === '"') quoted = false
      else field += character
    } else if (character === '"') quoted = true
    else if (character === ',') {
      row.push(field)
      field = ''
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      index++
    } else field += character
  }
  return rows
}

describe('-f csv', () => {
  it('writes a header row and one row per quotation, quoted as RFC 4180 asks', async () => {
    const { code, stdout } = await runCli([awkward, '-f', 'csv'])
    expect(code).toBe(exitCodes.ok)
    expect(stdout.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(stdout)
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
    expect(rows).toHaveLength(2)
    const row = Object.fromEntries((rows[0] ?? []).map((name, index) => [name, rows[1]?.[index]]))
    expect(row.text).toBe('We said no, never, to them, and meant it,')
    expect(row.name).toBe('Jane Doe')
    expect(row.key).toBe('jane-doe')
    expect(row.kind).toBe('direct')
    expect(row.line).toBe('1')
    expect(row.column).toBe('1')
    expect(stdout).toContain(',"We said no, never, to them, and meant it,",')
  })

  it('doubles a double quote inside a field', async () => {
    const quoted = file('inner.txt', '“She said "stop" twice,” Smith said.\n')
    const inner = await runCli([quoted, '-f', 'csv', '--fields', 'text'])
    expect(inner.stdout).toContain('"She said ""stop"" twice,"')
    expect(parseCsv(inner.stdout)[1]).toEqual(['She said "stop" twice,'])
  })

  it('quotes a cell a spreadsheet would read as a number or a formula', async () => {
    const share = file(
      'share.txt',
      'Poll\n\nIn the survey, 70% said the council should act this year.\n',
    )
    const out = await runCli([share, '-f', 'csv', '--fields', 'speaker,line'])
    expect(out.stdout).toContain('"70%",3')
    expect(parseCsv(out.stdout)[1]).toEqual(['70%', '3'])
  })

  it('gives a split quotation one row, its pieces joined', async () => {
    const rows = parseCsv((await runCli([split, '-f', 'csv', '--fields', 'name,text'])).stdout)
    expect(rows).toEqual([
      ['name', 'text'],
      ['Jones', 'We are happy with the deal, It took a long time.'],
    ])
  })

  it('writes the header once for a batch, and only the header when nothing is quoted', async () => {
    const none = file('none.txt', 'The bridge reopened on Monday.\n')
    const batch = parseCsv((await runCli([awkward, split, none, '-q', '-f', 'csv'])).stdout)
    expect(batch.filter((row) => row[0] === 'path')).toHaveLength(1)
    expect(batch).toHaveLength(3)
    expect((await runCli([none, '-f', 'csv'])).stdout).toBe(
      'path,id,kind,speaker,name,key,cue,text,line,column,post\r\n',
    )
  })

  it('takes the columns `--fields` names, in its order', async () => {
    const rows = parseCsv((await runCli([split, '-f', 'csv', '--fields', 'text,kind,line'])).stdout)
    expect(rows[0]).toEqual(['text', 'kind', 'line'])
    expect(rows[1]?.[1]).toBe('direct')
  })

  it('refuses an unknown field, and `--fields` without a table', async () => {
    const unknown = await runCli([split, '-f', 'csv', '--fields', 'text,quote'])
    expect(unknown.code).toBe(exitCodes.fatal)
    expect(unknown.stderr).toContain('Unknown field `quote`')
    const json = await runCli([split, '--fields', 'text'])
    expect(json.code).toBe(exitCodes.fatal)
    expect(json.stderr).toContain('`--fields` picks the columns')
  })

  it('writes one .csv with its header row per input under `-o`', async () => {
    const out = join(scratch, 'out')
    const { code } = await runCli([awkward, split, '-q', '-f', 'csv', '-o', out])
    expect(code).toBe(exitCodes.ok)
    const rows = parseCsv(readFileSync(join(out, 'split.csv'), 'utf8'))
    expect(rows[0]?.[0]).toBe('path')
    expect(rows).toHaveLength(2)
  })
})

describe('-f tsv', () => {
  it('separates with tabs, and a tab or line break inside a field becomes a space', async () => {
    const tabbed = file('a\tb\nc.txt', '“We will go on,” Jane Doe said.\n')
    const { stdout } = await runCli([tabbed, '-f', 'tsv', '--fields', 'path,speaker,text'])
    expect(stdout.split('\n')).toEqual([
      'path\tspeaker\ttext',
      `${tabbed.replace(/[\t\n]/g, ' ')}\tJane Doe\tWe will go on,`,
      '',
    ])
  })
})
