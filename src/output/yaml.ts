import { stringify } from 'yaml'
import type { ArticleRecord } from '../types.js'

/** One YAML document per record, opened by `---` so that several records stream. */
export function toYaml(record: ArticleRecord): string {
  return `---\n${stringify(record, { lineWidth: 0 })}`
}
