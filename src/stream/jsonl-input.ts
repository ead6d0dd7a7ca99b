import { createInterface } from 'node:readline'
import type { Job, JobId, JobResult } from '../batch/job.js'
import type { Item } from '../batch/schedule.js'

export interface StreamOptions {
  maxBytes: number
}

/**
 * `--input-format jsonl`: one job per line of standard input, each
 * `{"id": …, "text": …}` or `{"id": …, "path": …}`. A line that is not such
 * an object becomes a failed result with its line number; blank lines are
 * skipped. Lines are read only as fast as they are asked for.
 */
export async function* jsonlJobs(
  input: NodeJS.ReadableStream,
  options: StreamOptions,
): AsyncGenerator<Item> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
  let index = 0
  let line = 0
  for await (const raw of lines) {
    line++
    if (raw.trim() === '') continue
    const parsed = parseLine(raw)
    if ('reason' in parsed) {
      yield failed(index++, line, parsed.id, parsed.reason)
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
    }
    yield job
  }
}

type Parsed = { id: JobId; text?: string; path?: string } | { id: JobId; reason: string }

function parseLine(raw: string): Parsed {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (error) {
    return { id: null, reason: `Cannot parse the line as JSON: ${(error as Error).message}` }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { id: null, reason: 'Expected an object such as `{"id": 1, "text": "…"}`' }
  }
  const { id = null, text, path } = value as Record<string, unknown>
  const key: JobId = typeof id === 'string' || typeof id === 'number' ? id : null
  if (typeof text === 'string') return { id: key, text }
  if (typeof path === 'string') return { id: key, path }
  return { id: key, reason: 'Expected a string `text` or `path`' }
}

function failed(index: number, line: number, id: JobId, reason: string): JobResult {
  return {
    index,
    id,
    line,
    output: null,
    messages: [],
    quotes: 0,
    posts: 0,
    failure: { ruleId: 'input-malformed', reason },
  }
}

/**
 * The line written for an input that could not be annotated:
 * `{"schemaVersion":1,"id":…,"error":{"ruleId","reason"}}`, with the line
 * number only when there is no id (a split stream numbers its lines anew).
 */
export function errorRecord(result: JobResult): string {
  const id = result.id ?? null
  const where = id === null ? { id, line: result.line ?? null } : { id }
  return `${JSON.stringify({ schemaVersion: 1, ...where, error: result.failure })}\n`
}
