#!/usr/bin/env node
// Builds the record's JSON Schema from its TypeScript declarations in
// src/types.ts (their comments become descriptions) into
// src/data/generated/record-schema.json: the types and `newsparse --schema`
// have one source. Runs as part of `npm run build`, before tsc.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createGenerator } from 'ts-json-schema-generator'

const generated = createGenerator({
  path: 'src/types.ts',
  tsconfig: 'tsconfig.json',
  type: 'NewsparseRecord',
  jsDoc: 'extended',
  expose: 'export',
  topRef: true,
  // The generated file is read by the program it is generated for.
  skipTypeCheck: true,
  additionalProperties: false,
}).createSchema('NewsparseRecord')

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://npmjs.com/package/newsparse/schema/v2.json',
  title: 'newsparse record',
  description:
    'One line of newsparse output: the annotations of one news article (ArticleRecord), ' +
    'or, in a JSON Lines stream, why an input line gave none (StreamErrorRecord). ' +
    'Positions are unist positions into the decoded text.',
  ...generated,
}
delete schema.$schema
const folder = join('src', 'data', 'generated')
mkdirSync(folder, { recursive: true })
writeFileSync(
  join(folder, 'record-schema.json'),
  `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...schema }, null, 2)}\n`,
)
