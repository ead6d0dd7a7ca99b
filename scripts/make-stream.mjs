#!/usr/bin/env node
// Writes a JSON Lines stream of `{"id", "text"}` to stdout, built from the
// project's own fixtures, at least as many lines as asked: `node
// scripts/make-stream.mjs 1000 > stream.jsonl`.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const wanted = Number(process.argv[2] ?? 1000)
const fixtures = join(import.meta.dirname, '..', 'fixtures')
const texts = readdirSync(fixtures)
  .sort()
  .filter((name) => existsSync(join(fixtures, name, 'input.txt')))
  .map((name) => readFileSync(join(fixtures, name, 'input.txt'), 'utf8'))
const lines = []
for (let id = 0; id < wanted; id++)
  lines.push(JSON.stringify({ id, text: texts[id % texts.length] }))
process.stdout.write(`${lines.join('\n')}\n`)
