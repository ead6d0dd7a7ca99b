import { readFileSync } from 'node:fs'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import type { VFile } from 'vfile'
import { annotateFile } from '../annotate.js'
import { type FormatName, formatNames, formatters } from '../output/index.js'
import { InputError } from '../read/input-error.js'
import { defaultMaxBytes, fileFromBytes, readArticle } from '../read/read-article.js'
import { recordSchema } from '../schema.js'
import { exitCodes, ioRuleIds } from './exit-codes.js'
import type { Io } from './io.js'
import { readStdin } from './read-stdin.js'
import { displayPath, formatMessage } from './report.js'

const examples = `
Examples:
  $ newsparse seeds/article.txt               pretty JSON on stdout
  $ newsparse -f yaml article.txt             YAML
  $ newsparse a.txt b.txt -f jsonl | jq -c '.paragraphs | length'
  $ cat article.txt | newsparse -             standard input
  $ newsparse --schema                        the JSON Schema of a record

Exit codes: 0 done, 1 some input could not be annotated, 2 usage or I/O error.`

interface Options {
  format?: FormatName
  schema?: boolean
  maxBytes: number
  stdinFilename?: string
}

function version(): string {
  const packageJson = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as {
    version: string
  }
  return packageJson.version
}

function parseByteCount(value: string): number {
  const bytes = Number(value)
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new InvalidArgumentError('Expected a positive whole number of bytes.')
  }
  return bytes
}

function createProgram(io: Io): Command {
  return new Command('newsparse')
    .description('Turn plain-text news articles into structured annotations.')
    .argument('[files...]', 'articles to read; `-` for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatNames))
    .option('--schema', 'print the JSON Schema of a record and exit')
    .option('--max-bytes <n>', 'refuse articles larger than this', parseByteCount, defaultMaxBytes)
    .option('--stdin-filename <path>', 'the path to report for standard input')
    .version(version(), '-v, --version')
    .addHelpText('after', examples)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
}

/** Run the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  const program = createProgram(io)
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.fatal
    }
    throw error
  }
  const options = program.opts<Options>()
  if (options.schema) {
    io.stdout.write(`${JSON.stringify(recordSchema, null, 2)}\n`)
    return exitCodes.ok
  }
  let inputs = program.args
  if (inputs.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write(
        'newsparse: expected a file to read (or `-` for standard input); see `newsparse --help`\n',
      )
      return exitCodes.fatal
    }
    inputs = ['-']
  }
  const format = options.format ?? (inputs.length > 1 ? 'jsonl' : 'json')
  let exitCode: number = exitCodes.ok
  for (const input of inputs) {
    const code = await annotateInput(input, options, format, io)
    exitCode = Math.max(exitCode, code)
  }
  return exitCode
}

async function annotateInput(
  input: string,
  options: Options,
  format: FormatName,
  io: Io,
): Promise<number> {
  const shownPath = input === '-' ? (options.stdinFilename ?? '<stdin>') : input
  let file: VFile
  try {
    file =
      input === '-'
        ? fileFromBytes(await readStdin(io.stdin), options.stdinFilename ?? null, options)
        : await readArticle(input, options)
  } catch (error) {
    const ruleId = error instanceof InputError ? error.ruleId : 'input-unreadable'
    const reason = error instanceof Error ? error.message : String(error)
    io.stderr.write(
      formatMessage(displayPath(shownPath), { ruleId, severity: 'error', reason, position: null }),
    )
    return ioRuleIds.has(ruleId) ? exitCodes.fatal : exitCodes.failed
  }
  let record: ReturnType<typeof annotateFile>
  try {
    record = annotateFile(file)
  } catch (error) {
    const reason = `Cannot annotate: ${error instanceof Error ? error.message : String(error)}`
    io.stderr.write(
      formatMessage(displayPath(shownPath), {
        ruleId: 'crash',
        severity: 'error',
        reason,
        position: null,
      }),
    )
    return exitCodes.failed
  }
  io.stdout.write(formatters[format](record))
  for (const message of record.messages) {
    if (message.severity !== 'info') io.stderr.write(formatMessage(displayPath(shownPath), message))
  }
  return exitCodes.ok
}
