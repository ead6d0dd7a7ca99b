import { annotateFile } from '../annotate.js'
import type { ArticleSummary } from '../output/html/summary.js'
import { type OutputFormat, renderRecord } from '../output/render.js'
import type { TableField } from '../output/table.js'
import { type PluginSpec, preparedProcessor } from '../plugins/use.js'
import { InputError } from '../read/input-error.js'
import { fileFromBytes, readArticleSync } from '../read/read-article.js'
import type { JsonValue, RecordMessage } from '../types.js'

/** The `id` of a JSON Lines input line, echoed in its record as given: any JSON value. */
export type JobId = JsonValue

/** One article to annotate, as sent to a worker. */
export interface Job {
  index: number
  /** With `--input-format jsonl`: the line's `id` and number. */
  id?: JobId
  line?: number
  /** A path to read, or the bytes of standard input. */
  path: string | null
  bytes: Uint8Array | null
  /** The path the record reports (`--stdin-filename` for stdin). */
  sourcePath: string | null
  maxBytes: number
  format: OutputFormat
  color: boolean
  /** `-f csv` and `-f tsv`: the columns (`--fields`). */
  fields?: TableField[]
  /** `--use`: plugins to run after the built-in ones (loaded with `preparePlugins` first). */
  use?: PluginSpec[]
  /** `--timeout` in seconds: the article is given up between two plugins once it has run this long. */
  timeoutSeconds?: number
}

export interface JobResult {
  index: number
  id?: JobId
  line?: number
  /** The formatted record, or null when the file could not be annotated. */
  output: string | null
  messages: RecordMessage[]
  quotes: number
  posts: number
  /** `-f html`: what the batch's index shows of the article. */
  summary?: ArticleSummary
  /** Why there is no record: I/O problems (`input-missing`…) or content (`input-binary`…). */
  failure: { ruleId: string; reason: string } | null
}

/**
 * The result of a job that gave no record, and why. A streamed line's keeps
 * its `id` and `line`, so that it can be joined back.
 */
export function failedResult(
  job: Pick<Job, 'index' | 'id' | 'line'>,
  failure: { ruleId: string; reason: string },
): JobResult {
  const echo = job.id === undefined ? {} : { id: job.id, line: job.line ?? 0 }
  return { index: job.index, ...echo, output: null, messages: [], quotes: 0, posts: 0, failure }
}

/** Read, annotate and format one article. Never throws: a failure is part of the result. */
export function runJob(job: Job): JobResult {
  const echo = job.id === undefined ? {} : { id: job.id, line: job.line ?? 0 }
  try {
    const file =
      job.bytes !== null
        ? fileFromBytes(job.bytes, job.sourcePath, { maxBytes: job.maxBytes })
        : readArticleSync(job.path ?? '', { maxBytes: job.maxBytes })
    if (job.timeoutSeconds !== undefined) {
      const seconds = job.timeoutSeconds
      file.data.deadline = { at: performance.now() + seconds * 1000, seconds }
    }
    const annotated =
      job.use && job.use.length > 0
        ? annotateFile(file, preparedProcessor(job.use))
        : annotateFile(file)
    // `{"schemaVersion": 2, "id": …, "line": …, …}`: a streamed record carries its input's id and line.
    const { schemaVersion, ...rest } = annotated
    const record =
      job.id === undefined ? annotated : { schemaVersion, id: job.id, line: job.line ?? 0, ...rest }
    const { output, summary } = renderRecord(record, String(file.value), {
      format: job.format,
      color: job.color,
      ...(job.fields ? { fields: job.fields } : {}),
      anchor: `article-${job.index + 1}`,
    })
    return {
      index: job.index,
      ...echo,
      output,
      ...(summary ? { summary } : {}),
      messages: record.messages,
      quotes: record.quotes.length,
      posts: record.social.length,
      failure: null,
    }
  } catch (error) {
    if (error instanceof InputError)
      return failedResult(job, { ruleId: error.ruleId, reason: error.message })
    const reason = error instanceof Error ? error.message : String(error)
    return failedResult(job, { ruleId: 'crash', reason: `Cannot annotate: ${reason}` })
  }
}
