import { describe, expect, it } from 'vitest'
import { runCli } from './helpers/run-cli.js'
import { schemaErrors } from './helpers/schema.js'

const lines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line))

describe('--input-format jsonl', () => {
  it('writes one record per line, in order, each with its id', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Geneva - The talks resumed, Smith said.' }),
      JSON.stringify({ id: 2, path: 'seeds/000_4f6ffb239c078031.txt' }),
      JSON.stringify({ id: 'c', text: 'ISLAMABAD: The cabinet met.' }),
    ].join('\n')
    const result = await runCli(['-q', '--input-format', 'jsonl', '--base-dir', '.'], `${input}\n`)
    expect(result.code).toBe(0)
    const records = lines(result.stdout)
    expect(records.map((record) => [record.id, record.line])).toEqual([
      ['a', 1],
      [2, 2],
      ['c', 3],
    ])
    // A streamed record, `id` and `line` included, is valid as it is written.
    for (const record of records) expect(schemaErrors(record)).toEqual([])
    expect(records[1].header.dateline.place).toBe('Islamabad')
  })

  it('turns each bad line into an error record, and the stream goes on', async () => {
    const input = [
      'not json',
      '[1, 2]',
      JSON.stringify({ id: 7 }),
      JSON.stringify({ id: 8, path: 'no/such/file.txt' }),
      '',
      JSON.stringify({ id: 9, text: 'Geneva - The talks resumed.' }),
    ].join('\n')
    const result = await runCli(['-q', '--input-format', 'jsonl', '--base-dir', '.'], `${input}\n`)
    expect(result.code).toBe(1)
    expect(lines(result.stdout)).toEqual([
      {
        schemaVersion: 2,
        id: null,
        line: 1,
        error: {
          ruleId: 'input-malformed',
          reason: expect.stringMatching(/^Cannot parse the line as JSON/),
        },
      },
      {
        schemaVersion: 2,
        id: null,
        line: 2,
        error: {
          ruleId: 'input-malformed',
          reason: 'Expected an object such as `{"id": 1, "text": "…"}`',
        },
      },
      {
        schemaVersion: 2,
        id: 7,
        line: 3,
        error: { ruleId: 'input-malformed', reason: 'Expected a string `text` or `path`' },
      },
      {
        schemaVersion: 2,
        id: 8,
        line: 4,
        error: { ruleId: 'input-missing', reason: 'Cannot read: no such file' },
      },
      expect.objectContaining({ schemaVersion: 2, id: 9 }),
    ])
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^line 1 {2}error {2}Cannot parse the line as JSON/),
      'line 2  error  Expected an object such as `{"id": 1, "text": "…"}`  input-malformed',
      'line 3 (id 7)  error  Expected a string `text` or `path`  input-malformed',
      'line 4 (id 8)  error  Cannot read: no such file  input-missing',
    ])
  })

  it('reads standard input only, and writes JSON Lines only', async () => {
    expect((await runCli(['--input-format', 'jsonl', 'a.txt'], '')).stderr).toBe(
      'newsparse  error  `--input-format jsonl` reads standard input only  usage\n',
    )
    expect((await runCli(['--input-format', 'jsonl', '-f', 'yaml'], '')).stderr).toBe(
      'newsparse  error  `--input-format jsonl` writes JSON Lines to stdout  usage\n',
    )
  })

  it('echoes any JSON id as given, with the line, on records and error records', async () => {
    const input = [
      JSON.stringify({ id: { shard: 3, row: 9 }, text: 'Geneva - The talks resumed.' }),
      JSON.stringify({ id: true, text: 'ISLAMABAD: The cabinet met.' }),
      JSON.stringify({ text: 'No id at all.' }),
      JSON.stringify({ id: [1, 'x'] }),
    ].join('\n')
    const records = lines((await runCli(['-q', '--input-format', 'jsonl'], `${input}\n`)).stdout)
    expect(records.map((record) => [record.id, record.line])).toEqual([
      [{ shard: 3, row: 9 }, 1],
      [true, 2],
      [null, 3],
      [[1, 'x'], 4],
    ])
    // Records and error records alike are what `--schema` describes.
    for (const record of records) expect(schemaErrors(record)).toEqual([])
    expect(records[3].error.ruleId).toBe('input-malformed')
  })

  it('turns a line longer than --max-bytes into an error record and goes on', async () => {
    const long = JSON.stringify({ id: 'long', text: 'x'.repeat(200_000) })
    const input = [long, JSON.stringify({ id: 'next', text: 'Geneva - The talks resumed.' })]
    const result = await runCli(
      ['-q', '--input-format', 'jsonl', '--max-bytes', '1000'],
      `${input.join('\n')}\n`,
    )
    const records = lines(result.stdout)
    expect(records[0]).toEqual({
      schemaVersion: 2,
      id: null,
      line: 1,
      error: { ruleId: 'input-too-large', reason: 'Cannot read a line this long' },
    })
    expect(records[1]).toEqual(expect.objectContaining({ id: 'next', line: 2 }))
  })

  it('reads `path` rows only with --base-dir, and only inside it', async () => {
    const row = (path: string) => JSON.stringify({ id: path, path })
    const input = [row('seeds/000_4f6ffb239c078031.txt'), row('/etc/passwd'), row('../x.txt')]
    const refused = lines(
      (await runCli(['-q', '--input-format', 'jsonl'], `${input.join('\n')}\n`)).stdout,
    )
    expect(refused.map((record) => record.error?.ruleId)).toEqual([
      'input-forbidden',
      'input-forbidden',
      'input-forbidden',
    ])
    const inside = lines(
      (
        await runCli(
          ['-q', '--input-format', 'jsonl', '--base-dir', 'seeds'],
          `${[row('000_4f6ffb239c078031.txt'), row('/etc/passwd'), row('../package.json')].join(
            '\n',
          )}\n`,
        )
      ).stdout,
    )
    expect(inside.map((record) => record.error?.ruleId ?? 'record')).toEqual([
      'record',
      'input-forbidden',
      'input-forbidden',
    ])
  })
})
