import type { ArticleRecord, QuoteKind, SpeakerKind } from '../../types.js'

/** A named speaker of one article, keyed for grouping across a batch. */
export interface SpeakerTally {
  /** The entity's `key` (`antony-blinken`), else the name in lower case. */
  key: string
  name: string
  kind: SpeakerKind
  quotes: number
}

/** What the index of a batch needs from one article: a few numbers, not the record. */
export interface ArticleSummary {
  path: string | null
  title: string | null
  date: string | null
  quotes: number
  kinds: Record<QuoteKind, number>
  /** Named speakers, most quoted first. */
  speakers: SpeakerTally[]
}

/** The article's quotations counted by kind and by named speaker. */
export function summarize(record: ArticleRecord): ArticleSummary {
  const kinds: Record<QuoteKind, number> = { direct: 0, indirect: 0, mixed: 0 }
  const speakers = new Map<string, SpeakerTally>()
  const keys = new Map(record.entities.map((entity) => [entity.id, entity.key]))
  for (const quote of record.quotes) {
    kinds[quote.kind]++
    const speaker = quote.speaker
    if (!speaker?.name) continue
    const key = (speaker.entity && keys.get(speaker.entity)) || speaker.name.toLowerCase()
    const tally = speakers.get(key) ?? { key, name: speaker.name, kind: speaker.kind, quotes: 0 }
    tally.quotes++
    speakers.set(key, tally)
  }
  return {
    path: record.source.path,
    title: record.header.title,
    date: record.header.date,
    quotes: record.quotes.length,
    kinds,
    speakers: [...speakers.values()].sort(
      (a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name),
    ),
  }
}
