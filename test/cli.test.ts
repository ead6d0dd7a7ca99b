import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { exitCodes } from '../src/cli/exit-codes.js'
import { runCli } from './helpers/run-cli.js'
import { schemaErrors } from './helpers/schema.js'

const seed = 'seeds/000_4f6ffb239c078031.txt'
const scratch = mkdtempSync(join(tmpdir(), 'newsparse-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const file = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}
const tiny = file('tiny.txt', 'Geneva - The talks resumed on Monday.\n')
const empty = file('empty.txt', '')
const binary = file('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))
const latin1 = file(
  'latin1.txt',
  Uint8Array.from(Buffer.from('BERLIN \x97 The caf\xe9 reopened.\n', 'latin1')),
)
const utf16 = file(
  'utf16.txt',
  Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from('BERLIN: The café reopened.\n', 'utf16le'),
  ]),
)
const utf8Bom = file(
  'bom.txt',
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('BERLIN: The café reopened.\n')]),
)
const crlf = file('crlf.txt', 'Bridge reopens\r\n\r\nKARACHI: The bridge reopened.\r\n')
const warned = file('unclosed.txt', 'The minister spoke.\n\n“We will not raise taxes, she said.\n')
const loop = join(scratch, 'loop.txt')
symlinkSync(loop, loop)
const folder = join(scratch, 'archive')
mkdirSync(join(folder, 'world'), { recursive: true })
writeFileSync(join(folder, 'a.txt'), 'Geneva - The talks resumed.\n')
writeFileSync(join(folder, 'world', 'b.txt'), 'ISLAMABAD: The cabinet met.\n')
writeFileSync(join(folder, 'world', 'notes.md'), 'Not an article.\n')
const noArticles = join(scratch, 'no-articles')
mkdirSync(noArticles)
const notAFolder = file('not-a-folder', 'x')

type Shape = 'json' | 'jsonl' | 'yaml' | 'schema' | 'text' | 'empty' | 'help'

interface Case {
  name: string
  argv: string[]
  stdin?: string
  env?: Record<string, string>
  code: number
  stdout: Shape
  /** The whole of stderr, or a pattern it must match. */
  stderr: string | RegExp
}

const summary =
  /^newsparse: \d+ files, \d+ quotations, \d+ posts, \d+ warnings, \d+ errors in [\d.]+ s\n$/

const cases: Case[] = [
  // Inputs and formats
  { name: 'one file → pretty JSON', argv: [seed], code: 0, stdout: 'json', stderr: '' },
  { name: '-f yaml', argv: ['-f', 'yaml', seed], code: 0, stdout: 'yaml', stderr: '' },
  { name: '-f jsonl', argv: ['-f', 'jsonl', seed], code: 0, stdout: 'jsonl', stderr: '' },
  { name: '-f text', argv: ['-f', 'text', seed], code: 0, stdout: 'text', stderr: '' },
  {
    name: 'several files → JSON Lines and a summary',
    argv: [seed, tiny],
    code: 0,
    stdout: 'jsonl',
    stderr: summary,
  },
  {
    name: '--quiet drops the summary',
    argv: ['--quiet', seed, tiny],
    code: 0,
    stdout: 'jsonl',
    stderr: '',
  },
  {
    name: 'a folder, recursively, .txt only',
    argv: ['-q', folder],
    code: 0,
    stdout: 'jsonl',
    stderr: '',
  },
  {
    name: '--ext picks other endings',
    argv: ['-q', '--ext', 'md', folder],
    code: 0,
    stdout: 'json',
    stderr: '',
  },
  {
    name: 'a quoted glob',
    argv: ['-q', `${folder}/**/*.txt`],
    code: 0,
    stdout: 'jsonl',
    stderr: '',
  },
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
  { name: '--help', argv: ['--help'], code: 0, stdout: 'help', stderr: '' },
  // Messages, reporters and failing on warnings
  {
    name: 'a warning in the vfile-reporter form',
    argv: [warned],
    code: 0,
    stdout: 'json',
    stderr: `${warned}:3:1  warning  Unexpected quotation without a closing mark: it ends with its paragraph  quote-unclosed\n`,
  },
  {
    name: '--reporter github',
    argv: ['--reporter', 'github', warned],
    code: 0,
    stdout: 'json',
    stderr:
      `::warning file=${warned},line=3,col=1,title=quote-unclosed::Unexpected quotation without a closing mark%3A it ends with its paragraph\n`.replace(
        '%3A',
        ':',
      ),
  },
  {
    name: '--frail fails on warnings',
    argv: ['--frail', warned],
    code: exitCodes.failed,
    stdout: 'json',
    stderr: /quote-unclosed/,
  },
  {
    name: '--max-warnings 0 fails on one',
    argv: ['--max-warnings', '0', warned],
    code: exitCodes.failed,
    stdout: 'json',
    stderr: /quote-unclosed/,
  },
  {
    name: '--max-warnings 1 allows one',
    argv: ['--max-warnings', '1', warned],
    code: 0,
    stdout: 'json',
    stderr: /quote-unclosed/,
  },
  // Bad input: a clear line naming the file, the rest untouched
  {
    name: 'an empty file: a record and a warning',
    argv: [empty],
    code: 0,
    stdout: 'json',
    stderr: `${empty}  warning  Unexpected empty article: no paragraphs found  article-empty\n`,
  },
  {
    name: 'a binary file: an error and no record',
    argv: [binary],
    code: exitCodes.failed,
    stdout: 'empty',
    stderr: `${binary}  error  Unexpected binary content (a NUL byte): expected text  input-binary\n`,
  },
  {
    name: 'invalid UTF-8: read as Windows-1252, with a note',
    argv: [latin1],
    code: 0,
    stdout: 'json',
    stderr: `${latin1}  info  Unexpected bytes that are not UTF-8: decoded as Windows-1252  encoding-fallback\n`,
  },
  { name: 'UTF-16 with a byte-order mark', argv: [utf16], code: 0, stdout: 'json', stderr: '' },
  { name: 'UTF-8 with a byte-order mark', argv: [utf8Bom], code: 0, stdout: 'json', stderr: '' },
  { name: 'CRLF line endings', argv: [crlf], code: 0, stdout: 'json', stderr: '' },
  {
    name: 'a file over --max-bytes',
    argv: ['--max-bytes', '10', tiny],
    code: exitCodes.failed,
    stdout: 'empty',
    stderr: `${tiny}  error  Cannot annotate a file of 38 bytes: over the limit of 10 (\`--max-bytes\`)  input-too-large\n`,
  },
  {
    name: 'an unreadable file',
    argv: [loop],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: `${loop}  error  Cannot read: a loop of symbolic links  input-unreadable\n`,
  },
  {
    name: 'a missing file',
    argv: ['no/such/file.txt'],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: 'no/such/file.txt  error  Cannot read: no such file  input-missing\n',
  },
  {
    name: 'one bad file does not stop the batch',
    argv: ['-q', binary, tiny],
    code: exitCodes.failed,
    stdout: 'jsonl',
    stderr: `${binary}  error  Unexpected binary content (a NUL byte): expected text  input-binary\n`,
  },
  // Usage errors
  {
    name: 'a folder with no articles',
    argv: [noArticles],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: `newsparse  error  No .txt files in folder \`${noArticles}\`  usage\n`,
  },
  {
    name: '--allow-empty',
    argv: ['--allow-empty', noArticles],
    code: 0,
    stdout: 'empty',
    stderr: '',
  },
  {
    name: 'a glob that matches nothing',
    argv: [`${folder}/*.csv`],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: `newsparse  error  No files match \`${folder}/*.csv\`  usage\n`,
  },
  {
    name: 'a file where the output folder was expected',
    argv: ['-o', notAFolder, tiny],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: `newsparse  error  Cannot write to \`${notAFolder}\`: not a folder  usage\n`,
  },
  {
    name: '--out-dir with -f text',
    argv: ['-o', join(scratch, 'out-text'), '-f', 'text', tiny],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr:
      'newsparse  error  `--out-dir` writes `json`, `yaml`, `csv`, `tsv` or `html`; choose one with `-f`  usage\n',
  },
  {
    name: 'an unknown format',
    argv: ['-f', 'xml', seed],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: /Allowed choices are json, jsonl, yaml, text/,
  },
  {
    name: 'an unknown option',
    argv: ['--frobnicate'],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: /^newsparse {2}error {2}Unknown option '--frobnicate' {2}usage\n$/,
  },
  {
    name: 'a bad --jobs',
    argv: ['-j', '0', seed],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: /Expected a positive whole number of jobs/,
  },
  {
    name: 'a bad --max-bytes',
    argv: ['--max-bytes', 'lots', seed],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr: /Expected a positive whole number of bytes/,
  },
  {
    name: 'no input on a terminal',
    argv: [],
    code: exitCodes.fatal,
    stdout: 'empty',
    stderr:
      'newsparse  error  Expected a file to read (or `-` for standard input); see `newsparse --help`  usage\n',
  },
]

function checkShape(shape: Shape, stdout: string): void {
  switch (shape) {
    case 'json':
      expect(stdout.split('\n').length).toBeGreaterThan(3)
      expect(schemaErrors(JSON.parse(stdout))).toEqual([])
      break
    case 'jsonl': {
      const lines = stdout.trimEnd().split('\n')
      expect(lines.length).toBeGreaterThan(0)
      for (const line of lines) expect(schemaErrors(JSON.parse(line))).toEqual([])
      break
    }
    case 'yaml':
      expect(stdout.startsWith('---\n')).toBe(true)
      expect(schemaErrors(parseYaml(stdout))).toEqual([])
      break
    case 'schema':
      expect(JSON.parse(stdout).title).toBe('newsparse record')
      break
    case 'text':
      expect(stdout.length).toBeGreaterThan(0)
      expect(() => JSON.parse(stdout)).toThrow()
      break
    case 'help':
      expect(stdout).toContain('Examples:')
      break
    case 'empty':
      expect(stdout).toBe('')
      break
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
    const { stdout } = await runCli(['-q', tiny, seed, `${folder}/a.txt`])
    const paths = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).source.path)
    expect(paths).toEqual([tiny, seed, `${folder}/a.txt`])
  })

  it('mirrors the input tree under --out-dir, one .json per .txt', async () => {
    const out = join(scratch, 'out')
    const result = await runCli(['-q', '-o', out, folder])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual([
      'a.json',
      'world',
      'world/b.json',
    ])
    expect(
      JSON.parse(readFileSync(join(out, 'world', 'b.json'), 'utf8')).header.dateline.place,
    ).toBe('Islamabad')
  })

  it('writes .yaml under --out-dir with -f yaml', async () => {
    const out = join(scratch, 'out-yaml')
    await runCli(['-q', '-o', out, '-f', 'yaml', tiny])
    expect(readdirSync(out)).toEqual(['tiny.yaml'])
  })

  it('never writes over an input', async () => {
    const result = await runCli(['-q', '-o', folder, '--ext', 'json', join(folder, 'a.txt')])
    expect(result.code).toBe(0)
    const again = await runCli(['-q', '-o', folder, join(folder, 'a.json')])
    expect(again.code).toBe(exitCodes.failed)
    expect(again.stderr).toMatch(/output-unsafe/)
  })

  it('prints the version from package.json', async () => {
    const { stdout } = await runCli(['--version'])
    expect(stdout).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`)
  })

  it('colours JSON for a terminal only, unless NO_COLOR or --no-color', async () => {
    const colourCode = '\u001b['
    expect((await runCli([tiny], undefined, {}, true)).stdout).toContain(colourCode)
    expect((await runCli([tiny], undefined, { NO_COLOR: '1' }, true)).stdout).not.toContain(
      colourCode,
    )
    expect((await runCli(['--no-color', tiny], undefined, {}, true)).stdout).not.toContain(
      colourCode,
    )
    // A pipe gets plain JSON, whatever FORCE_COLOR (set by many CI systems) or --color say.
    expect((await runCli([tiny], undefined, { FORCE_COLOR: '1' })).stdout).not.toContain(colourCode)
    expect((await runCli(['--color', tiny])).stdout).not.toContain(colourCode)
    expect((await runCli(['-f', 'jsonl', '--color', tiny, tiny])).stdout).not.toContain(colourCode)
    // The text view is for people: --color forces it, on a pipe too.
    expect((await runCli(['-f', 'text', '--color', tiny])).stdout).toContain(colourCode)
  })

  it('refuses to run with no file named and nothing piped in', async () => {
    const result = await runCli([], '')
    expect(result.code).toBe(exitCodes.fatal)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'newsparse  error  Expected a file to read, or text on standard input; see `newsparse --help`  usage\n',
    )
  })
})

describe('output safety', () => {
  const root = mkdtempSync(join(tmpdir(), 'newsparse-safety-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const inside = join(root, 'in')
  mkdirSync(inside)
  writeFileSync(join(inside, 'ok.txt'), 'Geneva - The talks resumed.\n')
  writeFileSync(join(inside, 'odd\nname.txt'), '')
  writeFileSync(join(root, 'outside.txt'), 'ISLAMABAD: Outside the input folder.\n')
  symlinkSync(join(root, 'outside.txt'), join(inside, 'link.txt'))
  const listing = (folder: string) => readdirSync(folder, { recursive: true }).map(String).sort()

  it('writes inside the output folder only, and never follows a link out of the input folder', async () => {
    const out = join(root, 'out')
    const result = await runCli(['-q', '-o', out, inside])
    expect(result.code).toBe(0)
    expect(listing(out)).toEqual(['odd\nname.json', 'ok.json'])
    expect(listing(root)).toEqual([
      'in',
      'in/link.txt',
      'in/odd\nname.txt',
      'in/ok.txt',
      'out',
      'out/odd\nname.json',
      'out/ok.json',
      'outside.txt',
    ])
  })

  it('reports a file name with a line break on one line, escaped', async () => {
    const result = await runCli(['-q', '-o', join(root, 'out2'), inside])
    expect(result.stderr).toBe(
      `${inside}/odd\\u000aname.txt  warning  Unexpected empty article: no paragraphs found  article-empty\n`,
    )
  })

  it('puts an input reached through `..` under its own name, inside the output folder', async () => {
    const out = join(root, 'out3')
    const result = await runCli([
      '-q',
      '-o',
      out,
      join(inside, '..', 'in', 'ok.txt'),
      join(inside, '..', 'outside.txt'),
    ])
    expect(result.code).toBe(0)
    expect(listing(out)).toEqual(['ok.json', 'outside.json'])
  })

  it('writes two inputs of one name apart, under their folders', async () => {
    for (const name of ['a', 'b']) {
      mkdirSync(join(root, 'same', name, 'inner'), { recursive: true })
      writeFileSync(join(root, 'same', name, 'x.txt'), `Geneva - Talks in ${name}.\n`)
      writeFileSync(join(root, 'same', name, 'inner', 'y.txt'), 'Geneva - More talks.\n')
    }
    const files = await runCli([
      '-o',
      join(root, 'out-files'),
      join(root, 'same', 'a', 'x.txt'),
      join(root, 'same', 'b', 'x.txt'),
    ])
    expect(files.code).toBe(0)
    expect(files.stderr).toMatch(/^newsparse: 2 files/)
    expect(listing(join(root, 'out-files'))).toEqual(['a', 'a/x.json', 'b', 'b/x.json'])
    const folders = await runCli([
      '-q',
      '-o',
      join(root, 'out-folders'),
      join(root, 'same', 'a'),
      join(root, 'same', 'b'),
    ])
    expect(folders.code).toBe(0)
    expect(listing(join(root, 'out-folders')).filter((path) => path.endsWith('.json'))).toEqual([
      'a/inner/y.json',
      'a/x.json',
      'b/inner/y.json',
      'b/x.json',
    ])
  })

  it('keeps the endings of two inputs that differ only there', async () => {
    mkdirSync(join(root, 'endings'))
    writeFileSync(join(root, 'endings', 'x.txt'), 'Geneva - Text.\n')
    writeFileSync(join(root, 'endings', 'x.md'), 'Geneva - Markdown.\n')
    const out = join(root, 'out-endings')
    const result = await runCli(['-q', '-o', out, '--ext', 'txt,md', join(root, 'endings')])
    expect(result.code).toBe(0)
    expect(listing(out)).toEqual(['x.md.json', 'x.txt.json'])
  })

  it('refuses, before writing anything, two inputs it cannot write apart', async () => {
    const out = join(root, 'out-same')
    const twice = join(inside, 'ok.txt')
    const result = await runCli(['-q', '-o', out, twice, twice])
    expect(result.code).toBe(exitCodes.fatal)
    expect(result.stderr).toBe(
      `newsparse  error  Cannot write \`${twice}\` and \`${twice}\` apart: both would be \`${join(out, 'ok.json')}\`  usage\n`,
    )
    expect(existsSync(out)).toBe(false)
  })

  it('never writes through a link out of the output folder', async () => {
    const out = join(root, 'out-linked')
    const elsewhere = join(root, 'elsewhere')
    mkdirSync(join(root, 'linked-in', 'sub'), { recursive: true })
    mkdirSync(out)
    mkdirSync(elsewhere)
    writeFileSync(join(root, 'linked-in', 'sub', 'x.txt'), 'Geneva - Talks.\n')
    symlinkSync(elsewhere, join(out, 'sub'))
    const result = await runCli(['-q', '-o', out, join(root, 'linked-in')])
    expect(result.code).toBe(exitCodes.failed)
    expect(result.stderr).toMatch(/output-unsafe/)
    expect(readdirSync(elsewhere)).toEqual([])
  })

  it('takes a file name with glob characters as it is', async () => {
    const draft = join(root, 'report [draft] {v2}.txt')
    writeFileSync(draft, 'Geneva - The draft.\n')
    const result = await runCli([draft])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).source.path).toBe(draft)
  })
})

describe('limits', () => {
  it('starts no more workers than cores or inputs, and none unless asked', async () => {
    const { workerCount } = await import('../src/cli/workers.js')
    expect(workerCount({ jobs: 1000 }, false, 40, 2)).toBe(2)
    expect(workerCount({ jobs: 4 }, false, 3, 8)).toBe(3)
    expect(workerCount({}, true, 40, 8)).toBe(1)
    expect(workerCount({}, false, 40, 8)).toBe(0)
  })

  it('holds --timeout to what a timer can wait', async () => {
    const { createProgram, maxTimeoutSeconds } = await import('../src/cli/options.js')
    const program = createProgram('0', { out: () => {}, err: () => {} })
    program.parse(['--timeout', '99999999', 'a.txt'], { from: 'user' })
    expect(program.opts().timeout).toBe(maxTimeoutSeconds)
    expect(maxTimeoutSeconds * 1000).toBeLessThan(2 ** 31)
  })

  it('ends with an error, not a hang, when the output folder cannot be made', async () => {
    const result = await runCli(['-q', '-o', '/proc/newsparse-cannot', seed])
    expect(result.code).toBe(exitCodes.fatal)
    expect(result.stderr).toMatch(/output-unwritable/)
  }, 10_000)

  it('refuses standard input over --max-bytes with its real size, keeping none of it', async () => {
    const { readStdin } = await import('../src/cli/read-stdin.js')
    const { Readable } = await import('node:stream')
    const chunks = Array.from({ length: 50 }, () => Buffer.alloc(1000, 97))
    expect(await readStdin(Readable.from(chunks), 10_000)).toEqual({ tooLarge: 50_000 })
    const result = await runCli(['--max-bytes', '100', '-'], 'x'.repeat(5000))
    expect(result.code).toBe(exitCodes.failed)
    expect(result.stderr).toBe(
      '<stdin>  error  Cannot annotate a file of 5000 bytes: over the limit of 100 (`--max-bytes`)  input-too-large\n',
    )
  })

  it('gives up on an article past --timeout in this process too, between two plugins', async () => {
    const { runJob } = await import('../src/batch/job.js')
    const job = {
      index: 0,
      path: null,
      bytes: Buffer.from('Geneva - The talks resumed, Smith said.\n'),
      sourcePath: null,
      maxBytes: 10_000,
      format: 'jsonl' as const,
      color: false,
    }
    expect(runJob({ ...job, timeoutSeconds: 1e-9 }).failure).toEqual({
      ruleId: 'timeout',
      reason: 'Cannot annotate within 1e-9 s (`--timeout`)',
    })
    expect(runJob({ ...job, timeoutSeconds: 30 }).failure).toBe(null)
  })
})

describe('the text view', () => {
  it('highlights every segment of a split quotation from its positions', async () => {
    const split = join(scratch, 'split.txt')
    writeFileSync(
      split,
      '“We will rebuild the bridge,” Mayor Ana Ruiz said. “And we will do it by May.”\n',
    )
    const { stdout } = await runCli(['-f', 'text', '--color', split])
    const green = '\u001b[32m'
    expect(stdout).toContain(`${green}We will rebuild the bridge,`)
    expect(stdout).toContain(`${green}And we will do it by May.`)
    expect(stdout).toContain('[Ana Ruiz]')
  })
})
