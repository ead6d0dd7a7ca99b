import type { RecordMessage } from '../types.js'

/**
 * One message as a line in the vfile-reporter form:
 * `path:line:column  warning  reason  rule-id` (no place: `path  error  …`).
 */
export function formatMessage(path: string, message: RecordMessage): string {
  const start = message.position?.start
  const place = start ? `${path}:${start.line}:${start.column}` : path
  return `${place}  ${message.severity}  ${message.reason}  ${message.ruleId}\n`
}

/** A path made safe to print on one line: control characters escaped as `\uXXXX`. */
export function displayPath(path: string): string {
  let shown = ''
  for (const char of path) {
    const code = char.charCodeAt(0)
    shown += code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : char
  }
  return shown
}
