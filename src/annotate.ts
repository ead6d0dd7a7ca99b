import { VFile } from 'vfile'
import { createProcessor } from './pipeline.js'
import type { ArticleRecord } from './types.js'

export interface AnnotateOptions {
  /** Reported as `source.path`. */
  path?: string
}

let processor: ReturnType<typeof createProcessor> | undefined

/** Annotate a decoded file (see `fileFromBytes`, `readArticle`). */
export function annotateFile(file: VFile): ArticleRecord {
  processor ??= createProcessor()
  const result = processor.processSync(file).result
  if (result === undefined) throw new Error('Expected the compiler to produce a record')
  return result
}

/** Annotate one article's text. */
export function annotate(text: string, options: AnnotateOptions = {}): ArticleRecord {
  const file = new VFile(
    options.path === undefined ? { value: text } : { value: text, path: options.path },
  )
  file.data.source = {
    path: options.path ?? null,
    bytes: Buffer.byteLength(text, 'utf8'),
    encoding: 'utf-8',
  }
  return annotateFile(file)
}
