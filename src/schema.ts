/** The JSON Schema (draft-07) of one record, schema version 2: printed by `newsparse --schema`. */

const point = {
  type: 'object',
  additionalProperties: false,
  required: ['line', 'column', 'offset'],
  properties: {
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    offset: {
      type: 'integer',
      minimum: 0,
      description: 'From 0, in UTF-16 code units of the decoded text',
    },
  },
} as const

const position = {
  type: 'object',
  additionalProperties: false,
  required: ['start', 'end'],
  properties: { start: { $ref: '#/definitions/point' }, end: { $ref: '#/definitions/point' } },
} as const

const span = {
  type: 'object',
  required: ['text', 'position'],
  properties: { text: { type: 'string' }, position: { $ref: '#/definitions/position' } },
} as const

const nullableString = { type: ['string', 'null'] } as const
const isoDate = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const
const strings = { type: 'array', items: { type: 'string' } } as const

export const recordSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://npmjs.com/package/newsparse/schema/v2.json',
  title: 'newsparse record',
  description:
    'The annotations of one news article. Positions are unist positions into the decoded text.',
  type: 'object',
  required: [
    'schemaVersion',
    'source',
    'header',
    'paragraphs',
    'quotes',
    'social',
    'entities',
    'dates',
    'messages',
  ],
  definitions: { point, position, span },
  properties: {
    schemaVersion: { const: 2 },
    id: {
      description: "With `--input-format jsonl`: the input line's `id`, as given (any JSON value)",
    },
    line: {
      type: 'integer',
      minimum: 1,
      description: "With `--input-format jsonl`: the input line's number, from 1",
    },
    source: {
      type: 'object',
      required: ['path', 'bytes', 'encoding'],
      properties: {
        path: nullableString,
        bytes: { type: 'integer', minimum: 0 },
        encoding: { enum: ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] },
      },
    },
    header: {
      type: 'object',
      required: ['fields', 'title', 'date', 'authors', 'bylines', 'subtitle', 'dateline'],
      properties: {
        fields: { type: 'object', description: 'Every metadata key and value, as written' },
        title: nullableString,
        date: isoDate,
        authors: strings,
        bylines: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'role'],
            properties: { name: { type: 'string' }, role: nullableString },
          },
        },
        subtitle: nullableString,
        dateline: {
          oneOf: [
            { type: 'null' },
            {
              type: 'object',
              required: ['text', 'place', 'region', 'agency', 'position'],
              properties: {
                text: { type: 'string' },
                place: { type: 'string' },
                region: nullableString,
                agency: nullableString,
                position: { $ref: '#/definitions/position' },
              },
            },
          ],
        },
      },
    },
    paragraphs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['index', 'kind', 'text', 'position'],
        properties: {
          index: { type: 'integer', minimum: 0 },
          kind: { enum: ['body', 'social', 'boilerplate'] },
          text: { type: 'string' },
          position: { $ref: '#/definitions/position' },
        },
      },
    },
    quotes: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'id',
          'kind',
          'text',
          'segments',
          'position',
          'paragraphs',
          'cue',
          'speaker',
          'post',
        ],
        properties: {
          id: { type: 'string' },
          kind: { enum: ['direct', 'indirect', 'mixed'] },
          text: {
            type: 'string',
            description:
              'Direct and mixed: the segments joined by one space. Indirect: the reported clause',
          },
          segments: {
            type: 'array',
            items: { $ref: '#/definitions/span' },
            description:
              'Each piece between a pair of marks, in source order; [] for indirect speech',
          },
          position: { $ref: '#/definitions/position' },
          paragraphs: { type: 'array', items: { type: 'integer', minimum: 0 } },
          cue: { oneOf: [{ type: 'null' }, { $ref: '#/definitions/span' }] },
          speaker: {
            oneOf: [
              { type: 'null' },
              {
                allOf: [
                  { $ref: '#/definitions/span' },
                  {
                    type: 'object',
                    required: ['kind', 'name', 'entity'],
                    properties: {
                      kind: { enum: ['person', 'group', 'organization'] },
                      name: nullableString,
                      entity: nullableString,
                    },
                  },
                ],
              },
            ],
          },
          post: nullableString,
        },
      },
    },
    social: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'id',
          'platform',
          'text',
          'author',
          'date',
          'url',
          'links',
          'mentions',
          'hashtags',
          'position',
        ],
        properties: {
          id: { type: 'string' },
          platform: { type: 'string' },
          text: { type: 'string' },
          author: {
            type: 'object',
            required: ['name', 'handle', 'entity'],
            properties: { name: nullableString, handle: nullableString, entity: nullableString },
          },
          date: isoDate,
          url: nullableString,
          links: strings,
          mentions: strings,
          hashtags: strings,
          position: { $ref: '#/definitions/position' },
        },
      },
    },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'type', 'name', 'key', 'titles', 'handles', 'gender', 'mentions'],
        properties: {
          id: { type: 'string' },
          type: { enum: ['person', 'place', 'organization'] },
          name: { type: 'string' },
          key: {
            type: 'string',
            description:
              'The name in lower case, accents dropped, words joined by `-`: for grouping across articles, not a knowledge-base id',
          },
          titles: strings,
          handles: strings,
          gender: { enum: ['male', 'female', null] },
          mentions: { type: 'array', items: { $ref: '#/definitions/span' } },
        },
      },
    },
    dates: {
      type: 'array',
      items: {
        type: 'object',
        required: ['text', 'value', 'position'],
        properties: {
          text: { type: 'string' },
          value: {
            type: ['string', 'null'],
            pattern: '^\\d{4}-\\d{2}(-\\d{2})?$',
            description: 'A day, or a month (`YYYY-MM`)',
          },
          position: { $ref: '#/definitions/position' },
        },
      },
    },
    messages: {
      type: 'array',
      items: {
        type: 'object',
        required: ['ruleId', 'severity', 'reason', 'position'],
        properties: {
          ruleId: { type: 'string' },
          severity: { enum: ['error', 'warning', 'info'] },
          reason: { type: 'string' },
          position: { oneOf: [{ type: 'null' }, { $ref: '#/definitions/position' }] },
        },
      },
    },
  },
} as const
