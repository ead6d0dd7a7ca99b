import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { exitCodes } from '../src/cli/exit-codes.js'
import { runCli } from './helpers/run-cli.js'
import { schemaErrors } from './helpers/schema.js'

const seed = 'seeds/000_4f6ffb239c078031.txt'
const scratch = mkdtempSync(join(tmpdir(), 'newsparse-cli-'))
const binary = join(scratch, 'image.txt')
writeFileSync(binary, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))
const tiny = join(scratch, 'tiny.txt')
writeFileSync(tiny, 'Geneva - The talks resumed on Monday.\n')

type Shape = 'json' | 'jsonl' | 'yaml' | 'schema' | 'empty' | 'text'

interface Case {
  name: string
  argv: string[]
  stdin?: string
  code: number
  stdout: Shape
  /** The whole of stderr, or a pattern it must match. */
  stderr: string | RegExp
}

const cases: Case[] = [
  { name: 'one file → pretty JSON', argv: [seed], code: 0, stdout: 'json', stderr: '' },
  { name: '-f yaml', argv: ['-f', 'yaml', seed], code: 0, stdout: 'yaml', stderr: '' },
  { name: '-f jsonl', argv: ['-f', 'jsonl', seed], code: 0, stdout: 'jsonl', stderr: '' },
  { name: 'several files → JSON Lines', argv: [seed, tiny], code: 0, stdout: 'jsonl', stderr: '' },
  {
    name: '- reads stdin',
    argv: ['-'],
    stdin: 'Geneva - Talks resumed.\n',
    code: 0,
    stdout: 'json',
    stderr: '',
  },
  {
    name: 'piped stdin with no file',
    argv: [],
    stdin: 'Geneva - Talks resumed.\n',
    code: 0,
    stdout: 'json',
    stderr: '',
  },
  { name: '--schema', argv: ['--schema'], code: 0, stdout: 'schema', stderr: '' },
  { name: '--version', argv: ['--version'], code: 0, stdout: 'text', stderr: '' },
  { name: '--help', argv: ['--help'], code: 0, stdout: 'text', stderr: '' },
  {
    name: 'a missing file',
    argv: ['no/such/file.txt'],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: 'no/such/file.txt  error  Cannot read: no such file  input-missing\n',
  },
  {
    name: 'a folder where a file was expected',
    argv: [scratch],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: `${scratch}  error  Cannot read a folder as an article  input-folder\n`,
  },
  {
    name: 'a binary file',
    argv: [binary],
    code: exitCodes.failed,
    stdout: 'empty',
    stderr: `${binary}  error  Unexpected binary content (a NUL byte): expected text  input-binary\n`,
  },
  {
    name: 'a file over --max-bytes',
    argv: ['--max-bytes', '10', tiny],
    code: exitCodes.failed,
    stdout: 'empty',
    stderr: `${tiny}  error  Cannot annotate a file of 38 bytes: over the limit of 10 (\`--max-bytes\`)  input-too-large\n`,
  },
  {
    name: 'an empty article',
    argv: ['--stdin-filename', 'empty.txt', '-'],
    stdin: '',
    code: 0,
    stdout: 'json',
    stderr: 'empty.txt  warning  Unexpected empty article: no paragraphs found  article-empty\n',
  },
  {
    name: 'an unknown format',
    argv: ['-f', 'xml', seed],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: /Allowed choices are json, jsonl, yaml/,
  },
  {
    name: 'an unknown option',
    argv: ['--frobnicate'],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: /unknown option '--frobnicate'/,
  },
  {
    name: 'a bad --max-bytes',
    argv: ['--max-bytes', 'lots', seed],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: /Expected a positive whole number of bytes/,
  },
]

function checkShape(shape: Shape, stdout: string): void {
  switch (shape) {
    case 'json': {
      expect(stdout.split('\n').length).toBeGreaterThan(3)
      expect(schemaErrors(JSON.parse(stdout))).toEqual([])
      break
    }
    case 'jsonl': {
      const lines = stdout.trimEnd().split('\n')
      for (const line of lines) expect(schemaErrors(JSON.parse(line))).toEqual([])
      break
    }
    case 'yaml': {
      expect(stdout.startsWith('---\n')).toBe(true)
      expect(schemaErrors(parseYaml(stdout))).toEqual([])
      break
    }
    case 'schema': {
      expect(JSON.parse(stdout).title).toBe('newsparse record')
      break
    }
    case 'empty': {
      expect(stdout).toBe('')
      break
    }
    case 'text': {
      expect(stdout.length).toBeGreaterThan(0)
      break
    }
  }
}

describe('newsparse CLI', () => {
  it.each(cases)('$name', async ({ argv, stdin, code, stdout: shape, stderr }) => {
    const result = await runCli(argv, stdin)
    expect(result.code).toBe(code)
    checkShape(shape, result.stdout)
    if (typeof stderr === 'string') expect(result.stderr).toBe(stderr)
    else expect(result.stderr).toMatch(stderr)
  })

  it('writes one JSON line per input, in input order', async () => {
    const { stdout } = await runCli([tiny, seed])
    const paths = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).source.path)
    expect(paths).toEqual([tiny, seed])
  })

  it('prints the version from package.json', async () => {
    const { stdout } = await runCli(['--version'])
    expect(stdout).toBe('0.1.0\n')
  })

  it('shows examples in --help', async () => {
    const { stdout } = await runCli(['--help'])
    expect(stdout).toContain('Examples:')
    expect(stdout).toContain('newsparse -f yaml article.txt')
  })

  it('asks for input when stdin is a terminal and no file is given', async () => {
    const result = await runCli([])
    expect(result.code).toBe(exitCodes.fatal)
    expect(result.stderr).toBe(
      'newsparse: expected a file to read (or `-` for standard input); see `newsparse --help`\n',
    )
  })
})
