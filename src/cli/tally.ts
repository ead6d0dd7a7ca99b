import type { JobResult } from '../batch/job.js'
import type { RecordMessage } from '../types.js'
import { exitCodes, ioRuleIds } from './exit-codes.js'
import type { Io } from './io.js'
import type { Options } from './options.js'
import { displayPath, formatMessage } from './report.js'

/**
 * What a run has seen: prints each result's messages on stderr, counts them,
 * and computes the exit code once, at the end.
 */
export class Tally {
  files = 0
  quotes = 0
  posts = 0
  warnings = 0
  errors = 0
  private code: number = exitCodes.ok
  private readonly started = performance.now()

  constructor(
    private readonly io: Io,
    private readonly options: Options,
    /** Called before a line is printed, so that a progress line can step aside. */
    private readonly beforePrint: () => void = () => {},
  ) {}

  /** Count a result and print its messages; true when it has a record to write. */
  add(path: string, result: JobResult): boolean {
    if (result.failure) {
      this.error(
        path,
        result.failure.ruleId,
        result.failure.reason,
        ioRuleIds.has(result.failure.ruleId),
      )
      return false
    }
    this.files++
    this.quotes += result.quotes
    this.posts += result.posts
    for (const message of result.messages) {
      // Of the notes, only how the bytes were read is worth a line: `encoding-fallback`.
      if (message.severity === 'info' && !message.ruleId.startsWith('encoding-')) continue
      if (message.severity === 'warning') this.warnings++
      else if (message.severity === 'error') this.errors++
      this.print(path, message)
    }
    return true
  }

  /** A file that could not be annotated or written: exit 2 for I/O (`fatal`), else 1. */
  error(path: string, ruleId: string, reason: string, fatal = false): void {
    this.errors++
    this.code = Math.max(this.code, fatal ? exitCodes.fatal : exitCodes.failed)
    this.print(path, { ruleId, severity: 'error', reason, position: null })
  }

  summary(): string {
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1)
    return `newsparse: ${this.files} files, ${this.quotes} quotations, ${this.posts} posts, ${this.warnings} warnings, ${this.errors} errors in ${seconds} s\n`
  }

  exitCode(): number {
    let code = this.code
    if (this.options.frail && this.warnings > 0) code = Math.max(code, exitCodes.failed)
    if (this.options.maxWarnings !== undefined && this.warnings > this.options.maxWarnings) {
      code = Math.max(code, exitCodes.failed)
    }
    return code
  }

  private print(path: string, message: RecordMessage): void {
    this.beforePrint()
    this.io.stderr.write(formatMessage(displayPath(path), message, this.options.reporter))
  }
}
