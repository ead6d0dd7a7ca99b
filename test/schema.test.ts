import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate.js'
import { recordSchema } from '../src/schema.js'
import { schemaErrors } from './helpers/schema.js'

type Node = { [key: string]: unknown }

/** Every property of every object in the schema, with the path to it. */
function properties(node: unknown, path: string, found: [string, Node][] = []): [string, Node][] {
  if (typeof node !== 'object' || node === null) return found
  const object = node as Node
  const own = object.properties as Record<string, Node> | undefined
  for (const [name, property] of Object.entries(own ?? {})) {
    found.push([`${path}.${name}`, property])
    properties(property, `${path}.${name}`, found)
  }
  for (const [key, value] of Object.entries(object))
    if (key !== 'properties' && typeof value === 'object')
      properties(value, `${path}/${key}`, found)
  return found
}

const seedLike = annotate(
  'ISLAMABAD: “We will meet again,” Foreign Minister Shah Mahmood Qureshi said on Friday.\n',
)

describe('the JSON Schema (built from src/types.ts)', () => {
  it('describes every field', () => {
    const fields = properties(recordSchema, '#')
    expect(fields.length).toBeGreaterThan(60)
    expect(fields.filter(([, property]) => !property.description).map(([path]) => path)).toEqual([])
  })

  it('describes every definition', () => {
    const definitions = Object.entries(recordSchema.definitions as Record<string, Node>)
    expect(
      definitions.filter(([, definition]) => !definition.description).map(([name]) => name),
    ).toEqual([])
  })

  it('takes a record, and refuses a field it does not declare or a value it does not allow', () => {
    expect(schemaErrors(seedLike)).toEqual([])
    expect(schemaErrors({ ...seedLike, extra: 1 })).not.toEqual([])
    expect(schemaErrors({ ...seedLike, schemaVersion: 1 })).not.toEqual([])
    const post = {
      id: 's1',
      platform: 'myspace',
      text: 'Hello',
      author: { name: null, handle: null, entity: null },
      date: null,
      url: null,
      links: [],
      mentions: [],
      hashtags: [],
      position: seedLike.paragraphs[0]?.position,
    }
    expect(schemaErrors({ ...seedLike, social: [post] })).not.toEqual([])
    expect(schemaErrors({ ...seedLike, social: [{ ...post, platform: 'twitter' }] })).toEqual([])
    const point = { line: 0, column: 1, offset: 0 }
    expect(
      schemaErrors({
        ...seedLike,
        dates: [{ text: 'x', value: null, position: { start: point, end: point } }],
      }),
    ).not.toEqual([])
  })

  it('takes a stream’s error record', () => {
    const error = { ruleId: 'timeout', reason: 'Gave up after 30 s' }
    expect(schemaErrors({ schemaVersion: 2, id: 'a', line: 3, error })).toEqual([])
    expect(schemaErrors({ schemaVersion: 2, id: null, line: null, error })).toEqual([])
    expect(schemaErrors({ schemaVersion: 2, id: null, line: 0, error })).not.toEqual([])
    expect(
      schemaErrors({ schemaVersion: 2, id: null, line: 1, error: { ruleId: 'x' } }),
    ).not.toEqual([])
  })
})
