#!/usr/bin/env node
// Process glue only: argv in, exit code out. All behaviour lives in src/cli.
import { run } from '../dist/cli/run.js'

process.stdout.on('error', (error) => {
  // `newsparse … | head`: the reader left; stop quietly.
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

// Ctrl-C stops the batch cleanly; a second one ends the process at once.
const controller = new AbortController()
process.once('SIGINT', () => controller.abort())

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
})
