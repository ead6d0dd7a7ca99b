import { Chalk } from 'chalk'

// Strings (keys apart), numbers, literals: the tokens of pretty JSON.
const token = /("(?:[^"\\]|\\.)*")(\s*:)?|\b(?:true|false|null)\b|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g

/** Pretty JSON with keys, strings, numbers and literals coloured for a terminal. */
export function colorJson(json: string): string {
  const chalk = new Chalk({ level: 1 })
  return json.replace(token, (match, string: string | undefined, colon: string | undefined) => {
    if (string !== undefined)
      return colon === undefined ? chalk.green(string) : chalk.cyan(string) + colon
    if (/^[tfn]/.test(match)) return chalk.magenta(match)
    return chalk.yellow(match)
  })
}
