import { Readable } from 'node:stream'
import { run } from '../../src/cli/run.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Run the CLI in-process with `stdin` as piped input (or a terminal when undefined); stdout is a pipe unless `terminal`. */
export async function runCli(
  argv: string[],
  stdin?: string | Uint8Array,
  env: Record<string, string> = {},
  terminal = false,
): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const input = Object.assign(Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]), {
    isTTY: stdin === undefined,
  })
  const code = await run(argv, {
    stdin: input,
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: terminal },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env,
  })
  return { code, stdout, stderr }
}
