import { VFile } from 'vfile'
import { createProcessor } from './pipeline.js'
import type { ArticleRecord } from './types.js'

export interface AnnotateOptions {
  /** Reported as `source.path`. */
  path?: string
}

let builtIn: ReturnType<typeof createProcessor> | undefined

/** The built-in pipeline, made once. */
export function defaultProcessor(): ReturnType<typeof createProcessor> {
  builtIn ??= createProcessor()
  return builtIn
}

/** Annotate a decoded file (see `fileFromBytes`, `readArticle`), with the built-in pipeline or another. */
export function annotateFile(
  file: VFile,
  processor: ReturnType<typeof createProcessor> = defaultProcessor(),
): ArticleRecord {
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
