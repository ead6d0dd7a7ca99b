import { resolve } from 'node:path'
import { isInside } from '../batch/inputs.js'
import { failedResult, type Job, type JobId, type JobResult } from '../batch/job.js'
import { realPathOf } from '../batch/real-path.js'
import type { Item } from '../batch/schedule.js'
import type { PluginSpec } from '../plugins/use.js'
import type { StreamErrorRecord, StreamFailure } from '../types.js'

export interface StreamOptions {
  maxBytes: number
  /** `--base-dir`: the folder `path` rows may read from; without it, `path` rows are refused. */
  baseDir?: string | undefined
  /** `--timeout`: each article is given up between two plugins past this many seconds. */
  timeoutSeconds?: number | undefined
  /** `--use`: plugins after the built-in ones, loaded already. */
  use?: PluginSpec[]
}

/** A line of the stream, or null when it ran past the limit and its bytes were dropped. */
interface StreamLine {
  text: string | null
  line: number
}

/**
 * `--input-format jsonl`: one job per line of standard input, each
 * `{"id": …, "text": …}` or `{"id": …, "path": …}`. A line that is not such
 * an object, or that is longer than `--max-bytes` allows, becomes a failed
 * result with its id and line number; blank lines are skipped. Lines are
 * read only as fast as they are asked for.
 */
export async function* jsonlJobs(
  input: NodeJS.ReadableStream,
  options: StreamOptions,
): AsyncGenerator<Item> {
  let index = 0
  // The article's own limit, and room for the `id` and the JSON around the text.
  const limit = options.maxBytes + 65_536
  for await (const { text, line } of linesOf(input, limit)) {
    if (text === null) {
      yield failed(index++, line, null, 'input-too-large', 'Cannot read a line this long')
      continue
    }
    if (text.trim() === '') continue
    const parsed = parseLine(text, options.baseDir)
    if ('reason' in parsed) {
      yield failed(index++, line, parsed.id, parsed.ruleId, parsed.reason)
      continue
    }
    const job: Job = {
      index: index++,
      id: parsed.id,
      line,
      path: parsed.path ?? null,
      bytes: parsed.text === undefined ? null : Buffer.from(parsed.text, 'utf8'),
      sourcePath: parsed.path ?? null,
      maxBytes: options.maxBytes,
      format: 'jsonl',
      color: false,
      ...(options.timeoutSeconds === undefined ? {} : { timeoutSeconds: options.timeoutSeconds }),
      ...(options.use && options.use.length > 0 ? { use: options.use } : {}),
    }
    yield job
  }
}

/**
 * The lines of a byte stream, split at `\n` (a `\r` before it dropped). A
 * line longer than `limit` bytes is not kept: its bytes are dropped as they
 * come and it is given as null, so that one huge line costs no memory.
 */
async function* linesOf(input: NodeJS.ReadableStream, limit: number): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = []
  let size = 0
  let tooLong = false
  let line = 0
  const keep = (bytes: Buffer) => {
    if (tooLong || bytes.length === 0) return
    size += bytes.length
    if (size > limit) {
      tooLong = true
      parts = []
    } else {
      parts.push(bytes)
    }
  }
  const finish = (): StreamLine => {
    line++
    let text: string | null = null
    if (!tooLong) {
      text = Buffer.concat(parts).toString('utf8')
      if (text.endsWith('\r')) text = text.slice(0, -1)
    }
    parts = []
    size = 0
    tooLong = false
    return { text, line }
  }
  for await (const chunk of input) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    for (let newline = bytes.indexOf(10); newline !== -1; newline = bytes.indexOf(10)) {
      keep(bytes.subarray(0, newline))
      yield finish()
      bytes = bytes.subarray(newline + 1)
    }
    keep(bytes)
  }
  if (size > 0 || tooLong) yield finish()
}

type Parsed =
  | { id: JobId; text?: string; path?: string }
  | { id: JobId; ruleId: string; reason: string }

function parseLine(raw: string, baseDir: string | undefined): Parsed {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (error) {
    return {
      id: null,
      ruleId: 'input-malformed',
      reason: `Cannot parse the line as JSON: ${(error as Error).message}`,
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      id: null,
      ruleId: 'input-malformed',
      reason: 'Expected an object such as `{"id": 1, "text": "…"}`',
    }
  }
  // The `id` comes back as given, whatever JSON value it is.
  const { id = null, text, path } = value as Record<string, JobId>
  if (typeof text === 'string') return { id, text }
  if (typeof path !== 'string')
    return { id, ruleId: 'input-malformed', reason: 'Expected a string `text` or `path`' }
  const allowed = pathInside(path, baseDir)
  return typeof allowed === 'string'
    ? { id, path: allowed }
    : { id, ruleId: 'input-forbidden', reason: allowed.reason }
}

/**
 * A `path` row reads a file only inside `--base-dir`, compared by real path:
 * a stream from untrusted rows must not read `/etc/passwd` or `../../x`.
 */
function pathInside(path: string, baseDir: string | undefined): string | { reason: string } {
  if (baseDir === undefined)
    return { reason: 'Cannot read `path` rows without `--base-dir`; send `text` instead' }
  const base = realPathOf(baseDir)
  const full = resolve(base, path)
  if (!isInside(base, realPathOf(full)))
    return { reason: `Cannot read \`${path}\`: outside \`--base-dir\`` }
  return full
}

function failed(index: number, line: number, id: JobId, ruleId: string, reason: string): JobResult {
  return failedResult({ index, id, line }, { ruleId, reason })
}

/**
 * The line written for an input that could not be annotated:
 * `{"schemaVersion":2,"id":…,"line":…,"error":{"ruleId","reason"}}`.
 */
export function errorRecord(result: JobResult, failure: StreamFailure): string {
  const record: StreamErrorRecord = {
    schemaVersion: 2,
    id: result.id ?? null,
    line: result.line ?? null,
    error: failure,
  }
  return `${JSON.stringify(record)}\n`
}
