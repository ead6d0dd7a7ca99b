#!/usr/bin/env node
// Process glue only: argv in, exit code out. All behaviour lives in src/cli.
import os from 'node:os'
import { run } from '../dist/cli/run.js'

process.stdout.on('error', (error) => {
  // `newsparse … | head`: the reader left; stop quietly.
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

// Ctrl-C, SIGTERM (CI runners, `timeout`) and SIGHUP stop the batch cleanly:
// workers end, temporary files go, and the exit code is 128 + the signal's
// number. A second signal ends the process at once.
const controller = new AbortController()
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(name, () => {
    controller.abort(name)
    process.once(name, () => process.exit(128 + os.constants.signals[name]))
  })
}

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
})
