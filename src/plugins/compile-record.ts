import type { Plugin, Processor } from 'unified'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { ArticleTree } from '../data-map.js'
import { entityByHandle } from '../entities/by-handle.js'
import type {
  ArticleRecord,
  Entity,
  Position,
  RecordMessage,
  Severity,
  SocialPost,
} from '../types.js'

/** The compiler: gathers what the plugins wrote on `file.data` into one record. */
export const compileRecord: Plugin<[], ArticleTree, ArticleRecord> = function () {
  const self = this as unknown as Processor<
    undefined,
    undefined,
    undefined,
    ArticleTree,
    ArticleRecord
  >
  self.compiler = (_tree, file) => recordOf(file)
}

export function recordOf(file: VFile): ArticleRecord {
  const data = file.data
  return {
    schemaVersion: 2,
    source: data.source ?? {
      path: file.path ?? null,
      bytes: byteLength(String(file.value)),
      encoding: 'utf-8',
    },
    header: data.header ?? {
      fields: {},
      title: null,
      date: null,
      authors: [],
      bylines: [],
      subtitle: null,
      dateline: null,
    },
    paragraphs: data.paragraphs ?? [],
    quotes: data.quotes ?? [],
    social: withAuthorEntities(data.social ?? [], data.entities ?? []),
    entities: data.entities ?? [],
    dates: data.dates ?? [],
    messages: file.messages.map(messageOf),
    // Only when a `--use` plugin wrote some: records without plugins are as they were.
    ...(data.extensions && Object.keys(data.extensions).length > 0
      ? { extensions: data.extensions }
      : {}),
  }
}

/** `— Antony Blinken (@SecBlinken)`: a post's author is the person entity with that handle. */
function withAuthorEntities(posts: SocialPost[], entities: Entity[]): SocialPost[] {
  return posts.map((post) => {
    const entity = entityByHandle(entities, post.author.handle)
    return { ...post, author: { ...post.author, entity: entity?.id ?? null } }
  })
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

function messageOf(message: VFileMessage): RecordMessage {
  const severity: Severity =
    message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  return {
    ruleId: message.ruleId ?? 'unknown',
    severity,
    reason: message.reason,
    position: positionOf(message.place),
  }
}

function positionOf(place: VFileMessage['place']): Position | null {
  if (!place || !('start' in place)) return null
  const { start, end } = place
  if (start.offset === undefined || end.offset === undefined) return null
  return {
    start: { line: start.line, column: start.column, offset: start.offset },
    end: { line: end.line, column: end.column, offset: end.offset },
  }
}
