import { Ajv } from 'ajv'
import { recordSchema } from '../../src/schema.js'

const ajv = new Ajv({ allErrors: true, strict: false })
const validate = ajv.compile(recordSchema)

/** The schema errors of a record (or a stream's error record), as readable lines; empty when it is valid. */
export function schemaErrors(record: unknown): string[] {
  if (validate(record)) return []
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`)
}
