import { existsSync, readFileSync, statSync } from 'node:fs'
import { constants } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { CommanderError } from 'commander'
import {
  expandInputs,
  folderOf,
  type Input,
  ignoreFilter,
  ignoreRules,
  UsageError,
} from '../batch/inputs.js'
import { failedResult, type JobResult } from '../batch/job.js'
import { isReallyInside, planOutputs } from '../batch/output-paths.js'
import { realPathOf } from '../batch/real-path.js'
import { type Item, runInOrder } from '../batch/schedule.js'
import '../batch/tiering.js'
import { defaultProcessor } from '../annotate.js'
import { removeTemporaryFiles, writeAtomic } from '../batch/write-atomic.js'
import { colorJson } from '../output/color-json.js'
import { escapeHtml } from '../output/html/escape.js'
import { indexHtml } from '../output/html/index-page.js'
import { pageEnd, pageHtml, pageStart } from '../output/html/page.js'
import type { ArticleSummary } from '../output/html/summary.js'
import { tableFields, tableHeader } from '../output/table.js'
import { type PluginSpec, preparePlugins, resolvePlugin } from '../plugins/use.js'
import { tooLarge } from '../read/read-article.js'
import { recordSchema } from '../schema.js'
import { errorRecord, jsonlJobs } from '../stream/jsonl-input.js'
import { type Config, configFinder, readConfig } from './config.js'
import { exitCodes } from './exit-codes.js'
import type { Io } from './io.js'
import { createProgram, type Options, type OutputFormat } from './options.js'
import { Progress } from './progress.js'
import { readStdin } from './read-stdin.js'
import { displayPath, runMessage } from './report.js'
import { Tally } from './tally.js'
import { workerCount } from './workers.js'
import { writeOut } from './write-out.js'

/** 128 + the signal's number, as shells report a process a signal ended: SIGINT → 130, SIGTERM → 143. */
function interruptedCode(io: Io): number {
  const reason: unknown = io.signal?.reason
  const number =
    typeof reason === 'string' ? constants.signals[reason as NodeJS.Signals] : undefined
  return 128 + (number ?? constants.signals.SIGINT)
}
const workerScript = new URL('../batch/worker.js', import.meta.url)

function version(): string {
  const packageJson = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string }
  return packageJson.version
}

/**
 * Colour for the `text` view: `--no-color`, `--color`, `NO_COLOR`,
 * `FORCE_COLOR`, else whether stdout is a terminal. JSON is coloured only on
 * a terminal, whatever `FORCE_COLOR` or `--color` say: a pipe into `jq` gets
 * plain JSON (many CI systems set `FORCE_COLOR`).
 */
function useColor(options: Options, explicit: boolean, io: Io, format: OutputFormat): boolean {
  if (options.color === false) return false
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return explicit && format === 'text'
  if (format !== 'text') return io.stdout.isTTY === true
  if (explicit) return true
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0'
  return io.stdout.isTTY === true
}

/** Run the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  const program = createProgram(version(), {
    out: (text) => io.stdout.write(text),
    err: (text) => io.stderr.write(text),
  })
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError)
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.fatal
    throw error
  }
  const options = program.opts<Options>()
  const usage = (reason: string) => {
    io.stderr.write(runMessage(reason, { reporter: options.reporter }))
    return exitCodes.fatal
  }
  if (options.schema) {
    io.stdout.write(`${JSON.stringify(recordSchema, null, 2)}\n`)
    return exitCodes.ok
  }
  let args = program.args
  if (args.length === 0 && options.inputFormat !== 'jsonl') {
    if (io.stdin.isTTY)
      return usage('expected a file to read (or `-` for standard input); see `newsparse --help`')
    args = ['-']
  }
  const inputs: Input[] = []
  let plugins: PluginSpec[] = []
  try {
    // The config nearest each input (`--config` for all, none with `--no-config`); the command line wins.
    const find = configFinder()
    const configFor = (arg: string): Config | null =>
      options.config === false
        ? null
        : typeof options.config === 'string'
          ? readConfig(options.config)
          : find(folderOf(arg))
    const runConfig = configFor(args[0] ?? '-')
    if (program.getOptionValueSource('jobs') !== 'cli' && runConfig?.jobs)
      options.jobs = runConfig.jobs
    plugins = await loadPlugins(runConfig, options.use)
    if (options.inputFormat === 'jsonl') {
      if (program.args.length > 0) return usage('`--input-format jsonl` reads standard input only')
      if (options.outDir || (options.format && options.format !== 'jsonl'))
        return usage('`--input-format jsonl` writes JSON Lines to stdout')
      return runStream(options, program.getOptionValueSource('timeout') === 'cli', plugins, io)
    }
    if (runConfig?.format) options.format ??= runConfig.format
    const ignoredHere = ignoreFilter({
      root: process.cwd(),
      ignorePath: options.ignorePath,
      patterns: options.ignorePattern,
    })
    for (const arg of args) {
      const config = configFor(arg)
      const ignoredThere = ignoreRules(
        config?.folder ?? process.cwd(),
        config?.ignorePatterns ?? [],
      )
      const extensions =
        program.getOptionValueSource('ext') !== 'cli' && config?.ext ? config.ext : options.ext
      inputs.push(
        ...(await expandInputs(
          [arg],
          { extensions, ignored: (path) => ignoredHere(path) || ignoredThere(path) },
          options.allowEmpty === true,
        )),
      )
    }
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message)
    throw error
  }
  if (options.listFiles) {
    await writeOut(io, inputs.map((input) => `${input.path}\n`).join(''))
    return exitCodes.ok
  }
  if (inputs.length === 0) return exitCodes.ok

  const format: OutputFormat =
    options.format ?? (inputs.length > 1 && !options.outDir ? 'jsonl' : 'json')
  const color = useColor(options, program.getOptionValueSource('color') === 'cli', io, format)
  const outDir = options.outDir
  if (outDir && (format === 'text' || format === 'jsonl'))
    return usage('`--out-dir` writes `json`, `yaml`, `csv`, `tsv` or `html`; choose one with `-f`')
  if (options.fields && format !== 'csv' && format !== 'tsv')
    return usage('`--fields` picks the columns of `-f csv` or `-f tsv`')
  const fields = options.fields ?? [...tableFields]
  if (outDir && existsSync(outDir) && !isFolder(outDir))
    return usage(`cannot write to \`${outDir}\`: not a folder`)
  // What `--out-dir` must never write over (only worth a look when there is one).
  const inputPaths = new Set(
    outDir
      ? inputs.filter((input) => input.path !== '-').map((input) => realPathOf(input.path))
      : [],
  )

  // Every input gets its own output file, or nothing is written at all.
  let targets: string[] = []
  if (outDir) {
    const stdinName = options.stdinFilename?.split(/[\\/]/).pop() ?? 'stdin'
    const plan = planOutputs(inputs, outDir, `.${format}`, stdinName)
    if ('collision' in plan) {
      const { first, second, target } = plan.collision
      return usage(
        `cannot write \`${first}\` and \`${second}\` apart: both would be \`${displayPath(target)}\``,
      )
    }
    targets = plan.targets
    const index = join(outDir, 'index.html')
    const clash = targets.findIndex((target) => resolve(target) === resolve(index))
    if (format === 'html' && clash >= 0)
      return usage(
        `cannot write the page of \`${inputs[clash]?.path}\`: \`${displayPath(index)}\` is the batch's index`,
      )
  }

  const stdin = inputs.some((input) => input.path === '-')
    ? await readStdin(io.stdin, options.maxBytes)
    : null
  // No file named and nothing piped (a CI step with an empty stdin): a usage error, not an empty record.
  if (program.args.length === 0 && stdin !== null && 'bytes' in stdin && stdin.bytes.length === 0)
    return usage('expected a file to read, or text on standard input; see `newsparse --help`')
  // Made one at a time, as the schedule asks for them: memory stays flat however many inputs.
  function* jobs(): Generator<Item> {
    for (const [index, input] of inputs.entries()) {
      if (input.path === '-' && stdin !== null && 'tooLarge' in stdin) {
        // Refused like a file of that size, without keeping its bytes.
        const error = tooLarge(stdin.tooLarge, options.maxBytes)
        yield failedResult({ index }, { ruleId: error.ruleId, reason: error.message })
        continue
      }
      yield {
        index,
        path: input.path === '-' ? null : input.path,
        bytes: input.path === '-' && stdin !== null && 'bytes' in stdin ? stdin.bytes : null,
        sourcePath: input.path === '-' ? (options.stdinFilename ?? null) : input.path,
        maxBytes: options.maxBytes,
        format,
        color: format === 'text' && color,
        ...(format === 'csv' || format === 'tsv' ? { fields } : {}),
        ...(plugins.length > 0 ? { use: plugins } : {}),
        timeoutSeconds: options.timeout,
      }
    }
  }

  // Records on the same terminal would run into the progress line: none then.
  const progress =
    io.stderr.isTTY && !(io.stdout.isTTY && !outDir) && inputs.length > 1 && !options.quiet
      ? new Progress(inputs.length, (text) => io.stderr.write(text))
      : null
  const tally = new Tally(io, options, () => progress?.clear())
  // A table's header row, and a batch's page, are written once around the records.
  const table = format === 'csv' || format === 'tsv' ? tableHeader(fields, format) : ''
  const onePage = format === 'html' && !outDir && inputs.length === 1
  const batchPage = format === 'html' && !outDir && inputs.length > 1
  const indexed: { summary: ArticleSummary; href: string }[] = []
  if (table && !outDir) await writeOut(io, table)
  if (batchPage)
    await writeOut(
      io,
      pageStart(
        `newsparse: ${inputs.length} articles`,
        '<a href="#index">Who is quoted: the summary</a>',
      ),
    )
  const handle = async (result: JobResult) => {
    const input = inputs[result.index]
    if (!input) return
    const shown = input.path === '-' ? (options.stdinFilename ?? '<stdin>') : input.path
    progress?.tick()
    if (!tally.add(shown, result)) return
    let output = result.output ?? ''
    const target = targets[result.index] ?? ''
    if (format === 'html' && result.summary) {
      const { summary } = result
      const title = summary.title ?? summary.path?.split(/[\\/]/).pop() ?? 'standard input'
      if (outDir) {
        const href = relative(dirname(target), join(outDir, 'index.html')).split(sep).join('/')
        output = pageHtml(title, output, `<a href="${escapeHtml(href)}">All articles</a>`)
        indexed.push({ summary, href: relative(outDir, target).split(sep).join('/') })
      } else if (onePage) output = pageHtml(title, output)
      else indexed.push({ summary, href: `#article-${result.index + 1}` })
    }
    if (!outDir) return writeOut(io, format === 'json' && color ? colorJson(output) : output)
    if (table) output = table + output
    if (!isReallyInside(outDir, target) || inputPaths.has(realPathOf(target))) {
      return tally.error(
        shown,
        'output-unsafe',
        `Cannot write \`${displayPath(target)}\`: outside the output folder or over an input`,
      )
    }
    try {
      await writeAtomic(target, output)
    } catch (error) {
      tally.error(
        shown,
        'output-unwritable',
        `Cannot write \`${displayPath(target)}\`: ${(error as Error).message}`,
        true,
      )
    }
  }

  // This process by default: it already keeps a second core busy with V8's
  // compiler and collector, so on two cores two workers convert all corpora
  // only a tenth faster (5.2 s against 5.8 s) for three processes' memory.
  // `--jobs` or `--timeout` asks for workers: only a worker can be stopped
  // mid-plugin; here the time limit holds between plugins.
  const workers = workerCount(
    options,
    program.getOptionValueSource('timeout') === 'cli',
    inputs.length,
  )
  const interrupted = await runInOrder(
    jobs(),
    {
      workers,
      timeoutMs: options.timeout * 1000,
      script: workerScript,
      signal: io.signal,
      onFallback: fallbackNotice(io),
    },
    handle,
  )
  progress?.clear()
  if (interrupted) {
    await removeTemporaryFiles()
    io.stderr.write(
      runMessage('interrupted; no partial file was left', {
        ruleId: 'interrupted',
        reporter: options.reporter,
      }),
    )
    return interruptedCode(io)
  }
  if (batchPage) await writeOut(io, indexHtml(indexed) + pageEnd())
  if (format === 'html' && outDir) {
    const index = join(outDir, 'index.html')
    try {
      if (!isReallyInside(outDir, index) || inputPaths.has(realPathOf(index)))
        throw new Error('outside the output folder or over an input')
      await writeAtomic(
        index,
        pageHtml(`newsparse: ${indexed.length} articles`, indexHtml(indexed)),
      )
    } catch (error) {
      tally.error(
        displayPath(index),
        'output-unwritable',
        `Cannot write \`${displayPath(index)}\`: ${(error as Error).message}`,
        true,
      )
    }
  }
  if (!options.quiet && (inputs.length > 1 || outDir)) io.stderr.write(tally.summary())
  return tally.exitCode()
}

/**
 * `--input-format jsonl`: one record per input line, in order, each with the
 * line's `id`; a line that fails gives an error record and the stream goes on.
 */
async function runStream(
  options: Options,
  timeoutGiven: boolean,
  plugins: PluginSpec[],
  io: Io,
): Promise<number> {
  const tally = new Tally(io, options)
  const handle = async (result: JobResult) => {
    const name = `line ${result.line ?? '?'}${result.id === null || result.id === undefined ? '' : ` (id ${JSON.stringify(result.id)})`}`
    if (tally.add(name, result)) await writeOut(io, result.output ?? '')
    else if (result.failure) await writeOut(io, errorRecord(result, result.failure))
  }
  const source = jsonlJobs(io.stdin, {
    maxBytes: options.maxBytes,
    baseDir: options.baseDir,
    timeoutSeconds: options.timeout,
    use: plugins,
  })
  const interrupted = await runInOrder(
    source,
    {
      workers: workerCount(options, timeoutGiven, Number.POSITIVE_INFINITY),
      timeoutMs: options.timeout * 1000,
      script: workerScript,
      signal: io.signal,
      onFallback: fallbackNotice(io),
    },
    handle,
  )
  if (interrupted) {
    await removeTemporaryFiles()
    return interruptedCode(io)
  }
  if (!options.quiet) io.stderr.write(tally.summary())
  // In a stream every failure is the input's: exit 1, never 2.
  return Math.min(tally.exitCode(), exitCodes.failed)
}

/**
 * The plugins of the config file (resolved from its folder), then those of
 * `--use` (from the current folder), loaded once here: a plugin that cannot
 * be found or loaded is a usage error before any article is read.
 */
async function loadPlugins(config: Config | null, names: string[]): Promise<PluginSpec[]> {
  try {
    const specs: PluginSpec[] = [
      ...(config?.use ?? []).map((entry) => {
        const [name, options] = typeof entry === 'string' ? [entry, undefined] : entry
        const url = resolvePlugin(name, config?.folder ?? process.cwd())
        return options === undefined ? { url } : { url, options }
      }),
      ...names.map((name) => ({ url: resolvePlugin(name, process.cwd()) })),
    ]
    if (specs.length > 0) await preparePlugins(defaultProcessor(), specs)
    return specs
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

/** Say on stderr that the workers gave out and the batch goes on here. */
function fallbackNotice(io: Io): (reason: string) => void {
  return (reason) =>
    io.stderr.write(runMessage(reason, { severity: 'warning', ruleId: 'workers-failed' }))
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
