#!/usr/bin/env node
// Rewrites the README's example output block (after `<!-- example-output: ARGS -->`)
// with what `newsparse ARGS` prints now. test/readme.test.ts checks that they agree.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

const readme = readFileSync('README.md', 'utf8')
const updated = readme.replace(
  /(<!-- example-output: (.+?) -->\n```\w*\n)[\s\S]*?(```)/g,
  (_, open, args, close) =>
    open +
    execFileSync('node', ['bin/newsparse.js', ...args.split(' ')], { encoding: 'utf8' }) +
    close,
)
writeFileSync('README.md', updated)
