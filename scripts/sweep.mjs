#!/usr/bin/env node
// `npm run sweep`: every file in ../shared/corpora through the same
// invariants as the property tests: the record validates against the schema,
// every position covers exactly its text, and a second run gives the same
// bytes. Prints each violation with its file and offset; exits 1 if any.
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { positionViolations } from '../dist/check/positions.js'
import { annotateFile, fileFromBytes, recordSchema } from '../dist/index.js'
import { corpora, textFiles } from './lib/corpus.mjs'

const validate = new Ajv({ allErrors: true, strict: false }).compile(recordSchema)
let violations = 0
let files = 0
const report = (path, problem) => {
  violations++
  console.log(`${path}: ${problem}`)
}
for (const path of textFiles(corpora)) {
  files++
  const bytes = readFileSync(path)
  const first = annotateFile(fileFromBytes(bytes, path))
  const text = String(fileFromBytes(bytes, path).value)
  if (!validate(first))
    for (const error of validate.errors ?? [])
      report(path, `schema: ${error.instancePath} ${error.message}`)
  for (const problem of positionViolations(text, first)) report(path, problem)
  if (JSON.stringify(annotateFile(fileFromBytes(bytes, path))) !== JSON.stringify(first))
    report(path, 'a second run gave other output')
}
console.log(`sweep: ${files} files, ${violations} violations`)
process.exitCode = violations > 0 ? 1 : 0
