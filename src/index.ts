export { type AnnotateOptions, annotate, annotateFile } from './annotate.js'
export { type FormatName, formatNames, formatters } from './output/index.js'
export { createProcessor } from './pipeline.js'
export { InputError } from './read/input-error.js'
export {
  defaultMaxBytes,
  fileFromBytes,
  type ReadOptions,
  readArticle,
} from './read/read-article.js'
export { recordSchema } from './schema.js'
export type * from './types.js'
