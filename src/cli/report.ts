import type { RecordMessage, Severity } from '../types.js'

export type ReporterName = 'default' | 'github'

/**
 * One message as a line: the vfile-reporter form
 * `path:line:column  warning  reason  rule-id` (no place: `path  error  …`),
 * or a GitHub Actions annotation.
 */
export function formatMessage(
  path: string,
  message: RecordMessage,
  reporter: ReporterName = 'default',
): string {
  const start = message.position?.start
  if (reporter === 'github') {
    const level =
      message.severity === 'error' ? 'error' : message.severity === 'warning' ? 'warning' : 'notice'
    const place = start ? `,line=${start.line},col=${start.column}` : ''
    return `::${level} file=${githubEscape(path, true)}${place},title=${githubEscape(message.ruleId, true)}::${githubEscape(message.reason, false)}\n`
  }
  const place = start ? `${path}:${start.line}:${start.column}` : path
  return `${place}  ${message.severity}  ${message.reason}  ${message.ruleId}\n`
}

/**
 * A message about the run rather than one file, in the same form, the
 * program in the place of a path: `newsparse  error  No files match \`x/*.txt\`  usage`.
 */
export function runMessage(
  reason: string,
  { severity = 'error', ruleId = 'usage', reporter = 'default' as ReporterName } = {} as {
    severity?: Severity
    ruleId?: string
    reporter?: ReporterName
  },
): string {
  const sentence = reason.charAt(0).toUpperCase() + reason.slice(1)
  return formatMessage(
    'newsparse',
    { ruleId, severity, reason: sentence, position: null },
    reporter,
  )
}

// GitHub's workflow-command escaping: `%`, line breaks, and in properties `:` and `,`.
function githubEscape(value: string, property: boolean): string {
  const escaped = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped
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
