import type { ArticleRecord } from '../types.js'

/** One record on one line, for JSON Lines streams and `jq -c`. */
export function toJsonLine(record: ArticleRecord): string {
  return `${JSON.stringify(record)}\n`
}
