import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { annotateFile } from '../src/annotate.js'
import { positionViolations } from '../src/check/positions.js'
import { fileFromBytes } from '../src/read/read-article.js'
import { schemaErrors } from './helpers/schema.js'

// Each folder in fixtures/ holds one phenomenon: `input.txt` and the reviewed
// `output.json`. `UPDATE_FIXTURES=1 npx vitest run fixtures` rewrites the
// outputs; review the diff like code.
const root = 'fixtures'
const update = process.env.UPDATE_FIXTURES === '1'
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

describe('fixtures', () => {
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThan(20)
  })

  it.each(cases)('%s', (name) => {
    const path = join(root, name, 'input.txt')
    const file = fileFromBytes(readFileSync(path), path)
    const record = annotateFile(file)
    expect(schemaErrors(record)).toEqual([])
    expect(positionViolations(String(file.value), record)).toEqual([])
    const expectedPath = join(root, name, 'output.json')
    const actual = `${JSON.stringify(record, null, 2)}\n`
    if (update) writeFileSync(expectedPath, actual)
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'))
  })
})
