// The record: the one source of its TypeScript types and of its JSON Schema
// (`newsparse --schema`, built from these declarations by
// scripts/build-schema.mjs). Every field's comment is its description.

/** A point in the source: lines and columns from 1, offset from 0, in UTF-16 code units. */
export interface Point {
  /**
   * The line, from 1; `\n`, `\r\n` and a lone `\r` end a line.
   * @asType integer
   * @minimum 1
   */
  line: number
  /**
   * The column, from 1, in UTF-16 code units.
   * @asType integer
   * @minimum 1
   */
  column: number
  /**
   * From 0, in UTF-16 code units of the decoded text.
   * @asType integer
   * @minimum 0
   */
  offset: number
}

/** A unist position: the source text between `start.offset` and `end.offset`. */
export interface Position {
  /** Where it starts. */
  start: Point
  /** Where it ends (exclusive). */
  end: Point
}

/** A metadata value as written: a string, a number, a flag, a list or a map (YAML front matter). */
export type HeaderValue =
  | string
  | number
  | boolean
  | null
  | HeaderValue[]
  | { [key: string]: HeaderValue }

/** The dateline: where and by whom the story was filed (`WASHINGTON (Reuters) -`). */
export interface Dateline {
  /** As written, separator included: `WASHINGTON (Reuters) -`. */
  text: string
  /** The city in title case, as written: `Washington`, `Austin`, `Seattle/Washington`. */
  place: string
  /** The state, province or country after the city, as written: `Texas`, `Tenn.`; or null. */
  region: string | null
  /** The news agency in parentheses, where given: `Reuters`; or null. */
  agency: string | null
  /** Where the dateline stands in the source. */
  position: Position
}

/** One writer credited in a byline or a closing credit line. */
export interface Byline {
  /** The writer's name: `Amina Khan`. */
  name: string
  /** As written beside the name: `Staff Writer`, `Reuters`, `Reporting`, `Editing`; or null. */
  role: string | null
}

/** What stands above the story: metadata, headline, dek, byline and dateline. */
export interface Header {
  /** Every metadata key and value, as written. */
  fields: Record<string, HeaderValue>
  /** The headline, or null. */
  title: string | null
  /**
   * ISO 8601 date (`YYYY-MM-DD`) of the article, or null.
   * @pattern ^\d{4}-\d{2}-\d{2}$
   */
  date: string | null
  /** The writers' names, from the byline and the closing credits. */
  authors: string[]
  /** The same writers with their roles, in the order they are credited. */
  bylines: Byline[]
  /** A dek: the short second line under the headline, or null. */
  subtitle: string | null
  /** The dateline, or null. */
  dateline: Dateline | null
}

/** `body` prose, a pasted `social` post, or `boilerplate` (sign-offs, credits, "Read more"). */
export type ParagraphKind = 'body' | 'social' | 'boilerplate'

/** A paragraph of the article's body. */
export interface Paragraph {
  /**
   * Its number, from 0, in source order.
   * @asType integer
   * @minimum 0
   */
  index: number
  /** What the paragraph is. */
  kind: ParagraphKind
  /** The paragraph's text; line breaks inside a hard-wrapped paragraph read as one space. */
  text: string
  /** Where it stands in the source. */
  position: Position
}

/** A stretch of the source: its text exactly as written, and where it stands. */
export interface Span {
  /** The source between the position's offsets. */
  text: string
  /** Where it stands in the source. */
  position: Position
}

/** Who speaks: a person, a group of people (`officials`, `the union`), or an organisation (`the ministry`). */
export type SpeakerKind = 'person' | 'group' | 'organization'

/** The speaker of a quotation: the mention in the text, and whom it names. */
export interface Speaker extends Span {
  /** A person, a group of people, or an organisation. */
  kind: SpeakerKind
  /** The resolved name, or null when the article names nobody (`the union`, `officials`). */
  name: string | null
  /** The `id` of the speaker's entity (`e2`), or null. */
  entity: string | null
}

/** `direct` (all in marks), `indirect` (reported, no marks) or `mixed` (reported, with quoted words). */
export type QuoteKind = 'direct' | 'indirect' | 'mixed'

/** A quotation: what was said, by whom, and where it stands. */
export interface Quote {
  /** `q1`, `q2`, … in source order. */
  id: string
  /** Direct, indirect or mixed. */
  kind: QuoteKind
  /** Direct and mixed: the segments' texts joined by one space. Indirect: the reported clause. */
  text: string
  /** Each piece between a pair of marks, in source order, as written; [] for indirect speech. */
  segments: Span[]
  /** From the first piece to the last (for indirect speech, the reported clause). */
  position: Position
  /** The `index` of each paragraph it spans; [] in the headline. */
  paragraphs: number[]
  /** The reporting verb (`said`, `told reporters`), or null. */
  cue: Span | null
  /** Who speaks, or null when the article does not say. */
  speaker: Speaker | null
  /** The `id` of the embedded post it repeats (`s1`), or null. */
  post: string | null
}

/** Where a pasted post comes from. */
export type Platform = 'twitter' | 'instagram' | 'facebook' | 'tiktok'

/** The author of a pasted post. */
export interface PostAuthor {
  /** The display name, as pasted: `Secretary Antony Blinken`; or null. */
  name: string | null
  /** The handle with its `@`: `@SecBlinken`; or null. */
  handle: string | null
  /** The `id` of the author's entity, or null. */
  entity: string | null
}

/** A social-media post pasted into the text, with its signature line. */
export interface SocialPost {
  /** `s1`, `s2`, … in source order. */
  id: string
  /** The platform the signature shows. */
  platform: Platform
  /** The post's words. */
  text: string
  /** Who posted it. */
  author: PostAuthor
  /**
   * The post's date (`YYYY-MM-DD`), or null.
   * @pattern ^\d{4}-\d{2}-\d{2}$
   */
  date: string | null
  /** The post's own address, or null. */
  url: string | null
  /** Addresses in the post's text. */
  links: string[]
  /** `@handles` in the post's text. */
  mentions: string[]
  /** `#tags` in the post's text. */
  hashtags: string[]
  /** Where the post and its signature stand in the source. */
  position: Position
}

/** A person, a place or an organisation. */
export type EntityType = 'person' | 'place' | 'organization'

/** One person, place or organisation, with every mention of it in the article. */
export interface Entity {
  /** `e1`, `e2`, … */
  id: string
  /** What it is. */
  type: EntityType
  /** Its fullest name in the article: `Antony Blinken`. */
  name: string
  /** For grouping across articles: the name in lower case, accents dropped, words joined by `-` (`antony-blinken`). A well-known surname alone keys as its holder (`President Putin`: `vladimir-putin`). Not a knowledge-base id. */
  key: string
  /** Titles and honorifics met with the name: `Secretary`, `Dr`. */
  titles: string[]
  /** Social-media handles that name it: `@SecBlinken`. */
  handles: string[]
  /** For people: what the text shows (`he`, `Ms`, a given name), or null. */
  gender: 'male' | 'female' | null
  /** Every mention, as written. */
  mentions: Span[]
}

/** A date expression in the text. */
export interface DateMention {
  /** As written: `on Thursday`, `July 9, 2021`. */
  text: string
  /**
   * A day (`YYYY-MM-DD`) or a month (`YYYY-MM`), where the text and the article's date tell; else null.
   * @pattern ^\d{4}-\d{2}(-\d{2})?$
   */
  value: string | null
  /** Where it stands in the source. */
  position: Position
}

/** How serious a message is. */
export type Severity = 'error' | 'warning' | 'info'

/** Something the reader of the record should know: a reading note, a doubtful quotation. */
export interface RecordMessage {
  /** Which rule spoke: `quote-unclosed`, `decode-windows-1252`. */
  ruleId: string
  /** Error, warning or info. */
  severity: Severity
  /** What happened, in a sentence. */
  reason: string
  /** Where, or null for the whole article. */
  position: Position | null
}

/** How the article's bytes were decoded. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** Where the article came from. */
export interface Source {
  /** The path as given, or null for standard input and text. */
  path: string | null
  /**
   * The size of the input in bytes.
   * @asType integer
   * @minimum 0
   */
  bytes: number
  /** How the bytes were decoded. */
  encoding: Encoding
}

/** Any JSON value: a stream line's `id`, echoed as given. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue }

/**
 * With `--input-format jsonl`: the input line's number, from 1.
 * @asType integer
 * @minimum 1
 */
export type LineNumber = number

/** One article's annotations: schema version 2 (see `newsparse --schema`). */
export interface ArticleRecord {
  /** The version of this record's shape. */
  schemaVersion: 2
  /** With `--input-format jsonl`: the input line's `id`, as given (any JSON value). */
  id?: JsonValue
  /** With `--input-format jsonl`: the input line's number, from 1. */
  line?: LineNumber
  /** Where the article came from. */
  source: Source
  /** Metadata, headline, byline and dateline. */
  header: Header
  /** The body's paragraphs, in source order. */
  paragraphs: Paragraph[]
  /** Every quotation, in source order. */
  quotes: Quote[]
  /** Pasted social-media posts, in source order. */
  social: SocialPost[]
  /** People, places and organisations. */
  entities: Entity[]
  /** Date expressions. */
  dates: DateMention[]
  /** Notes on the reading: decoding, doubtful quotations; and what `--use` plugins report. */
  messages: RecordMessage[]
  /** With `--use`: what plugins added, each under its own name (`file.data.extensions`). */
  extensions?: { [name: string]: JsonValue }
}

/** Why a stream line gave no record. */
export interface StreamFailure {
  /** `input-json`, `input-too-large`, `timeout`, `crash`, … */
  ruleId: string
  /** What happened, in a sentence. */
  reason: string
}

/** With `--input-format jsonl`: the line written for an input line that could not be annotated. */
export interface StreamErrorRecord {
  /** The version of this record's shape. */
  schemaVersion: 2
  /** The input line's `id`, as given, or null when the line had none or could not be read. */
  id: JsonValue
  /** The input line's number, from 1, or null when it is not known. */
  line: LineNumber | null
  /** Why there is no record. */
  error: StreamFailure
}

/** Any line newsparse writes: an article's record, or a stream line's error record. */
export type NewsparseRecord = ArticleRecord | StreamErrorRecord
