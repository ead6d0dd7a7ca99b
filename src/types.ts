/** A point in the source: lines and columns from 1, offset from 0, in UTF-16 code units. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A unist position: the source text between `start.offset` and `end.offset`. */
export interface Position {
  start: Point
  end: Point
}

export type HeaderValue =
  | string
  | number
  | boolean
  | null
  | HeaderValue[]
  | { [key: string]: HeaderValue }

export interface Dateline {
  /** As written, separator included: `WASHINGTON (Reuters) -`. */
  text: string
  /** The city in title case, as written: `Washington`, `Austin`, `Seattle/Washington`. */
  place: string
  /** The state, province or country after the city, as written: `Texas`, `Tenn.`; or null. */
  region: string | null
  /** The news agency in parentheses, where given: `Reuters`. */
  agency: string | null
  position: Position
}

/** One writer credited in a byline or a closing credit line. */
export interface Byline {
  name: string
  /** As written beside the name: `Staff Writer`, `Reuters`, `Reporting`, `Editing`; or null. */
  role: string | null
}

export interface Header {
  /** Every metadata key and value, as written. */
  fields: Record<string, HeaderValue>
  title: string | null
  /** ISO 8601 date (`YYYY-MM-DD`) of the article, or null. */
  date: string | null
  /** The writers' names, from the byline and the closing credits. */
  authors: string[]
  /** The same writers with their roles, in the order they are credited. */
  bylines: Byline[]
  /** A dek: the short second line under the headline, or null. */
  subtitle: string | null
  dateline: Dateline | null
}

export type ParagraphKind = 'body' | 'social' | 'boilerplate'

export interface Paragraph {
  index: number
  kind: ParagraphKind
  /** The paragraph's text; line breaks inside a hard-wrapped paragraph read as one space. */
  text: string
  position: Position
}

export interface Span {
  text: string
  position: Position
}

/** Who speaks: a person, a group of people (`officials`, `the union`), or an organisation (`the ministry`). */
export type SpeakerKind = 'person' | 'group' | 'organization'

export interface Speaker extends Span {
  kind: SpeakerKind
  /** The resolved name, or null when the article names nobody (`the union`, `officials`). */
  name: string | null
  entity: string | null
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed'

export interface Quote {
  id: string
  kind: QuoteKind
  /** Direct and mixed: the segments' texts joined by one space. Indirect: the reported clause. */
  text: string
  /** Each piece between a pair of marks, in source order, as written; [] for indirect speech. */
  segments: Span[]
  position: Position
  paragraphs: number[]
  cue: Span | null
  speaker: Speaker | null
  post: string | null
}

export interface SocialPost {
  id: string
  platform: string
  text: string
  author: { name: string | null; handle: string | null; entity: string | null }
  date: string | null
  url: string | null
  links: string[]
  mentions: string[]
  hashtags: string[]
  position: Position
}

export type EntityType = 'person' | 'place' | 'organization'

export interface Entity {
  id: string
  type: EntityType
  name: string
  /** For grouping across articles: the name in lower case, accents dropped, words joined by `-` (`antony-blinken`). Not a knowledge-base id. */
  key: string
  titles: string[]
  handles: string[]
  /** For people: what the text shows (`he`, `Ms`, a given name), or null. */
  gender: 'male' | 'female' | null
  mentions: Span[]
}

export interface DateMention {
  text: string
  value: string | null
  position: Position
}

export type Severity = 'error' | 'warning' | 'info'

export interface RecordMessage {
  ruleId: string
  severity: Severity
  reason: string
  position: Position | null
}

export interface Source {
  path: string | null
  bytes: number
  encoding: string
}

/** One article's annotations: schema version 2 (see `newsparse --schema`). */
export interface ArticleRecord {
  schemaVersion: 2
  source: Source
  header: Header
  paragraphs: Paragraph[]
  quotes: Quote[]
  social: SocialPost[]
  entities: Entity[]
  dates: DateMention[]
  messages: RecordMessage[]
}
