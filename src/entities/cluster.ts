import { commonWords, femaleNames, givenNames, lexiconKey, maleNames } from '../data/lexicon.js'
import { shortGivenNames } from '../data/names.js'
import { femaleTitles, maleTitles } from '../data/titles.js'
import { wellKnownPeople } from '../data/well-known-people.js'
import { lowerBound } from '../text/search.js'
import type { EntityType } from '../types.js'
import { type Candidate, placeName } from './classify.js'
import { generation } from './runs.js'
import { coreTitle } from './split-title.js'
import type { Token } from './tokens.js'

export type Gender = 'male' | 'female'

/** One real-world referent while the article is read. */
export interface Cluster {
  type: EntityType
  /** Name tokens' words of the fullest mention. */
  words: string[]
  titles: string[]
  handles: string[]
  mentions: Array<{ start: number; end: number }>
  /** Mention starts, sorted, for finding the one nearest an offset in log time. */
  starts: number[]
  /** Starts of the mentions longer than the surname alone, sorted: `Donald Trump`, `Mr Trump`. */
  longStarts: number[]
  /** Where the surname alone first names the person: `Trump`. */
  firstSurnameAlone: number
  genderVotes: { male: number; female: number }
}

/** Add a mention once; keeps `starts` sorted. */
export function addMention(cluster: Cluster, start: number, end: number): void {
  const at = insertionPoint(cluster.starts, start)
  if (cluster.starts[at] === start) return
  cluster.starts.splice(at, 0, start)
  cluster.mentions.push({ start, end })
  if (end - start === (cluster.words.at(-1)?.length ?? 0))
    cluster.firstSurnameAlone = Math.min(cluster.firstSurnameAlone, start)
  else cluster.longStarts.splice(insertionPoint(cluster.longStarts, start), 0, start)
}

/** The first index of `sorted` whose value is not below `value`. */
export function insertionPoint(sorted: readonly number[], value: number): number {
  return lowerBound(sorted, value, (start) => start)
}

const words = (tokens: Token[]) => tokens.map((token) => token.text)

/**
 * Groups mentions into referents: `Blinken`, `Secretary Blinken` and
 * `Secretary Antony Blinken` are one person; `US` and `United States` one
 * place. Candidates come in text order; full names first, so that a later
 * surname finds its person.
 */
export class Clusters {
  readonly all: Cluster[] = []
  /**
   * The people by each word of their names (`lexiconKey`), in the order they were met: a
   * name is looked up among those who share its last word, not among all (an article that
   * names a thousand people stays linear). A list may hold one whose name has changed since.
   */
  private readonly peopleByWord = new Map<string, Cluster[]>()
  /** Each person's place in the order met, and the words it is listed under. */
  private readonly indexed = new Map<Cluster, { rank: number; words: Set<string> }>()
  /** Places and organisations by type and lower-case name. */
  private readonly byName = new Map<string, Cluster>()
  /** The article's text: where its paragraphs end. */
  private readonly text: string

  constructor(text = '') {
    this.text = text
  }

  /** Add a classified mention; returns its cluster, or null for a name not (yet) known. */
  add(candidate: Candidate): Cluster | null {
    if (candidate.kind === 'unknown' || candidate.kind === 'possible person') return null
    if (candidate.kind === 'person') return this.addPerson(candidate)
    const name =
      candidate.kind === 'place' ? placeName(candidate.name) : words(candidate.name).join(' ')
    const key = `${candidate.kind} ${name.toLowerCase()}`
    let cluster = this.byName.get(key)
    if (!cluster) {
      cluster = this.create(candidate.kind, name.split(' '))
      this.byName.set(key, cluster)
    } else if (candidate.name.length > cluster.words.length && candidate.kind !== 'place') {
      this.rename(cluster, words(candidate.name))
    }
    this.mention(cluster, candidate)
    return cluster
  }

  private addPerson(candidate: Candidate): Cluster {
    const name = words(candidate.name).filter((word) => !word.startsWith('@'))
    // `Mrs. Bush` after `Laura Bush` and `Jeb Bush`: an honorific picks the person of its gender.
    const honorific = words(candidate.title)[0]?.toLowerCase().replace(/\.$/, '') ?? ''
    // `President Trump` after `Ivanka Trump`: a well-known surname alone is its holder, not a
    // person of the other gender who shares it.
    const gender: Gender | null = maleTitles.has(honorific)
      ? 'male'
      : femaleTitles.has(honorific)
        ? 'female'
        : name.length === 1
          ? (wellKnownPeople.get(lexiconKey(name[0] ?? ''))?.gender ?? null)
          : givenNameGender(name)
    let cluster =
      name.length === 0 ? undefined : this.personNamed(name, candidate.tokens[0]?.start, gender)
    // `Sir Cliff has recorded …` after `Sir Cliff Richard`: a knight or a dame by the given name.
    if (!cluster && name.length === 1 && /^(?:sir|dame)$/.test(honorific))
      cluster = this.knightNamed(name[0] ?? '')
    if (!cluster) cluster = this.create('person', name)
    else if (
      name.length > cluster.words.length ||
      // `DONALD TRUMP` in a headline in capitals, then `Donald Trump`: the name as a sentence writes it.
      (name.length === cluster.words.length &&
        name[0] !== cluster.words[0] &&
        cluster.words.every((word) => word === word.toUpperCase()) &&
        name.some((word) => word !== word.toUpperCase()))
    )
      this.rename(cluster, name)
    const title = coreTitle(candidate.title)
    const written = words(candidate.title).join(' ')
    if (written !== '' && !cluster.titles.includes(written)) cluster.titles.push(written)
    const firstTitleWord = title.split(' ')[0]?.toLowerCase() ?? ''
    if (maleTitles.has(firstTitleWord)) cluster.genderVotes.male += 10
    if (femaleTitles.has(firstTitleWord)) cluster.genderVotes.female += 10
    this.mention(cluster, candidate)
    return cluster
  }

  /**
   * The person a name refers to: same surname and compatible given names. A
   * lone surname goes to the person of that name mentioned last before `at`
   * (`Clinton` after `Hillary Clinton`, not the `Bill Clinton` named later).
   * Accents do not count: `Jenniffer Gonzalez` is `Jenniffer González`.
   */
  personNamed(
    name: string[],
    at = Number.POSITIVE_INFINITY,
    gender: Gender | null = null,
    accept: (cluster: Cluster) => boolean = acceptAll,
  ): Cluster | undefined {
    if (gender !== null) {
      // Someone of that gender first, then someone whose gender is not known.
      const same = this.personNamed(name, at, null, (cluster) => genderOf(cluster) === gender)
      // (Not `Trump` alone, as `President Trump` before `Ivanka Trump`: a well-known surname alone
      // is of its holder's gender.)
      const unknown = (cluster: Cluster) =>
        genderOf(cluster) === null &&
        !(
          cluster.words.length === 1 &&
          (wellKnownPeople.get(lexiconKey(cluster.words[0] ?? ''))?.gender ?? gender) !== gender
        )
      return same ?? this.personNamed(name, at, null, unknown)
    }
    // (`Mohammad Wasim Jnr` is `Mohammad Wasim Jr`: a generation's suffix aside.)
    const core = withoutGeneration(name)
    const last = lexiconKey(core.at(-1) ?? '')
    const people = (this.peopleByWord.get(last) ?? []).filter(accept)
    if (core.length === 1) {
      // `Blinken` is Antony Blinken; `Tamim` is Tamim bin Hamad Al Thani unless it is also an ordinary word.
      // (`Mr. Hurt` is `Harry Hurt III`; `Jr` alone, of `Connick Jr`, joins `Harry Connick Jr`.)
      // (Not a father's name after `bin`: `King Salman` is not `Mohammed bin Salman`.)
      const bySurname = people.filter(
        (cluster) =>
          !afterPatronymic(cluster.words) &&
          ((withoutArabicArticle(lexiconKey(withoutGeneration(cluster.words).at(-1) ?? '')) ===
            last &&
            (core.length === name.length || generationOf(cluster.words) === generationOf(name))) ||
            lexiconKey(cluster.words.at(-1) ?? '') === last),
      )
      // (`Ray` after `Ray McGovern`: a given name that is an ordinary word too, met as a person.)
      const ordinary = commonWords.has(last)
      const byAnyName =
        ordinary && !givenNames.has(last)
          ? []
          : people.filter((cluster) => cluster.words.some((word) => lexiconKey(word) === last))
      // A name met only later takes the word as its first or its surname (`Hillary` or `Kilroy` in
      // the headline, `Hillary Clinton`, `Robert Kilroy-Silk` below), not as a middle word: not
      // `Faisal` of the suspects `Irfan, Faisal`, then a caption's `Malik Faisal Ayub Khokhar`.
      // (Not an ordinary word's listed among given names: `Ruth's children, Michael, Stephen,
      // Robin and Bill`, then `President Bill Clinton`; but `his brother Dick.`, then `Dick Evans`.)
      const listed =
        ordinary && listedAfterName.test(this.text.slice(Math.max(0, at - 30), Math.max(0, at)))
      const named = () =>
        byAnyName.filter(
          (cluster) =>
            (cluster.starts[0] ?? 0) < at || (!listed && opensOrEnds(cluster.words, last)),
        )
      return (
        surnameOwner(bySurname, at, this.text) ??
        nearest(bySurname, at, this.text) ??
        (byAnyName.length > 0 ? nearest(named(), at, this.text) : undefined)
      )
    }
    const wanted = withoutOpeningPrefix(core)
    const suffix = generationOf(name)
    return [...people].reverse().find((cluster) => {
      // (`Donald Trump Jr.` is not `Donald Trump`: a generation tells father and son apart; but
      // `Robert S. Mueller III` is `Bob Mueller`, a third seldom met beside the second.)
      const generationKnown = generationOf(cluster.words)
      if (generationKnown !== suffix && !(suffix === '' && /^i[iv]+$/.test(generationKnown)))
        return false
      const known = withoutGeneration(cluster.words)
      // `Abdul Qadeer` after `Abdul Qadeer Khan`: a full name without its last word.
      if (opensName(known, core)) return true
      if (lexiconKey(known.at(-1) ?? '') !== last) return false
      if (known.length === 1) return !afterPatronymic(core)
      if (endsWithSurnames(known, core) || endsWithSurnames(core, known)) return true
      const words = withoutOpeningPrefix(known)
      const a = lexiconKey(words[0] ?? '')
      const b = lexiconKey(wanted[0] ?? '')
      const first =
        a === b ||
        a.startsWith(b.replace(/\.$/, '')) ||
        b.startsWith(a.replace(/\.$/, '')) ||
        sameGivenName(a, b)
      return first && middlesAgree(words, wanted)
    })
  }

  /** The person named in full with `Sir` or `Dame` whose given name is `word`. */
  private knightNamed(word: string): Cluster | undefined {
    const key = lexiconKey(word)
    return (this.peopleByWord.get(key) ?? []).find(
      (cluster) =>
        cluster.words.length >= 2 &&
        lexiconKey(cluster.words[0] ?? '') === key &&
        cluster.titles.some((title) => /^(?:sir|dame)\b/i.test(title)),
    )
  }

  /** Give a cluster a fuller name, and find it by the new name's words too. */
  rename(cluster: Cluster, name: string[]): void {
    cluster.words = name
    if (cluster.type === 'person') this.index(cluster)
  }

  private index(cluster: Cluster): void {
    let entry = this.indexed.get(cluster)
    if (!entry) {
      entry = { rank: this.indexed.size, words: new Set() }
      this.indexed.set(cluster, entry)
    }
    const { rank, words } = entry
    // (`al-Assad` is found by `Assad` too.)
    const keys = cluster.words.map(lexiconKey)
    for (const word of [...keys, ...keys.filter(hasArabicArticle).map(withoutArabicArticle)]) {
      if (words.has(word)) continue
      words.add(word)
      const holders = this.peopleByWord.get(word)
      if (!holders) this.peopleByWord.set(word, [cluster])
      // In the order the people were met (a new one comes last).
      else
        holders.splice(
          lowerBound(holders, rank + 1, (other) => this.indexed.get(other)?.rank ?? 0),
          0,
          cluster,
        )
    }
  }

  /** The person who holds a title: `Foreign Minister` → Shah Mahmood Qureshi. */
  personTitled(title: string): Cluster | undefined {
    const wanted = title.toLowerCase()
    return this.all.find(
      (cluster) =>
        cluster.type === 'person' &&
        cluster.titles.some((held) => held.toLowerCase().endsWith(wanted)),
    )
  }

  private create(type: EntityType, name: string[]): Cluster {
    const cluster: Cluster = {
      type,
      words: name,
      titles: [],
      handles: [],
      mentions: [],
      starts: [],
      longStarts: [],
      firstSurnameAlone: Number.POSITIVE_INFINITY,
      genderVotes: { male: 0, female: 0 },
    }
    const gender = givenNameGender(name)
    if (type === 'person' && gender !== null) cluster.genderVotes[gender] += 3
    this.all.push(cluster)
    if (type === 'person') this.index(cluster)
    return cluster
  }

  private mention(cluster: Cluster, candidate: Candidate): void {
    const first = candidate.tokens[0]
    const last = candidate.tokens.at(-1)
    if (first && last) addMention(cluster, first.start, last.end)
  }
}

const acceptAll = () => true

// `Syed Murad Ali Shah`, then `Murad Ali Shah`; `Mohammad Abbas Afridi`, then `Abbas Afridi`: the
// articles write the name with its opening `Syed` or `Mohammad` and without.
const withoutOpeningPrefix = (words: string[]) =>
  words.length > 2 &&
  /^(?:syed|syeda|sayed|sayyid|mohammad|muhammad|mohammed|muhammed)$/i.test(words[0] ?? '')
    ? words.slice(1)
    : words

/** `Mohammed bin Salman`: does the name end in a father's name, after `bin`, `ibn` or `bint`? */
const afterPatronymic = (words: string[]) => /^(?:bin|ibn|bint)$/i.test(words.at(-2) ?? '')

// `Stephen, Robin and `, `Michael, `: a name listed before.
const listedAfterName = /\p{Lu}[\p{L}'’-]*(?:,\s+(?:and\s+)?|\s+and\s+)$/u

/** `bob` and `robert`, `bill` and `william`: one given name, short and in full. */
function sameGivenName(a: string, b: string): boolean {
  return (
    (shortGivenNames.get(a)?.includes(b) ?? false) || (shortGivenNames.get(b)?.includes(a) ?? false)
  )
}

/** A name without its generation's suffix: `Mohammad Wasim Jr` → `Mohammad Wasim`. */
const withoutGeneration = (words: string[]) =>
  words.length > 1 && generation.test(words.at(-1) ?? '') ? words.slice(0, -1) : words

/** The generation a name ends with, one spelling for each: `Jnr` and `Jr.` → `jr`; else ``. */
const generationOf = (words: string[]) =>
  words.length > 1 && generation.test(words.at(-1) ?? '')
    ? (words.at(-1) ?? '')
        .toLowerCase()
        .replace(/\.$/, '')
        .replace(/^jnr$/, 'jr')
        .replace(/^snr$/, 'sr')
    : ''

/**
 * Is `shorter`, two words or more, `longer` without its surname (`Abdul Qadeer` of `Abdul Qadeer
 * Khan`)? Not of a run that went on past the name (`Marco Rubio Miss`, `Ron Paul Curriculum`).
 */
function opensName(longer: string[], shorter: string[]): boolean {
  const surname = longer.at(-1) ?? ''
  return (
    shorter.length >= 2 &&
    longer.length === shorter.length + 1 &&
    /^\p{Lu}\p{Ll}/u.test(surname) &&
    !commonWords.has(lexiconKey(surname)) &&
    shorter.every((word, index) => lexiconKey(word) === lexiconKey(longer[index] ?? ''))
  )
}

/** Is `key` the first word of a name, or its surname or a part of it (`Biden` of `Joseph R. Biden Jr.`)? */
function opensOrEnds(name: string[], key: string): boolean {
  const words = name.filter((word) => !generation.test(word))
  return (
    lexiconKey(words[0] ?? '') === key ||
    (words.at(-1) ?? '').split('-').some((part) => lexiconKey(part) === key)
  )
}

/**
 * `Peña Nieto` of `Enrique Peña Nieto`, `López Obrador` of `Andrés Manuel López
 * Obrador`: a name of two surnames or more is the end of the full name. Not
 * `Ali Shah`, which opens with a given name (`Murad Ali Shah`, `Qaim Ali Shah`).
 */
function endsWithSurnames(longer: string[], shorter: string[]): boolean {
  if (shorter.length < 2 || shorter.length >= longer.length) return false
  if (givenNames.has(lexiconKey(shorter[0] ?? ''))) return false
  const offset = longer.length - shorter.length
  return shorter.every(
    (word, index) => lexiconKey(word) === lexiconKey(longer[offset + index] ?? ''),
  )
}

/**
 * `Donald J. Trump` and `Donald Trump` may be one person; `Syed Murad Ali Shah`
 * and `Syed Khursheed Shah` are two: the middle names of the shorter name,
 * initials aside, must stand in the longer one's.
 */
function middlesAgree(a: string[], b: string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  const middle = (words: string[]) =>
    words
      .slice(1, -1)
      .filter((word) => !/^\p{Lu}\.?$/u.test(word))
      .map(lexiconKey)
  const inLonger = new Set(middle(longer))
  // (`George H.W. Bush` is not `George W. Bush`: both give middle initials, and not the same.)
  const initials = (words: string[]) =>
    words
      .slice(1, -1)
      .filter((word) => /^(?:\p{Lu}\.?)+$/u.test(word))
      .join('')
      .replaceAll('.', '')
  const [one, other] = [initials(shorter), initials(longer)]
  if (one !== '' && other !== '' && one !== other) return false
  return middle(shorter).every((word) => inLonger.has(word))
}

const arabicArticle = /^(?:al|el)-(?=\p{L})/u
const hasArabicArticle = (key: string) => arabicArticle.test(key)
/** `al-assad` → `assad`. */
export const withoutArabicArticle = (key: string) => key.replace(arabicArticle, '')

/** `Ivanka Trump` → female: the gender of a full name's given name, when only one is known. */
function givenNameGender(name: string[]): Gender | null {
  const first = lexiconKey(name[0] ?? '')
  if (name.length < 2) return null
  if (maleNames.has(first) && !femaleNames.has(first)) return 'male'
  if (femaleNames.has(first) && !maleNames.has(first)) return 'female'
  return null
}

export function genderOf(cluster: Cluster): Gender | null {
  const { male, female } = cluster.genderVotes
  if (male === female) return null
  return male > female ? 'male' : 'female'
}

/**
 * `Trump’s son says … Donald Trump … Eric Trump said … Trump tweeted`: of people who share a
 * surname, the one the article calls by the surname alone before it names the others keeps it; the
 * others go by their full names. Unless one of them is named in full earlier in the same paragraph.
 */
function surnameOwner(clusters: Cluster[], at: number, text: string): Cluster | undefined {
  if (clusters.length < 2) return undefined
  // `Bill Clinton spoke with voters … Clinton said`: a full name earlier in the same paragraph wins.
  const paragraphStart = text.lastIndexOf('\n', at) + 1
  const namedHere = clusters.some(
    (cluster) =>
      (cluster.longStarts[insertionPoint(cluster.longStarts, paragraphStart)] ?? at) < at,
  )
  if (namedHere) return undefined
  // Called by the surname alone before the others are named at all.
  const first = clusters.find((cluster) => {
    if (cluster.words.length < 2) return false
    const others = Math.min(
      ...clusters.filter((other) => other !== cluster).map((other) => other.starts[0] ?? 0),
    )
    return cluster.firstSurnameAlone < Math.min(at, others)
  })
  if (first) return first
  // `Dorothy Woods, whose husband, Navy SEAL Ty Woods, was …` … `Woods said`: in a later
  // paragraph, not the one named inside the other's sentence, in an aside about them.
  const named = clusters
    .filter((cluster) => cluster.words.length >= 2 && (cluster.longStarts[0] ?? at) < at)
    .sort((a, b) => (a.longStarts[0] ?? 0) - (b.longStarts[0] ?? 0))
  const [subject, aside] = named
  if (named.length !== 2 || !subject || !aside) return undefined
  const between = text.slice(subject.longStarts[0] ?? 0, aside.longStarts[0] ?? 0)
  const later = aside.longStarts.filter((start) => start < at).length
  return !/[.!?]\s|\n/.test(between) && later === 1 ? subject : undefined
}

/**
 * Of `clusters`, the one mentioned last before `at`, else the first mentioned after it. Of
 * several, a mention inside quotation marks counts for less: in `“…Jeb Bush has the character
 * …,” the former president said. Mr. Bush also praised`, the brother quoted is not the subject.
 */
function nearest(clusters: Cluster[], at: number, text: string): Cluster | undefined {
  let best: Cluster | undefined
  let bestStart = Number.NEGATIVE_INFINITY
  for (const cluster of clusters) {
    let index = insertionPoint(cluster.starts, at) - 1
    // (A few steps back at most: a name quoted a thousand times costs no more.)
    for (let step = 0; clusters.length > 1 && step < 4 && index > 0; step++) {
      if (!isQuoted(text, cluster.starts[index] ?? 0)) break
      index--
    }
    const before = cluster.starts[index]
    if (before !== undefined && before > bestStart) [best, bestStart] = [cluster, before]
  }
  if (best) return best
  return [...clusters].sort((a, b) => (a.starts[0] ?? 0) - (b.starts[0] ?? 0))[0]
}

/** Is `at` inside quotation marks of its paragraph (`“…”`, `"…"`, `''…''`)? Looks back 2,000 characters at most. */
function isQuoted(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', at) + 1, at - 2000)
  const before = text.slice(from, at)
  if (before.lastIndexOf('“') > before.lastIndexOf('”')) return true
  let straight = 0
  for (let index = before.indexOf('"'); index !== -1; index = before.indexOf('"', index + 1))
    straight++
  if (straight % 2 === 1) return true
  let doubled = 0
  for (let index = before.indexOf("''"); index !== -1; index = before.indexOf("''", index + 2))
    doubled++
  return doubled % 2 === 1
}
