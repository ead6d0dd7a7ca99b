import schema from './data/generated/record-schema.json' with { type: 'json' }

/**
 * The JSON Schema (draft-07) of what newsparse writes, schema version 2: an
 * article's record, or a stream line's error record. Printed by `newsparse
 * --schema`; built from the declarations in `types.ts`, whose comments are
 * its descriptions (scripts/build-schema.mjs).
 */
export const recordSchema = schema
