import { lexiconKey } from '../data/lexicon.js'
import { organizationWords, partyMemberNouns } from '../data/organizations.js'
import { kinWords, titleWords } from '../data/titles.js'
import { isOccupation, isPersonWord } from '../entities/classify.js'
import { isDemonym } from '../entities/split-title.js'
import { lastAtOrBefore, lowerBound } from '../text/search.js'
import type { Entity } from '../types.js'
import { descriptionRoles, pronouns, type Range, speakingParticiples } from './phrases.js'

interface MentionRef {
  start: number
  end: number
  entity: Entity
}

// Before a body's name inside a speaker phrase that the body does not speak for: `78 percent of
// voters in a recent |CBS News poll`, `a source speaking to |Fox News`.
const notSpeakingBody = new RegExp(
  String.raw`\p{L}{2,}s\s+in\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}$|\b(?:${speakingParticiples})\s+(?:to|before)\s+(?:the\s+)?$`,
  'u',
)
// `Christie supporter`, `Trump adviser`; not `Sanders of Vermont`, `Ruiz and her aide`.
const modifiedNoun = /^\s+(?!(?:of|and|or|in|from|at|on|for|with|who|whose)\b)\p{Ll}/u

/** Resolves a speaker's local mention to a named entity. */
// A description that opens a sentence before a name: `Republican pollster `, `The county clerk `.
const describedOpening = new RegExp(
  String.raw`^\s*(?:(?:The|A|An)\s+)?(?:\p{Lu}[\p{L}-]+\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:${descriptionRoles})\s+$`,
  'u',
)

export class SpeakerResolver {
  private readonly mentions: MentionRef[]
  /** People and bodies by their full name: `Joss Stone` said where no mention was recorded. */
  private readonly byName = new Map<string, Entity>()

  /** `quoted`: ranges inside quotation marks, whose names are not referents for pronouns. */
  constructor(
    private readonly text: string,
    entities: Entity[],
    private readonly quoted: Range[],
  ) {
    for (const entity of entities)
      if (entity.type !== 'place' && !this.byName.has(entity.name))
        this.byName.set(entity.name, entity)
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

  /** The last speaker resolved, in text order: `he` may go on for them. */
  private lastSpeaker: { entity: Entity; end: number; described: boolean } | null = null
  /** The last speaker the article names nowhere (`A government spokesman said`), while it is the latest. */
  private unnamedSpeaker: { end: number; gender: 'male' | 'female' | null } | null = null

  /** Resolve, and remember the result as the last speaker. */
  resolveInOrder(speaker: Range): Entity | null {
    const entity = this.resolve(speaker)
    if (entity?.type === 'person') {
      // (`described`: named by a post or a noun, not by a pronoun: `The RPO`, `the senator`.)
      const words = this.text.slice(speaker.start, speaker.end).toLowerCase()
      this.lastSpeaker = { entity, end: speaker.end, described: !pronouns.has(words) }
      this.unnamedSpeaker = null
    } else if (entity === null) {
      const gender = unnamedPersonGender(this.text.slice(speaker.start, speaker.end))
      // (Only a subject that opens its sentence or follows the quotation it gives: not `…
      // caused a stir when an Iowa voter asked if she …`.)
      const lead = this.text.slice(Math.max(0, speaker.start - 12), speaker.start)
      if (gender !== undefined && subjectLead.test(lead))
        this.unnamedSpeaker = { end: speaker.end, gender }
    }
    return entity
  }

  resolve(speaker: Range): Entity | null {
    const words = this.text.slice(speaker.start, speaker.end)
    // `The RPO said` after `Regional Police Officer (RPO) Abbas Marwat`: a post's acronym, defined
    // in brackets beside its holder's name.
    const acronym = /^(?:[Tt]he\s+)?(\p{Lu}{2,6})$/u.exec(words)?.[1]
    const holder = acronym ? this.holderOfAcronym(acronym, speaker.start) : null
    if (holder) return holder
    // Mentions are sorted: those overlapping the speaker start at most a long name before it.
    const overlapping: MentionRef[] = []
    for (
      let index = this.firstAtOrAfter(speaker.start - 200);
      index < this.mentions.length;
      index++
    ) {
      const mention = this.mentions[index]
      if (!mention || mention.start >= speaker.end) break
      if (mention.end > speaker.start) overlapping.push(mention)
    }
    // `Clinton campaign manager Robby Mook` is Mook: the person named last
    // speaks; not one after `for` or `of` (`a spokesman for Jane Doe`).
    const qualifies = (mention: MentionRef) =>
      /\b(?:for|of|to|with|at|from|by)\s+(?:the\s+)?$/i.test(
        this.text.slice(Math.max(speaker.start, mention.start - 12), mention.start),
      )
    // `the Christie supporter`, `a Trump adviser`: a name before the noun it modifies is not the speaker.
    // (`Many Sanders supporters`, `several Clinton aides`: after a quantifier too.)
    const modifies = (mention: MentionRef) =>
      /^(?:the|a|an|one|this|that|many|some|several|most|few|two|three|four|five|other|more)\s/i.test(
        words,
      ) &&
      mention.end < speaker.end &&
      modifiedNoun.test(this.text.slice(mention.end, Math.min(speaker.end, mention.end + 30)))
    // `Trump’s son`, `Delgado's brother`: a relative is someone else than the person named
    // (`Mr Kok's report`, `Mr Blair's spokesman` speak for him).
    const owns = (mention: MentionRef) => {
      const owned = /^['’]s?\s+(\p{L}+)$/u.exec(this.text.slice(mention.end, speaker.end))
      return owned !== null && kin.has((owned[1] ?? '').toLowerCase())
    }
    const people = overlapping.filter(
      (mention) =>
        mention.entity.type === 'person' &&
        !qualifies(mention) &&
        !modifies(mention) &&
        !owns(mention),
    )
    // `the president of Judicial Watch`: the holder of the role, when the article introduced
    // one (`Tom Fitton, the president of Judicial Watch,`); else the body speaks through them.
    const role = memberOf.exec(words)?.[1]?.toLowerCase() ?? ''
    if (
      people.length === 0 &&
      /^the\s/i.test(words) &&
      (titleWords.has(role) || isOccupation(role))
    ) {
      // (Introduced in the same words: `Tom Fitton, the president of Judicial Watch,`.)
      const holder = this.introducedAs(speaker.start, words.replace(/^the\s+/i, ''))
      if (holder) return holder
    }
    // (`The Spectator editor`, `the Arsenal boss`: a body before a person's noun employs them;
    // but `a Vodafone spokesman` speaks for the body.)
    const head = (words.split(/\s+/).at(-1) ?? '').toLowerCase()
    const personHead =
      (titleWords.has(head) || personNouns.test(head) || isOccupation(head)) &&
      !/^(?:spokes\w+|representative)$/.test(head)
    // `78 percent of voters in a recent CBS News poll`: the poll's body is not who speaks; but
    // `a report in the Des Moines Register` speaks for the paper. Nor is the listener of `a
    // source speaking to Fox News`.
    const inPoll = (mention: MentionRef) =>
      notSpeakingBody.test(
        this.text.slice(Math.max(speaker.start, mention.start - 30), mention.start),
      )
    // `India said`, `Tokyo has warned`: a place that speaks is its government's voice.
    // (`one senior Democrat` is a member, not the party.)
    const named =
      people.at(-1) ??
      overlapping.find(
        (mention) =>
          mention.entity.type === 'organization' &&
          !(personHead && mention.end < speaker.end) &&
          !inPoll(mention) &&
          !partyMemberNouns.has(this.text.slice(mention.start, mention.end).toLowerCase()),
      ) ??
      overlapping.find(
        (mention) =>
          mention.entity.type === 'place' &&
          mention.start === speaker.start &&
          mention.end === speaker.end,
      )
    if (named) return named.entity
    // `a spokesman for Ruiz` is not Ruiz, and names nobody.
    if (overlapping.some((mention) => mention.entity.type === 'person')) return null
    const sameName = this.byName.get(words)
    if (sameName) return sameName
    // `TAPPER:`, `JAKE TAPPER:`: a transcript's label in capitals names the person of that surname.
    const capitals =
      /^[\p{Lu}\s.'’-]{2,}$/u.test(words) && /\p{Lu}{2}/u.test(words)
        ? this.byCapitals(words)
        : null
    if (capitals) return capitals
    const lower = words.toLowerCase()
    if (lower === 'who') return this.antecedent(speaker.start)
    // (`His verdict: “…”`: an owner's pronoun, capitalised, opens the lead-in.)
    if (lower === 'he' || lower === 'she' || words === 'His' || words === 'Her')
      return this.pronoun(speaker.start, lower === 'he' || lower === 'his' ? 'male' : 'female')
    // `May said` after `Theresa May`: a surname the entities missed (a month's word, here) names
    // the one person the article gave it to.
    if (!pronouns.has(lower) && /^\p{Lu}[\p{Ll}'’-]+$/u.test(words)) {
      const bearer = this.onlyBearerOf(words)
      if (bearer) return bearer
    }
    // `the Scottish Executive`, `the SEC`: a body's name after `the`, not a description.
    const bodyName =
      /^the\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}.'’-]*)*)$/u.exec(words)
    // (`the Prime Minister`, `the IGP`, `the Ealing North MP`: a title, resolved as a role below.)
    const lastWord = (bodyName?.[1]?.split(/\s+/).at(-1) ?? '').toLowerCase()
    if (bodyName?.[1] && !titleWords.has(lastWord)) return this.byName.get(bodyName[1]) ?? null
    if (/^(?:the|a|an|this|that|its|his|her|their)\s/.test(lower))
      return this.nominal(speaker, lower)
    return null
  }

  /**
   * The person named right after `(RPO)` (`Regional Police Officer (RPO) Abbas Marwat`) or right
   * before the post it closes (`Abbas Marwat, Regional Police Officer (RPO),`), the nearest
   * such definition before `offset`.
   */
  private holderOfAcronym(acronym: string, offset: number): Entity | null {
    const defined = `(${acronym})`
    for (
      let at = this.text.lastIndexOf(defined, offset);
      at >= 0;
      at = this.text.lastIndexOf(defined, at - 1)
    ) {
      const end = at + defined.length
      for (const mention of this.around(at, end)) {
        if (mention.entity.type !== 'person' || this.isQuoted(mention)) continue
        if (mention.start >= end && /^\s+$/.test(this.text.slice(end, mention.start)))
          return mention.entity
        if (
          mention.end <= at &&
          /^,\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,5}$/u.test(this.text.slice(mention.end, at))
        )
          return mention.entity
      }
      if (at === 0) break
    }
    return null
  }

  /** The one person whose name of two words or more ends in `surname`, or null when none or several do. */
  private onlyBearerOf(surname: string): Entity | null {
    if (!this.bearers) {
      // Found once per article: many speakers may ask.
      this.bearers = new Map()
      for (const entity of new Set(this.byName.values())) {
        const name = entity.name.split(/\s+/)
        const last = name.at(-1) ?? ''
        if (entity.type !== 'person' || name.length < 2) continue
        this.bearers.set(last, this.bearers.has(last) ? null : entity)
      }
    }
    return this.bearers.get(surname) ?? null
  }

  private bearers: Map<string, Entity | null> | undefined

  /** `JAKE TAPPER` → Jake Tapper, `TAPPER` → the person whose name ends in Tapper. */
  private byCapitals(words: string): Entity | null {
    const key = lexiconKey(words)
    const surname = key.split(/\s+/).at(-1) ?? key
    let found: Entity | null = null
    for (const entity of this.byName.values()) {
      if (entity.type !== 'person') continue
      const name = lexiconKey(entity.name)
      if (name === key) return entity
      if (found === null && name.split(/\s+/).at(-1) === surname) found = entity
    }
    return found
  }

  /** Mentions before `offset`, nearest first, outside quotation marks: at most `limit` of them. */
  private *before(offset: number, limit = 200): Generator<MentionRef> {
    let seen = 0
    for (let index = this.firstAtOrAfter(offset) - 1; index >= 0 && seen < limit; index--) {
      const mention = this.mentions[index]
      if (!mention || this.isQuoted(mention)) continue
      seen++
      yield mention
    }
  }

  /** `he` → the nearest person named before it, outside quotation marks, whose gender fits. */
  private pronoun(offset: number, gender: 'male' | 'female' | null): Entity | null {
    const fits = (mention: MentionRef) =>
      mention.entity.type === 'person' &&
      (gender === null || mention.entity.gender === null || mention.entity.gender === gender)
    // `A government spokesman said … He added: “…”`: the unnamed speaker just before goes on,
    // unless a person is named since.
    const unnamed = this.unnamedSpeaker
    if (
      unnamed &&
      offset - unnamed.end < unnamedReach &&
      (gender === null || unnamed.gender === null || unnamed.gender === gender)
    ) {
      let namedSince = false
      for (const mention of this.before(offset)) {
        if (mention.start < unnamed.end) break
        if (fits(mention)) namedSince = true
      }
      if (!namedSince) return null
    }
    let nearest: MentionRef | null = null
    // `Senator Tom Baker said … The plan was drafted by Governor Jim Moore. “…,” he said.`:
    // a name inside a sentence does not take the floor from the last speaker.
    const last = this.lastSpeaker
    const lastFits =
      last !== null &&
      offset - last.end < lastSpeakerReach &&
      (gender === null || last.entity.gender === null || last.entity.gender === gender)
    // `When Ana Ruiz, Reyes’s chief of staff, was asked …, she laughed`: an owner gives way
    // to a person named before it in its sentence.
    let owner: MentionRef | null = null
    for (const mention of this.before(offset)) {
      if (nearest === null) {
        if (!fits(mention)) continue
        if (owner === null && this.isOwner(mention)) {
          owner = mention
          continue
        }
        if (owner && sentenceEnd.test(this.text.slice(mention.end, owner.start))) {
          nearest = owner
          break
        }
        nearest = mention
        if (this.opensSentence(mention)) return mention.entity
        continue
      }
      // `Senator Tom Baker criticised Governor Jim Moore. “…,” he said.`: the
      // subject that opens the sentence wins over a name later in it.
      if (sentenceEnd.test(this.text.slice(mention.end, nearest.start))) break
      if (fits(mention) && this.opensSentence(mention)) return mention.entity
    }
    nearest ??= owner
    if (lastFits && last && nearest && !this.opensSentence(nearest) && nearest.start > last.end)
      return last.entity
    // `… Inspector General Zulfiqar Hameed. … The RPO emphasised … He assured`: a speaker named
    // by a post, nearer than any name, goes on.
    if (lastFits && last?.described && nearest && last.end > nearest.end && last.end <= offset)
      return last.entity
    return nearest?.entity ?? (lastFits && last ? last.entity : null)
  }

  /** `Mike Lee, who`, `Rikkie Wells who` → the person or body named just before (and any bracket). */
  private antecedent(offset: number): Entity | null {
    for (const mention of this.before(offset, 1)) {
      const between = this.text.slice(mention.end, offset)
      if (mention.entity.type !== 'place' && /^(?:\s*\([^()]{0,40}\))?,?\s*$/.test(between))
        return mention.entity
    }
    return null
  }

  /** `Reyes’s`, `the Obama legacy`: a mention that owns or names what follows it. */
  private isOwner(mention: MentionRef): boolean {
    return (
      /^['’]s?\s/.test(this.text.slice(mention.end, mention.end + 3)) ||
      (/\bthe\s+$/i.test(this.text.slice(Math.max(0, mention.start - 4), mention.start)) &&
        /^\s+\p{Ll}/u.test(this.text.slice(mention.end, mention.end + 2)))
    )
  }

  /** Does the mention open its sentence (after marks and spaces)? */
  private opensSentence(mention: MentionRef): boolean {
    let index = mention.start - 1
    while (index >= 0 && /[\s“"‘'(]/.test(this.text.charAt(index))) index--
    if (index < 0 || /[.!?:\n\r]/.test(this.text.charAt(index))) return true
    // `Republican pollster Daron Shaw told Fox that he …`: a description before the name, with
    // no word that would make the name an object.
    // (Tried once, from the last stop or line break: not at every position of the window.)
    const from = Math.max(0, mention.start - 50)
    const window = this.text.slice(from, mention.start)
    const boundary = Math.max(
      ...['.', '!', '?', ':', '\n'].map((mark) => window.lastIndexOf(mark)),
      from === 0 ? -1 : Number.NEGATIVE_INFINITY,
    )
    return (
      boundary !== Number.NEGATIVE_INFINITY && describedOpening.test(window.slice(boundary + 1))
    )
  }

  /**
   * `the minister` → the latest person with that title (see `nominalOf`); but where a name
   * heads the phrase (`a desperate HP asked`, `The SEC said`), not a noun that describes
   * someone, no person it was met beside speaks; its body may, and `the 27-year-old Austrian`
   * or `the Wisconsin Republican` is a person.
   */
  private nominal(speaker: Range, phrase: string): Entity | null {
    const found = this.nominalOf(speaker, phrase)
    if (found?.type !== 'person') return found
    const written = this.text.slice(speaker.start, speaker.end).split(/\s+/).at(-1) ?? ''
    const head = written.toLowerCase()
    const named =
      /^\p{Lu}/u.test(written) &&
      !/\bof\b/.test(phrase) &&
      !titleWords.has(head) &&
      !kin.has(head) &&
      !isOccupation(head) &&
      !personNouns.test(head) &&
      !isDemonym(written) &&
      !partyMemberNouns.has(head)
    return named ? null : found
  }

  /**
   * `the minister` → the latest person with that title; `the ministry` → the
   * latest organisation with that word; `the statement` → who issued the
   * statement named before (`a statement issued by the Ministry of Foreign Affairs`).
   */
  private nominalOf(speaker: Range, phrase: string): Entity | null {
    // `the Vermont senator and Democratic presidential candidate`: the first post names the holder.
    const firstPost = /^(.+?\s(\p{L}+))\s+and\s/u.exec(phrase)
    if (firstPost?.[1] && titleWords.has(firstPost[2] ?? '')) {
      const holder = this.nominalOf(speaker, firstPost[1])
      if (holder) return holder
    }
    // `the strength of the euro`, `a lawyer for the three bloggers`: the noun before `of` heads
    // the phrase (`the spokesperson of Ogra` names the body it speaks for, looked up as before).
    const member = memberOf.exec(phrase)
    const objectNamed = /\p{Lu}/u.test(
      this.text.slice(speaker.start, speaker.end).slice(member?.[0].length ?? 0),
    )
    // (`a spokesman for the firm` speaks for the firm: its noun still heads the search.)
    const speaksFor = /^(?:spokes\w+|representative)$/.test(member?.[1] ?? '')
    const ofPerson = member !== null && !objectNamed && !speaksFor
    const head = ofPerson ? (member?.[1] ?? '') : (phrase.split(/\s+/).at(-1) ?? '')
    // (`the return of the four detainees`, `a person familiar with the matter`: no one to look for.)
    if (ofPerson && !titleWords.has(head) && !kin.has(head) && !isOccupation(head)) return null
    const role = titleWords.has(head) || kin.has(head)
    // `according to his attorney`: someone's lawyer, not the Attorney General named before.
    if (role && !kin.has(head) && /^(?:his|her|their|its)\s/i.test(phrase)) return null
    if (role) {
      // `The Florida senator`: a place or party before the post, in the title too (`Florida Sen.
      // Marco Rubio`), names the holder first; then a title that holds the post's word (`the
      // Ealing North MP` of `MP Stephen Pound`); then, with nothing before the post, its short
      // form (`the senator` of `Sen. Bernie Sanders`).
      const modifiers = (
        this.text.slice(speaker.start, speaker.end).match(/\p{Lu}[\p{L}'’-]*/gu) ?? []
      )
        .filter((word) => !/^(?:The|This|That|Its|His|Her|Their|A|An)$/.test(word))
        .map((word) => word.toLowerCase())
      const tests: Array<(title: string) => boolean> = [
        (title) =>
          modifiers.length > 0 &&
          holdsPost(title, head) &&
          modifiers.every((modifier) => title.includes(modifier)),
        (title) => title.includes(head),
        (title) => modifiers.length === 0 && holdsPost(title, head),
      ]
      for (const [pass, test] of tests.entries()) {
        for (const mention of this.before(speaker.start)) {
          const { entity } = mention
          if (entity.type !== 'person') continue
          if (entity.titles.some((title) => test(title.toLowerCase()))) return entity
          // (The short form alone names only the person named last: in `Cruz defends … “…,” the
          // senator says`, not a `Sen. McCain` named before him.)
          if (pass === 2) break
        }
      }
      // No entity holds the title: the person the article introduced in that role.
      return /^(?:a|an)\s/.test(phrase) ? null : this.introducedAs(speaker.start, head)
    }
    if (organizationWords.has(head) || organizationWords.has(head.replace(/s$/, ''))) {
      for (const mention of this.before(speaker.start)) {
        const { entity } = mention
        if (entity.type === 'organization' && entity.name.toLowerCase().includes(head))
          return entity
      }
      return null
    }
    // Where the noun stood before (within a few paragraphs), the entity named in the same clause issued it.
    const windowStart = Math.max(0, speaker.start - nominalLookBack)
    const window = this.text.slice(windowStart, speaker.start).toLowerCase()
    // (`The actor's friend Budd Schulberg`: an owner names whose the next noun is, not itself.)
    // The noun as a word: `son` is not in `reason`.
    const isWord = (at: number) =>
      !/\p{L}/u.test(window.charAt(at - 1)) && !/\p{L}/u.test(window.charAt(at + head.length))
    let found = window.lastIndexOf(head)
    while (
      found > 0 &&
      (!isWord(found) ||
        /^['’]s\b/.test(window.slice(found + head.length, found + head.length + 3)))
    )
      found = window.lastIndexOf(head, found - 1)
    // `Kelly Holmes has been forced out … The double Olympic champion said`: a description of
    // what a person is, not used before, is the person the text is about, as `he` or `she` would be.
    // (`The singer's manager … The singer said`: a noun met before as an owner is someone unnamed.)
    if (found === -1) {
      const describesPerson =
        !/^(?:a|an)\s/.test(phrase) && (personNouns.test(head) || isOccupation(head))
      const unseen =
        describesPerson &&
        !new RegExp(`\\b${head.replace(/[^\p{L}\d-]/gu, '')}\\b`, 'u').test(window)
      // (`The New York businessman` is a man: not the woman named last.)
      return unseen ? this.pronoun(speaker.start, genderOfNoun(head)) : null
    }
    const earlier = windowStart + found
    // `A witness interviewed by staff said …` … `The witness said`: a noun brought in with `a`
    // and no name after it is someone the article never names.
    // (Not `a spokesman for the firm`, `a report by the World Bank`: who the noun is of.)
    const introducedUnnamed =
      (personNouns.test(head) || isPersonWord(head)) &&
      /\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(window.slice(Math.max(0, found - 40), found)) &&
      !/^\s*(?:,?\s+\p{Lu}|\s+(?:for|of|from|at|with|to|in)\s)/u.test(
        this.text.slice(earlier + head.length, earlier + head.length + 8),
      )
    if (introducedUnnamed) return null
    const clauseEnd = this.text.slice(earlier, earlier + 1000).search(/[.;\n\r]/)
    const limit = clauseEnd === -1 ? earlier + 1000 : earlier + clauseEnd
    const clauseStart = Math.max(
      this.text.lastIndexOf('.', earlier),
      this.text.lastIndexOf('\n', earlier),
      this.text.lastIndexOf('\r', earlier),
      earlier - 1000,
    )
    const inClause: MentionRef[] = []
    for (let index = this.firstAtOrAfter(clauseStart + 1); index < this.mentions.length; index++) {
      const mention = this.mentions[index]
      if (!mention || mention.start >= limit) break
      if (mention.end <= limit && mention.entity.type !== 'place' && !this.isQuoted(mention))
        inClause.push(mention)
    }
    // (A person's noun stood for a person: `the United boss, in an interview with The
    // Independent,` is not the paper; and `an NBC reporter` is someone not met before.)
    const personNoun = personNouns.test(head) || isPersonWord(head) || kin.has(head)
    if (personNoun && /^(?:a|an)\s/.test(phrase)) return null
    const described = personNoun
      ? inClause.filter((mention) => mention.entity.type === 'person')
      : inClause
    const after = described.find((mention) => mention.start > earlier)
    return after?.entity ?? described.at(-1)?.entity ?? null
  }

  /**
   * The person introduced beside a role before `offset`, in apposition:
   * `Jane Doe, the company’s spokeswoman,` · `The director general of the
   * ministry, Amir Khan,` · `spokeswoman Jane Doe`. The nearest such
   * introduction wins; `the spokeswoman` with none is nobody named.
   */
  private introducedAs(offset: number, role: string): Entity | null {
    const windowStart = Math.max(0, offset - nominalLookBack)
    const window = this.text.slice(windowStart, offset)
    const pattern = new RegExp(`\\b${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi')
    const occurrences = [...window.matchAll(pattern)].map((match) => windowStart + match.index)
    for (const at of occurrences.reverse()) {
      const roleEnd = at + role.length
      // `shadow chancellor Oliver Letwin` holds another role than `the chancellor`.
      if (qualifiedRole.test(this.text.slice(Math.max(0, at - 12), at))) continue
      // The appositive closes after the role: not `Echoing Rice, the prime minister said`.
      // `Eric Trump, son of the front-runner,` closes after what the role is of.
      const closed = /^\s*(?:[,.;)]|of\s|$)/.test(this.text.slice(roleEnd, roleEnd + 4))
      for (const mention of this.around(at, roleEnd)) {
        if (mention.entity.type !== 'person' || this.isQuoted(mention)) continue
        const before = this.text.slice(mention.end, at)
        const after = this.text.slice(roleEnd, mention.start)
        if (
          (mention.end <= at && closed && /^,\s+[^,.;:“”"]{0,50}$/.test(before)) ||
          (mention.start >= roleEnd &&
            (/^(?:\s+(?:of|for|at|to)\s+[^,.;:“”"]{1,50})?,\s*$/.test(after) ||
              /^\s+$/.test(after)))
        )
          return mention.entity
      }
    }
    return null
  }

  /** Mentions near `[start, end)`: those ending up to 60 characters before it or starting up to 60 after. */
  private around(start: number, end: number): MentionRef[] {
    const found: MentionRef[] = []
    for (let index = this.firstAtOrAfter(start - 160); index < this.mentions.length; index++) {
      const mention = this.mentions[index]
      if (!mention || mention.start > end + 60) break
      if (mention.end >= start - 60) found.push(mention)
    }
    return found
  }

  /** The index of the first mention starting at or after `offset`. */
  private firstAtOrAfter(offset: number): number {
    return lowerBound(this.mentions, offset, (mention) => mention.start)
  }

  /** Is the range inside a quotation? The quotations are sorted and do not overlap. */
  private isQuoted(range: Range): boolean {
    const quote = this.quoted[lastAtOrBefore(this.quoted, range.start, (item) => item.start)]
    return quote !== undefined && quote.start <= range.start && range.end <= quote.end
  }
}

// `his son`, `her brother`: who a person is to another, introduced as a role is (`Her brother, Luis Delgado,`).
const kin: ReadonlySet<string> = new Set(kinWords)
// Descriptions of a person that are no title nor occupation (see `isOccupation`): `the double
// Olympic champion`, `the 27-year-old`.
const personNouns =
  /^(?:champion|star|veteran|administrator|expert|\d+-year-old|teenager|winner|runner|manager|boss|coach|captain)$/
const nominalLookBack = 5000
// `the president of …`, `a strategist at …`: a noun, then what it is of (the noun is caught).
const memberOf =
  /^(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:of|for|at|with)\s/u
const qualifiedRole = /\b(?:shadow|former|deputy|vice|assistant|acting|associate|ex|junior)[\s-]+$/i
// How far back (in characters) the last speaker may still be who `he` means.
const lastSpeakerReach = 1500
// Before a subject: the text's or a sentence's start (perhaps `But`), or a quotation's close.
const subjectLead = /(?:^|[.!?\n]["”’]?\s+(?:But\s+|And\s+|Yet\s+)?|,["”’]\s+)$/
// `… said. The`, `… participants.''\n\nAfter`: a sentence's end, with the closing mark of two
// apostrophes that some papers' plain text writes.
const sentenceEnd = /[.!?](?:'')?\s/
// How far an unnamed speaker goes on as `he` or `she`: a sentence or two.
const unnamedReach = 400

/**
 * `A government spokesman`, `an aide`: a person the article brings in without a name, by a word
 * for their role (not `the minister`, who was met before); their gender where the word tells it (null when not), else undefined.
 */
function unnamedPersonGender(phrase: string): 'male' | 'female' | null | undefined {
  const head = /^(?:[Aa]|[Aa]n|[Aa]nother|[Oo]ne)\s+(?:[\p{L}'’-]+\s+){0,4}?([\p{Ll}-]+)$/u.exec(
    phrase,
  )?.[1]
  if (!head || !(isPersonWord(head) || personNouns.test(head) || kin.has(head))) return undefined
  return genderOfNoun(head)
}

/** `businessman`, `actress`, `brother`: the gender a person's noun tells, or null. */
function genderOfNoun(head: string): 'male' | 'female' | null {
  if (/(?:woman|wife|mother|daughter|sister|girl|actress)$/.test(head)) return 'female'
  if (/(?:man|husband|father|son|brother|boy|actor)$/.test(head)) return 'male'
  return null
}

// `Sen. Bernie Sanders` … `the senator`: a post and the short form of its title.
const shortTitles: Record<string, string> = {
  senator: 'sen.',
  representative: 'rep.',
  congressman: 'rep.',
  congresswoman: 'rep.',
  governor: 'gov.',
  general: 'gen.',
  president: 'pres.',
  professor: 'prof.',
}

/** Does a title (`sen.`, `former senator`) hold the post `head` (`senator`)? */
function holdsPost(title: string, head: string): boolean {
  if (title.includes(head)) return true
  const short = shortTitles[head]
  return short !== undefined && title.split(/\s+/).includes(short)
}
