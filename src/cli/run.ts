import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CommanderError } from 'commander'
import { expandInputs, type Input, isInside, UsageError } from '../batch/inputs.js'
import { type Job, type JobResult, runJob } from '../batch/job.js'
import { WorkerPool } from '../batch/pool.js'
import { removeTemporaryFiles, writeAtomic } from '../batch/write-atomic.js'
import { colorJson } from '../output/color-json.js'
import { recordSchema } from '../schema.js'
import { exitCodes, ioRuleIds } from './exit-codes.js'
import type { Io } from './io.js'
import { createProgram, type Options, type OutputFormat } from './options.js'
import { Progress } from './progress.js'
import { readStdin } from './read-stdin.js'
import { displayPath, formatMessage } from './report.js'

function version(): string {
  const packageJson = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string }
  return packageJson.version
}

/** `--no-color`, `--color`, `NO_COLOR`, `FORCE_COLOR`, else whether stdout is a terminal. */
function useColor(options: Options, explicit: boolean, io: Io): boolean {
  if (options.color === false) return false
  if (explicit) return true
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0'
  return io.stdout.isTTY === true
}

const workerScript = new URL('../batch/worker.js', import.meta.url)

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
    io.stderr.write(`newsparse: ${reason}\n`)
    return exitCodes.fatal
  }
  if (options.schema) {
    io.stdout.write(`${JSON.stringify(recordSchema, null, 2)}\n`)
    return exitCodes.ok
  }

  let args = program.args
  if (args.length === 0) {
    if (io.stdin.isTTY)
      return usage('expected a file to read (or `-` for standard input); see `newsparse --help`')
    args = ['-']
  }
  let inputs: Input[]
  try {
    inputs = await expandInputs(args, { extensions: options.ext }, options.allowEmpty === true)
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message)
    throw error
  }
  if (inputs.length === 0) return exitCodes.ok

  const color = useColor(options, program.getOptionValueSource('color') === 'cli', io)
  const format: OutputFormat =
    options.format ?? (inputs.length > 1 && !options.outDir ? 'jsonl' : 'json')
  if (options.outDir && (format === 'text' || format === 'jsonl')) {
    return usage('`--out-dir` writes `json` or `yaml`; choose one with `-f`')
  }
  const outDir = options.outDir
  if (outDir && existsSync(outDir) && !isWritableFolder(outDir))
    return usage(`cannot write to \`${outDir}\`: not a folder`)
  // What `--out-dir` must never write over (only worth a look when there is one).
  const inputPaths = new Set(
    outDir
      ? inputs.filter((input) => input.path !== '-').map((input) => safeRealpath(input.path))
      : [],
  )

  const stdinBytes = inputs.some((input) => input.path === '-') ? await readStdin(io.stdin) : null
  const jobs: Job[] = inputs.map((input, index) => ({
    index,
    path: input.path === '-' ? null : input.path,
    bytes: input.path === '-' ? stdinBytes : null,
    sourcePath: input.path === '-' ? (options.stdinFilename ?? null) : input.path,
    maxBytes: options.maxBytes,
    format,
    color: format === 'text' && color,
  }))

  const started = performance.now()
  const progress =
    io.stderr.isTTY && inputs.length > 1 && !options.quiet
      ? new Progress(inputs.length, (text) => io.stderr.write(text))
      : null
  const totals = { files: 0, quotes: 0, posts: 0, warnings: 0, errors: 0 }
  let exitCode: number = exitCodes.ok

  const handle = async (result: JobResult) => {
    const input = inputs[result.index]
    if (!input) return
    const shown = displayPath(
      input.path === '-' ? (options.stdinFilename ?? '<stdin>') : input.path,
    )
    progress?.tick()
    if (result.failure) {
      totals.errors++
      progress?.clear()
      io.stderr.write(
        formatMessage(
          shown,
          {
            ruleId: result.failure.ruleId,
            severity: 'error',
            reason: result.failure.reason,
            position: null,
          },
          options.reporter,
        ),
      )
      exitCode = Math.max(
        exitCode,
        ioRuleIds.has(result.failure.ruleId) ? exitCodes.fatal : exitCodes.failed,
      )
      return
    }
    totals.files++
    totals.quotes += result.quotes
    totals.posts += result.posts
    for (const message of result.messages) {
      // Of the notes, only how the bytes were read is worth a line: `encoding-fallback`.
      if (message.severity === 'info' && !message.ruleId.startsWith('encoding-')) continue
      if (message.severity === 'warning') totals.warnings++
      else totals.errors++
      progress?.clear()
      io.stderr.write(formatMessage(shown, message, options.reporter))
    }
    const output = result.output ?? ''
    if (outDir) {
      const target = outputPath(outDir, input, format, options.stdinFilename)
      if (!isInside(outDir, target) || inputPaths.has(safeRealpath(target))) {
        totals.errors++
        io.stderr.write(
          formatMessage(
            shown,
            {
              ruleId: 'output-unsafe',
              severity: 'error',
              reason: `Cannot write \`${displayPath(target)}\`: outside the output folder or over an input`,
              position: null,
            },
            options.reporter,
          ),
        )
        exitCode = Math.max(exitCode, exitCodes.failed)
        return
      }
      try {
        await writeAtomic(target, output)
      } catch (error) {
        io.stderr.write(
          formatMessage(
            shown,
            {
              ruleId: 'output-unwritable',
              severity: 'error',
              reason: `Cannot write \`${displayPath(target)}\`: ${(error as Error).message}`,
              position: null,
            },
            options.reporter,
          ),
        )
        exitCode = Math.max(exitCode, exitCodes.fatal)
      }
    } else {
      io.stdout.write(format === 'json' && color ? colorJson(output) : output)
    }
  }

  const interrupted = await runAll(jobs, options, handle, io.signal)
  progress?.clear()
  if (interrupted) {
    await removeTemporaryFiles()
    io.stderr.write('newsparse: interrupted; no partial file was left\n')
    return 130
  }
  if (!options.quiet && (inputs.length > 1 || outDir)) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    io.stderr.write(
      `newsparse: ${totals.files} files, ${totals.quotes} quotations, ${totals.posts} posts, ${totals.warnings} warnings, ${totals.errors} errors in ${seconds} s\n`,
    )
  }
  if (options.frail && totals.warnings > 0) exitCode = Math.max(exitCode, exitCodes.failed)
  if (options.maxWarnings !== undefined && totals.warnings > options.maxWarnings)
    exitCode = Math.max(exitCode, exitCodes.failed)
  return exitCode
}

/**
 * Run every job and hand the results over in input order: in this thread for
 * one input or `-j 1`, else on worker threads. Resolves to true if interrupted.
 */
async function runAll(
  jobs: Job[],
  options: Options,
  handle: (result: JobResult) => Promise<void>,
  signal?: AbortSignal,
): Promise<boolean> {
  const workers = Math.min(options.jobs ?? defaultJobs(jobs.length), jobs.length)
  if (workers <= 1 || !existsSync(fileURLToPath(workerScript))) {
    for (const job of jobs) {
      if (signal?.aborted) return true
      await handle(runJob(job))
    }
    return false
  }
  const results = new Map<number, JobResult>()
  let next = 0
  let queued = 0
  let writing = Promise.resolve()
  // At most a few chunks ahead of the record written next, so that memory stays flat.
  const window = workers * 64
  let finished: () => void = () => {}
  const done = new Promise<void>((resolve) => {
    finished = resolve
  })
  const pool = new WorkerPool(workers, workerScript, options.timeout * 1000, (result) => {
    results.set(result.index, result)
    writing = writing.then(async () => {
      while (results.has(next)) {
        const ready = results.get(next)
        results.delete(next)
        next++
        if (ready) await handle(ready)
      }
      if (next === jobs.length || (signal?.aborted && next === queued)) finished()
      else refill()
    })
  })
  const refill = () => {
    if (signal?.aborted) return
    const more = jobs.slice(queued, next + window)
    queued += more.length
    pool.add(more)
  }
  signal?.addEventListener('abort', () => {
    if (next === queued) finished()
  })
  refill()
  await done
  await pool.close()
  return signal?.aborted === true
}

// A worker process spends about a second of CPU warming up (V8 compiling the
// hot code) before it runs at full speed, so it pays only for many inputs:
// one per 1,500, and no more than there are cores.
const inputsPerWorker = 1500

function defaultJobs(inputs: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(inputs / inputsPerWorker)))
}

/** Where an input's record goes: its relative path under the output folder, with the format's ending. */
function outputPath(
  outDir: string,
  input: Input,
  format: OutputFormat,
  stdinFilename: string | undefined,
): string {
  const relative =
    input.path === '-' ? (stdinFilename?.split(/[\\/]/).pop() ?? 'stdin') : input.relativePath
  const ending = format === 'yaml' ? '.yaml' : '.json'
  const extension = extname(relative)
  return resolve(
    join(outDir, (extension ? relative.slice(0, -extension.length) : relative) + ending),
  )
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
}

function isWritableFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
