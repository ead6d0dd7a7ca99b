import type { ArticleRecord } from '../types.js'
import { toJson } from './json.js'
import { toJsonLine } from './jsonl.js'
import { toYaml } from './yaml.js'

export const formatters = {
  json: toJson,
  jsonl: toJsonLine,
  yaml: toYaml,
} as const satisfies Record<string, (record: ArticleRecord) => string>

export type FormatName = keyof typeof formatters

export const formatNames = Object.keys(formatters) as FormatName[]
