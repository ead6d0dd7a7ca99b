import type { ArticleRecord } from '../types.js'

/** Pretty JSON, two-space indent, one trailing newline. */
export function toJson(record: ArticleRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`
}
