import { Command, InvalidArgumentError, Option } from 'commander'
import { type OutputFormat, outputFormats } from '../output/render.js'
import { parseFields, type TableField } from '../output/table.js'
import { defaultMaxBytes } from '../read/read-article.js'
import { runMessage } from './report.js'

export type { OutputFormat }

export interface Options {
  format?: OutputFormat
  fields?: TableField[]
  outDir?: string
  ext: string[]
  allowEmpty?: boolean
  jobs?: number
  timeout: number
  maxBytes: number
  stdinFilename?: string
  reporter: 'default' | 'github'
  frail?: boolean
  maxWarnings?: number
  quiet?: boolean
  color?: boolean
  schema?: boolean
  inputFormat: 'text' | 'jsonl'
  baseDir?: string
  ignorePath?: string
  ignorePattern: string[]
  listFiles?: boolean
  /** `--config <file>`, or false for `--no-config`. */
  config?: string | false
  use: string[]
}

const examples = `
Examples:
  $ newsparse seeds/article.txt               pretty JSON on stdout
  $ newsparse -f yaml article.txt             YAML
  $ newsparse -f text article.txt             the article, quotations highlighted
  $ newsparse archive/ -o out/                a folder: one .json per .txt, same tree
  $ newsparse archive/ -f csv > quotes.csv    one row per quotation, for a spreadsheet
  $ newsparse archive/ -f html -o report/     a page per article and report/index.html
  $ newsparse 'archive/**/*.txt' -f jsonl | jq -c '.quotes[] | {speaker: .speaker.name, text}'
  $ cat article.txt | newsparse -             standard input
  $ newsparse archive/ --list-files            what would be read (.newsparseignore applied)
  $ newsparse --use retext-readability a.txt  a retext plugin's messages beside newsparse's
  $ newsparse --schema                        the JSON Schema of a record
  $ newsparse --input-format jsonl < in.jsonl > out.jsonl    a stream of {"id", "text"}

Exit codes: 0 done, 1 some input could not be annotated (or warnings with --frail),
2 usage or I/O error, 128 + n stopped by signal n (130 for Ctrl-C).`

function positiveInteger(what: string) {
  return (value: string): number => {
    const number = Number(value)
    if (!Number.isSafeInteger(number) || number <= 0)
      throw new InvalidArgumentError(`Expected a positive whole number of ${what}.`)
    return number
  }
}

// Node's timers hold at most 2^31 - 1 ms (about 24.8 days); a longer one fires at once.
export const maxTimeoutSeconds = Math.floor((2 ** 31 - 1) / 1000)

/** Seconds for `--timeout`, held to what a timer can wait. */
function seconds(value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0)
    throw new InvalidArgumentError('Expected a positive number of seconds.')
  return Math.min(number, maxTimeoutSeconds)
}

function wholeNumber(value: string): number {
  const number = Number(value)
  if (!Number.isSafeInteger(number) || number < 0)
    throw new InvalidArgumentError('Expected a whole number.')
  return number
}

function tableColumns(value: string): TableField[] {
  try {
    return parseFields(value)
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message)
  }
}

function extensions(value: string): string[] {
  return value
    .split(',')
    .map((extension) => (extension.startsWith('.') ? extension : `.${extension}`))
}

export function createProgram(
  version: string,
  write: { out: (text: string) => void; err: (text: string) => void },
): Command {
  return new Command('newsparse')
    .description('Turn plain-text news articles into structured annotations.')
    .argument('[inputs...]', 'files, folders, quoted globs; `-` for standard input')
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format (default: json for one input, jsonl for several)',
      ).choices(outputFormats),
    )
    .option(
      '--fields <names>',
      'with `-f csv` or `-f tsv`: the columns, in order (path,id,kind,speaker,name,key,cue,text,line,column,post)',
      tableColumns,
    )
    .option(
      '-o, --out-dir <dir>',
      'write one file per input here (.json, .yaml, .csv, .tsv or .html), mirroring the input tree',
    )
    .option('--ext <endings>', 'file endings to take from folders and globs', extensions, ['.txt'])
    .option('--allow-empty', 'a folder or glob that matches nothing is not an error')
    .option(
      '--ignore-path <file>',
      'skip what this gitignore-style file lists (default: .newsparseignore here)',
    )
    .option(
      '--ignore-pattern <pattern>',
      'skip files and folders like this one (gitignore syntax; repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--list-files', 'print the files that would be read, one a line, and exit')
    .option(
      '--config <file>',
      'settings from this file (default: the nearest .newsparserc.json or package.json "newsparse" key)',
    )
    .option('--no-config', 'read no config file')
    .option(
      '--use <plugin>',
      'a unified plugin (module or file) to run after the built-in ones (repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option(
      '-j, --jobs <n>',
      'worker processes, at most one per core (default: none, this process)',
      positiveInteger('jobs'),
    )
    .option(
      '--timeout <seconds>',
      'give up on one file after this long (in worker processes)',
      seconds,
      30,
    )
    .option(
      '--max-bytes <n>',
      'refuse articles larger than this',
      positiveInteger('bytes'),
      defaultMaxBytes,
    )
    .option('--stdin-filename <path>', 'the path to report for standard input')
    .addOption(
      new Option('--reporter <name>', 'how to print messages')
        .choices(['default', 'github'])
        .default('default'),
    )
    .option('--frail', 'warnings make the run fail (exit 1)')
    .option('--max-warnings <n>', 'fail (exit 1) with more warnings than this', wholeNumber)
    .option('-q, --quiet', 'no progress and no summary on stderr')
    .option('--color', 'colour output even when it is not a terminal')
    .option('--no-color', 'never colour output')
    .addOption(
      new Option(
        '--input-format <format>',
        'stdin as one article (`text`) or JSON Lines of `{"id", "text" | "path"}`',
      )
        .choices(['text', 'jsonl'])
        .default('text'),
    )
    .option(
      '--base-dir <dir>',
      'with `--input-format jsonl`: let `path` rows read files inside this folder (off by default)',
    )
    .option('--schema', 'print the JSON Schema of a record and exit')
    .version(version, '-v, --version')
    .addHelpText('after', examples)
    .exitOverride()
    .configureOutput({
      writeOut: write.out,
      writeErr: write.err,
      // `error: unknown option '--x'` → `newsparse  error  Unknown option '--x'  usage`, as every message.
      outputError: (text, print) =>
        print(
          runMessage(
            text
              .replace(/^error: /, '')
              .trim()
              .replace(/\s*\n\s*/g, ' '),
          ),
        ),
    })
}
