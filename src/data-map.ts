import type { Literal, Parent } from 'unist'
import type {
  ArticleRecord,
  DateMention,
  Entity,
  Header,
  JsonValue,
  Paragraph,
  Quote,
  SocialPost,
  Source,
} from './types.js'

/** The tree the parser builds: the whole article as one text node, in nlcst's node names. */
export interface ArticleTree extends Parent {
  type: 'RootNode'
  children: ArticleText[]
}

export interface ArticleText extends Literal {
  type: 'TextNode'
  value: string
}

// The compiler's result: a record (see `compileRecord`).
declare module 'unified' {
  interface CompileResultMap {
    ArticleRecord: ArticleRecord
  }
}

// Each plugin writes one key of `file.data`; later plugins read what earlier ones wrote.
declare module 'vfile' {
  interface DataMap {
    /** Set by the reader: where the bytes came from and how they were decoded. */
    source: Source
    /** Set by the caller: when to give up on the article (`performance.now()` time) and the limit it came from. */
    deadline: { at: number; seconds: number }
    /** Set by the header plugin. */
    header: Header
    /** Set by the header plugin: offset where the article body starts, after header and dateline. */
    bodyStart: number
    /** Set by the header plugin: a dateline that opens a later paragraph (under a caption), with the space after it; left out of that paragraph. */
    laterDatelineRange: { start: number; end: number } | null
    /** Set by the header plugin: where the headline stands, when it is a line of the text. */
    headlineRange: { start: number; end: number } | null
    /** Set by the header plugin: where the line under the headline (`header.subtitle`) stands. */
    subtitleRange: { start: number; end: number } | null
    /** Set by the paragraphs plugin. */
    paragraphs: Paragraph[]
    quotes: Quote[]
    social: SocialPost[]
    entities: Entity[]
    dates: DateMention[]
    /** Set by `--use` plugins: their own data for the record, each under its name. */
    extensions: Record<string, JsonValue>
  }
}
