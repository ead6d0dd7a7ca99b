import { organizationWords } from '../data/organizations.js'
import { titles } from '../data/titles.js'
import type { Entity } from '../types.js'
import type { Range } from './phrases.js'

interface MentionRef {
  start: number
  end: number
  entity: Entity
}

const titleWords = new Set(titles.flatMap((title) => title.split(' ')))

/** Resolves a speaker's local mention to a named entity. */
export class SpeakerResolver {
  private readonly mentions: MentionRef[]

  /** `quoted`: ranges inside quotation marks, whose names are not referents for pronouns. */
  constructor(
    private readonly text: string,
    entities: Entity[],
    private readonly quoted: Range[],
  ) {
    this.mentions = entities
      .flatMap((entity) =>
        entity.mentions.map((mention) => ({
          start: mention.position.start.offset,
          end: mention.position.end.offset,
          entity,
        })),
      )
      .sort((a, b) => a.start - b.start)
  }

  resolve(speaker: Range): Entity | null {
    const words = this.text.slice(speaker.start, speaker.end)
    const overlapping = this.mentions.filter(
      (mention) => mention.start < speaker.end && mention.end > speaker.start,
    )
    const named =
      overlapping.find((mention) => mention.entity.type === 'person') ??
      overlapping.find((mention) => mention.entity.type === 'organization')
    if (named) return named.entity
    const lower = words.toLowerCase()
    if (lower === 'he' || lower === 'she')
      return this.pronoun(speaker.start, lower === 'he' ? 'male' : 'female')
    if (/^(?:the|a|an|this|that|its|his|her|their)\s/.test(lower))
      return this.nominal(speaker, lower)
    return null
  }

  /** `he` → the nearest person named before it, outside quotation marks, whose gender fits. */
  private pronoun(offset: number, gender: 'male' | 'female'): Entity | null {
    for (let index = this.mentions.length - 1; index >= 0; index--) {
      const mention = this.mentions[index]
      if (!mention || mention.start >= offset || mention.entity.type !== 'person') continue
      if (this.isQuoted(mention)) continue
      if (mention.entity.gender === null || mention.entity.gender === gender) return mention.entity
    }
    return null
  }

  /**
   * `the minister` → the latest person with that title; `the ministry` → the
   * latest organisation with that word; `the statement` → who issued the
   * statement named before (`a statement issued by the Ministry of Foreign Affairs`).
   */
  private nominal(speaker: Range, phrase: string): Entity | null {
    const head = phrase.split(/\s+/).at(-1) ?? ''
    const before = this.mentions
      .filter((mention) => mention.start < speaker.start && !this.isQuoted(mention))
      .reverse()
    if (titleWords.has(head)) {
      return (
        before.find(
          (mention) =>
            mention.entity.type === 'person' &&
            mention.entity.titles.some((title) => title.toLowerCase().includes(head)),
        )?.entity ?? null
      )
    }
    if (organizationWords.has(head) || organizationWords.has(head.replace(/s$/, ''))) {
      return (
        before.find(
          (mention) =>
            mention.entity.type === 'organization' &&
            mention.entity.name.toLowerCase().includes(head),
        )?.entity ?? null
      )
    }
    // Where the noun stood before, the entity named in the same clause issued it.
    const earlier = this.text.slice(0, speaker.start).toLowerCase().lastIndexOf(head)
    if (earlier === -1) return null
    const clauseEnd = this.text.slice(earlier).search(/[.;\n]/)
    const limit = clauseEnd === -1 ? this.text.length : earlier + clauseEnd
    const clauseStart = Math.max(
      this.text.lastIndexOf('.', earlier),
      this.text.lastIndexOf('\n', earlier),
    )
    const inClause = this.mentions.filter(
      (mention) =>
        mention.start > clauseStart &&
        mention.end <= limit &&
        mention.entity.type !== 'place' &&
        !this.isQuoted(mention),
    )
    const after = inClause.find((mention) => mention.start > earlier)
    return after?.entity ?? inClause.at(-1)?.entity ?? null
  }

  private isQuoted(range: Range): boolean {
    return this.quoted.some((quote) => quote.start <= range.start && range.end <= quote.end)
  }
}
