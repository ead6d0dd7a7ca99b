import { bylineAgencies, bylineRoles, outletNames } from '../data/byline.js'
import { commonWords, givenNames, lexiconKey } from '../data/lexicon.js'
import { months, weekdays } from '../data/months.js'
import { organizationHeads, organizationWords } from '../data/organizations.js'
import { knownPlaces } from '../data/places.js'
import { lineAt, lineContent, skipSpace, trimRange } from '../text/lines.js'
import type { Byline } from '../types.js'
import { skipChrome, timeAgoLine } from './chrome.js'
import { type DateField, dateOnly, parseDateLine } from './date-line.js'
import { parseDateline } from './dateline.js'

export interface ParsedByline {
  bylines: Byline[]
  /** `Jane Doe | March 5, 2019`: the date written beside the names, with its label. */
  date: DateField | null
  end: number
}

const maxBylineWords = 16
// `*`, `**` or `_` opening or closing a word's emphasis (not `_` inside `jane_doe`).
const emphasis =
  /(?<![\p{L}\p{N}*_])[*_]{1,2}(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.])[*_]{1,2}(?![\p{L}\p{N}*_])/gu
// `Chief Political Correspondent, BBC News`
const maxRoleWords = 8
// `Jane Doe in London` · `Jane Doe` · `JANE DOE`
// (`By JOHN SMITH` is no name alone: `By` opens a byline.)
const bareByline =
  /^(?![Bb][Yy]\s)((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})(?:\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?$/u
// `Jane Doe and John Roe`
const namePair =
  /^(?![Bb][Yy]\s)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s+(?:and|&)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})$/u
// By Jane Doe and John Roe · Story by Jane Doe · Written by Jane Doe · By: Jane Doe · Author: Jane Doe
const byPrefix =
  /^(?:(?:(?:story|written|words|text|report|reported|posted)[ \t]+)?by:?|(?:authors?|writer|reporter):)[ \t]+(?=\p{Lu})/iu
// `Jane Doe`, `Lena deCasparis`, `Ludwig van Beethoven`, `Al-Zaquan Amer Hamzah`
const nameWord = String.raw`(?:\p{Lu}|\p{Ll}{1,3}\p{Lu})[\p{L}'’.-]*`
const nameLike = new RegExp(
  `^${nameWord}(?:\\s+(?:${nameWord}|van|von|de|del|da|di|al|bin|ibn|le|la))*$`,
  'u',
)

/**
 * A byline: a line of its own that names the writers, with a role or an
 * agency where one is given, and nothing else.
 *
 *     By Jane Doe and John Roe
 *     By Jane Doe, Reuters
 *         By Lisa Vaughan, Reuters
 *     Jane Doe, Staff Writer
 *
 * `By Saturday, more than 3,500 troops had …` names no writer, so it is prose.
 * Under a headline (`bare`), a name alone is one too: `Jane Doe`, `Jane Doe in London`.
 */
export function parseByline(text: string, from: number, bare = false): ParsedByline | null {
  const line = lineAt(text, from)
  const [start, end] = trimRange(text, line.start, line.end)
  // (`Jane Doe @janedoe`: the writer's handle after the name; `*By Jane Doe* | March 4, 2024`:
  // Markdown's marks of emphasis around the words.)
  const content = text
    .slice(start, end)
    .replace(/\s+@[\w.]{2,30}$/, '')
    .replace(emphasis, '')
  // `By` alone: a byline whose name the page left out.
  if (/^by:?$/i.test(content)) return { bylines: [], date: null, end: line.next }
  // `Photographs by John Roe` on a line of its own, under the writer's byline.
  const creditLine = barCredit.exec(content)
  const credited = creditLine ? creditBylines(creditLine) : []
  if (credited.length > 0) return { bylines: credited, date: null, end: line.next }
  // `Jane Doe in London`, `JANE DOE`: a writer's name alone, or with where they file from.
  const alone = bare ? bareByline.exec(content) : null
  if (
    alone?.[1] &&
    isPersonName(alone[1]) &&
    (givenNames.has(lexiconKey(alone[1].split(/\s+/)[0] ?? ''))
      ? opensStory(text, line.next)
      : // `Mehtab Haider` over `March 4, 2025`: a name the lexicon lacks, over a date.
        alone[1].split(/\s+/).every(isUnusualNameWord) && dateBelow(text, line.next))
  )
    return { bylines: [{ name: alone[1], role: null }], date: null, end: line.next }
  // `Jane Doe and John Roe` over a date line: two writers' names alone.
  const pair = bare ? namePair.exec(content) : null
  if (
    pair?.[1] &&
    pair[2] &&
    isPersonName(pair[1]) &&
    isPersonName(pair[2]) &&
    dateBelow(text, line.next)
  )
    return {
      bylines: [
        { name: pair[1], role: null },
        { name: pair[2], role: null },
      ],
      date: null,
      end: line.next,
    }
  // `Jane Doe` over `Staff Writer`: a name, and its role on the next line.
  if (alone?.[1] && isPersonName(alone[1]) && !alone[0].includes(' in ')) {
    const next = lineAt(text, skipSpace(text, line.next))
    const [roleStart, roleEnd] = trimRange(text, next.start, next.end)
    const role = text.slice(roleStart, roleEnd)
    if (next.start === line.next && isRole(role) && !bylineAgencies.has(role.toLowerCase()))
      return { bylines: [{ name: alone[1], role }], date: null, end: next.next }
    // `Jane Doe` over `BBC News, Kyiv`: the outlet, and where the writer files from.
    const outlet = /^([^,]+?)(?:,\s*\p{Lu}[\p{L}.'’ -]*)?$/u.exec(role)?.[1]?.toLowerCase() ?? ''
    if (next.start === line.next && outletNames.has(outlet))
      return { bylines: [{ name: alone[1], role }], date: null, end: next.next }
  }
  // `Jane Doe Political correspondent`: a name and its role with no comma between.
  const withRole = bare ? nameThenRole(content) : null
  if (withRole && opensStory(text, line.next, true))
    return { bylines: [withRole], date: null, end: line.next }
  // `Posted on March 4, 2025 by Jane Doe`: the date first, then the names; `… by admin`: a
  // site's account, no writer.
  const dateThenBy = /^(.+?)[ \t]+by[ \t]+(\S.*)$/u.exec(content)
  const dateFirst = dateThenBy?.[1] ? dateOnly(dateThenBy[1]) : null
  if (dateFirst && dateThenBy?.[2]) {
    if (siteAccount.test(dateThenBy[2])) return { bylines: [], date: dateFirst, end: line.next }
    const names = parseByline(`By ${dateThenBy[2]}`, 0)
    if (names) return { ...names, date: dateFirst, end: line.next }
  }
  const prefixed = byPrefix.exec(content)
  // (`By Jane Doe Follow`: a page's follow button after the name.)
  const body = (prefixed ? content.slice(prefixed[0].length) : content).replace(/\s+Follow$/, '')
  // `Jane Doe | March 5, 2019` · `Jane Doe · Mar 5, 2025` · `March 5, 2025 | Jane Doe`
  // (`TNN / Updated: Dec 3, 2024`, `KYODO NEWS - Dec 3, 2024 - 18:12 | World`: a slash or a dash
  // between spaces parts them too; a long one only parts two: `By Jane Doe — March 3, 2021`,
  // not `SPRINGFIELD, Ill. – March 4, 2025 – The council …`.)
  const parted = body.split(/\s*[|·•]\s*|\s+[/-]\s+/)
  const dashed = body.split(/\s+[–—]\s+/)
  const pieces = parted.length === 1 && dashed.length === 2 ? dashed : parted
  // `By Jane Doe Staff Writer`, `BY JANE DOE STAFF WRITER`: the name, then its role.
  const roleAfterName = prefixed && pieces.length === 1 ? nameThenRole(body) : null
  if (roleAfterName) return { bylines: [roleAfterName], date: null, end: line.next }
  // `TOI News Desk / TIMESOFINDIA.COM / Updated: Mar 3, 2021`, `KYODO NEWS - Dec 3, 2024 - 18:12 |
  // World`: sites, agencies and desks, then the date, no writer named.
  const dateAt = pieces.findIndex((piece) => dateOnly(piece.trim()) !== null)
  // (`Express Web Desk | New Delhi | March 4, 2024`: where the desk files from among them.)
  const siteDate =
    dateAt > 0 &&
    pieces.slice(0, dateAt).some(isSite) &&
    pieces.slice(0, dateAt).every((piece) => isSite(piece) || isPlace(piece))
  const sitesDate = siteDate ? dateOnly((pieces[dateAt] ?? '').trim()) : null
  if (sitesDate) return { bylines: [], date: sitesDate, end: line.next }
  // `ABC News / By Jane Doe`: a site, then the byline.
  const lastPiece = (pieces.at(-1) ?? '').trim()
  if (pieces.length >= 2 && pieces.slice(0, -1).every(isSite)) {
    const named = byPrefix.test(lastPiece) ? parseByline(lastPiece, 0) : null
    if (named) {
      const site = pieces.slice(0, -1).join(', ')
      const bylines = named.bylines.map((byline) => ({ ...byline, role: byline.role ?? site }))
      return { bylines, date: named.date, end: line.next }
    }
  }
  let [written = '', after] = pieces
  // `Jane Doe | Staff Writer | March 4, 2025`: the name, its role, then the date.
  const middleRole =
    pieces.length === 3 && isRole(pieces[1] ?? '') && dateOnly((pieces[2] ?? '').trim())
      ? (pieces[1] ?? null)
      : null
  if (middleRole) after = pieces[2]
  // `By: Jane Doe | New Delhi | March 4, 2024 09:14 IST`: where she files from, then the date.
  if (pieces.length === 3 && isPlace(pieces[1] ?? '') && dateOnly((pieces[2] ?? '').trim()))
    after = pieces[2]
  if (after !== undefined && !prefixed && dateOnly(written.trim()) && !dateOnly(after.trim()))
    [written, after] = [after, written]
  // `Jane Doe Published December 3, 2024 Updated a day ago`: a labelled date right after the name.
  if (after === undefined) {
    // (Not `Last Updated: …`, a label of two words.)
    const labelled = /^(.*?)\s+((?:Published|Updated|Posted|Last updated)\b.*)$/.exec(written)
    if (labelled?.[1] && labelled[2] && /\s/.test(labelled[1]) && dateOnly(labelled[2]))
      [written, after] = [labelled[1], labelled[2]]
  }
  // `Written by Jane Doe on 3 December 2024`, `By Jane Doe, March 5, 2019`: the date after the name.
  if (after === undefined && prefixed) {
    const dated = /^(.*?)(?:\s+on|,)\s+(.+)$/.exec(written)
    if (dated?.[1] && dated[2] && dateOnly(dated[2].trim())) [written, after] = [dated[1], dated[2]]
  }
  // `Written by Jane Doe | Edited by John Roe`: another credit after the bar.
  const credit = after === undefined ? null : barCredit.exec(after.trim())
  if (credit) after = undefined
  // `By Luca Rossi in Rome and Ana Silva in Lisbon`: where each files from is no part of the name.
  const names = written.replace(filedFrom, '')
  if (names.split(/\s+/).length > maxBylineWords) return null
  const parts = names.split(/\s*,\s*/).filter((part) => part !== '')
  // `By Jane Doe, Nairobi`: where the writer files from, after a comma, is no name (as `in Rome`).
  if (parts.length > 1 && isPlace(parts.at(-1) ?? '')) parts.pop()
  // `By JANE DOE Associated Press`: the agency after the names, with no comma.
  // (Not `The Associated Press`, an agency whole.)
  const agencyAfter = isRole(parts.at(-1) ?? '') ? null : trailingAgency.exec(parts.at(-1) ?? '')
  if (agencyAfter?.[1] && agencyAfter.index > 0)
    parts.splice(-1, 1, (parts.at(-1) ?? '').slice(0, agencyAfter.index), agencyAfter[1])
  const bylines: Byline[] = []
  // `Jane Doe | Reuters Published December 3, 2024`: the agency, then the date.
  const agencyThenDate = after === undefined ? null : agencyBeforeDate(after.trim())
  if (agencyThenDate) {
    parts.push(agencyThenDate.agency)
    after = agencyThenDate.date
  }
  // `By Jane Doe | March 5, 2019`: a date, not a role.
  const date = after === undefined ? null : dateOnly(after.trim())
  // `Washington CNN — The mayor resigned on Sunday.`: a sentence after the dash is a story's
  // lead under its dateline, no writer's role.
  if (after !== undefined && !date && isSentence(after.trim())) return null
  let role: string | null = after === undefined || date ? middleRole : after.trim() || null
  // The roles and agencies follow the names: `Jane Doe and John Roe, Staff Writers, Reuters`.
  while (parts.length > 1 && isRole(parts.at(-1) ?? '')) {
    const last = parts.pop() ?? ''
    role = role === null ? last : `${last}, ${role}`
  }
  for (const part of parts) {
    for (const name of part.split(/\s+(?:and|&)\s+|\s*&\s*/)) {
      if (!isPersonName(name)) return null
      bylines.push({ name, role })
    }
  }
  if (bylines.length === 0) return null
  if (credit) bylines.push(...creditBylines(credit))
  // Without `By`, a line is a byline only with a role or a date: `Jane Doe, Staff Writer`,
  // `Jane Doe | March 5, 2019`.
  // (`Jane Doe | Nation Media Group`: or the writer's outlet.)
  const roleHead = role?.split(',')[0] ?? ''
  const outlet =
    /^(?:\p{Lu}[\p{L}&.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]*$/u.test(roleHead) &&
    organizationWords.has((roleHead.split(/\s+/).at(-1) ?? '').toLowerCase())
  if (!prefixed && !date && (role === null || !(isRole(roleHead) || outlet))) return null
  return { bylines, date, end: line.next }
}

/** `The mayor resigned on Sunday.`: words in lower case and a full stop, or more than a role's words. */
function isSentence(value: string): boolean {
  const words = value.split(/\s+/)
  return (
    words.length > maxRoleWords ||
    (words.length >= 3 && /[.!?]["”’]?$/.test(value) && /\s\p{Ll}{2,}/u.test(value))
  )
}

// A site's own account after `by`, no writer: `admin`, `webmaster`.
const siteAccount = /^(?:admin|administrator|webmaster|editor|staff|guest)$/i

/** `New Delhi`, `Nairobi`: a place a writer files from. */
function isPlace(piece: string): boolean {
  return knownPlaces.has(piece.trim().toLowerCase())
}

/** `Reuters`, `ABC News`, `TIMESOFINDIA.COM`, `TOI News Desk`: an agency, an outlet, a site or a desk. */
function isSite(piece: string): boolean {
  const key = piece.trim().toLowerCase()
  return (
    outletNames.has(key) ||
    /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|news|tv|co|in|pk|uk|au|ca|ng|ke|za)$/.test(
      key,
    ) ||
    /^(?:\S+\s+){0,3}desk$/.test(key)
  )
}

/** `Reuters Published December 3, 2024` → `Reuters` and the date line after it. */
function agencyBeforeDate(value: string): { agency: string; date: string } | null {
  const found = leadingAgency.exec(value)
  const rest = found ? value.slice(found[0].length) : ''
  return found?.[1] && dateOnly(rest) ? { agency: found[1], date: rest } : null
}

const agencyNames = [...bylineAgencies]
  .sort((a, b) => b.length - a.length)
  .map((agency) => agency.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|')
const leadingAgency = new RegExp(`^(${agencyNames})\\s+`, 'i')

const trailingAgency = new RegExp(`\\s+(${agencyNames})$`, 'i')

/**
 * `Jane Doe Political correspondent`, `Dan Sabbagh Defence and security editor` → the name, with
 * the role of up to four words; a given name opens the name.
 */
function nameThenRole(content: string): Byline | null {
  if (/[,|]/.test(content)) return null
  const words = content.split(/\s+/)
  for (let size = Math.min(4, words.length - 2); size >= 1; size--) {
    const role = words.slice(-size).join(' ')
    const name = words.slice(0, -size).join(' ')
    if (
      isRole(role) &&
      !bylineAgencies.has(role.toLowerCase()) &&
      isPersonName(name) &&
      givenNames.has(lexiconKey(words[0] ?? ''))
    )
      return { name, role }
  }
  return null
}

/** `Edited by John Roe` → John Roe, `Editing`; `Photos by Ann Poe` → Ann Poe, `Photos`. */
function creditBylines(credit: RegExpExecArray): Byline[] {
  const verb = (credit[1] ?? '')
    .toLowerCase()
    .replace(/^edited$/, 'editing')
    .replace(/^reported$/, 'reporting')
  const role = verb.charAt(0).toUpperCase() + verb.slice(1)
  return (credit[2] ?? '')
    .split(/\s*,\s*|\s+(?:and|&)\s+/)
    .filter(isPersonName)
    .map((name) => ({ name, role }))
}

// `Edited by John Roe` · `Photos by Ann Poe`
const barCredit =
  /^(edited|reported|photos|photographs|photography|produced|illustrations?|graphics) by (.+)$/i

const minLeadWords = 8

/** `Mehtab`, `Haider`; not `Church`, `News` or `NewsCatholic` (two words run together). */
function isUnusualNameWord(word: string): boolean {
  const key = lexiconKey(word)
  return (
    !commonWords.has(key) &&
    !organizationWords.has(key) &&
    !organizationHeads.has(key) &&
    !/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}{2}/u.test(word.replace(/^(?:Mc|Mac)/, ''))
  )
}

/** A date line or a dateline right below. */
function dateBelow(text: string, from: number): boolean {
  // (`Ailsa Grant` / `2 hrs ago`: the time since it was posted stands for the date.)
  if (timeAgoLine(text, skipSpace(text, from))) return true
  // (`Jane Doe` / `Follow` / `5 min read` / `·` / `Mar 3, 2021`: past the page's buttons.)
  const offset = skipChrome(text, from)
  return parseDateLine(text, offset) !== null || parseDateline(text, offset) !== null
}

/**
 * Under a name alone, the story starts: a date line, a dateline or a sentence
 * of some length. Not `Foster Books, $18.99; ages 5-8` under a book's author.
 * Under a name and its role, another byline may come first.
 */
function opensStory(text: string, from: number, moreBylines = false): boolean {
  const offset = skipChrome(text, from)
  if (parseDateLine(text, offset) !== null || parseDateline(text, offset) !== null) return true
  const line = lineAt(text, offset)
  const content = text.slice(line.start, line.end).trim()
  // (Only this line is read: a byline that looked further down would do so line after line.)
  if (moreBylines && (parseByline(text, offset) !== null || nameThenRole(content) !== null))
    return true
  return content.split(/\s+/).length >= minLeadWords
}

/** `Staff Writer`, `Staff Writers`, `Reuters`, `Sports Editor`, `Chief Political Correspondent`. */
function isRole(value: string): boolean {
  const key = value.trim().toLowerCase()
  const words = key.split(/\s+/)
  return (
    bylineRoles.has(key) ||
    bylineRoles.has(key.replace(/s$/, '')) ||
    bylineAgencies.has(key) ||
    (words.length <= 4 && roleHeads.has((words.at(-1) ?? '').replace(/s$/, '')))
  )
}

// The last word of a writer's post: `Political correspondent`, `Health Reporter`, `Film critic`,
// `NewsBeat Staff`.
const roleHeads = new Set([
  'correspondent',
  'editor',
  'reporter',
  'writer',
  'columnist',
  'contributor',
  'journalist',
  'critic',
  // `LifeBuzz Staff`, `Post Staff`: the outlet's staff.
  'staff',
])

/** Two to five capitalised words, none a weekday, a month, an agency or a role. */
function isPersonName(value: string): boolean {
  const name = value.trim()
  if (!nameLike.test(name)) return false
  const words = name.split(/\s+/)
  if (words.length > 5) return false
  if (isRole(name)) return false
  return !words.some((word) => {
    const key = word.toLowerCase().replace(/\.$/, '')
    return weekdays.has(key) || months.has(key)
  })
}

/**
 * `Jane Doe, John Roe and Ann Poe | Reuters` → the three names: how an
 * `author` field is written. Roles and agencies are dropped.
 */
export function splitAuthors(value: string): string[] {
  const [names = ''] = value.split('|')
  return (
    names
      .split(/\s*(?:,|;|&|\band\b)\s*/)
      // `BYLINE: Amber Phillips.`
      .map((part) => part.trim().replace(/(?<=\p{Ll}{2})\.$/u, ''))
      .filter((part) => part !== '' && isPersonName(part))
  )
}

// (Reporting by Jane Doe in London; Additional reporting by Ann Poe; Editing by John Roe)
const creditLine =
  /^\(?((?:(?:additional )?(?:reporting|writing|editing|compiled|compiling|translation)(?: and (?:reporting|writing|editing))? by [^;()]+;?\s*)+)\.?\)?$/i
const creditPart =
  /^((?:additional )?(?:reporting|writing|editing|compiled|compiling|translation)(?: and (?:reporting|writing|editing))?) by (.+)$/i
// `Ann Poe in JAKARTA/SURABAYA`, `Zachary Fagenson in West Palm Beach, Florida`: where they filed from.
const filedFrom = /\s+in\s+\p{Lu}[\p{L}./-]*(?:\s+\p{Lu}[\p{L}./-]*)*(?:,\s*\p{Lu}[\p{L}.]*$)?/gu

// Associated Press writer Jane Doe in Boston contributed to this report. · Jane Doe contributed reporting.
const contributedLine =
  /^(?:(?:the )?(?:associated press|ap|reuters|afp|bloomberg|cnn)(?:['’]s)?\s+)?(?:(?:staff |news )?(?:writers?|reporters?|correspondents?|researchers?)\s+)?(.+?)\s+contributed(?:\s+reporting(?:\s+from\s+[^.]+)?|\s+from\s+\p{Lu}[^.]*|\s+to\s+(?:this|the)\s+(?:report|story|article))\.?$/iu

const contributingLine = /^Contributing:\s+(.+?)\.?$/

/** `USA TODAY`, `Medill News Service`, `Reuters`: the outlet after a credit's names. */
function isOutlet(written: string): boolean {
  return (
    /^[\p{Lu}\s&.]+$/u.test(written) ||
    outletNames.has(written.toLowerCase()) ||
    written.split(/\s+/).some((word) => organizationWords.has(lexiconKey(word)))
  )
}

/**
 * `Ken Ritter in Las Vegas and Anita Snow in Phoenix` · `Beila Rabinowitz, Director of
 * the Monitor,`: who contributed, all names or none.
 */
function contributors(written: string): Byline[] {
  const parts = written
    .replace(filedFrom, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  // One name and the post it holds.
  if (parts.length === 2 && isPersonName(parts[0] ?? '') && !isPersonName(parts[1] ?? ''))
    return [{ name: parts[0] ?? '', role: 'Contributing' }]
  if (!parts.every(isPersonName)) return []
  return parts.map((name) => ({ name, role: 'Contributing' }))
}

/**
 * The credit lines that end wire copy, read from the last lines of the text:
 *
 *     (Reporting by Jane Doe in London; Editing by John Roe)
 *     Associated Press writer John Roe in Boston contributed to this report.
 *
 * Each name gets the role as written (`Reporting`, `Editing`); `in London` is
 * dropped. A line whose credits are not all names (`Research by the Space
 * Center revealed …`) is prose.
 */
export function parseCredits(text: string): Byline[] {
  const tail = text
    .slice(-2000)
    .split(/\r\n|\r|\n/)
    .slice(-6)
  const credits: Byline[] = []
  for (const raw of tail) {
    // `Samantha Lachman contributed reporting from Charleston. Ryan Grim reported from …`
    const contributions = !raw.includes('contributed')
      ? []
      : raw
          .trim()
          .split(/(?<=\p{Ll}{2}\.)\s+(?=\p{Lu})/u)
          .map((sentence) => contributedLine.exec(sentence)?.[1])
          .filter((names) => names !== undefined)
    if (contributions.length > 0) {
      for (const names of contributions) credits.push(...contributors(names))
      continue
    }
    // `Contributing: Iris Ouyang, Thomas Vogel and Raquel Zaldivar.`, `Contributing: Nicholas
    // Zazulia, Medill News Service.`: a paper's closing credit, the writers' outlet last.
    const contributing = contributingLine.exec(raw.trim())?.[1]
    if (contributing !== undefined) {
      const parts = contributing.split(/\s*,\s*/)
      if (parts.length > 1 && isOutlet(parts.at(-1) ?? '')) parts.pop()
      const names = parts.join(', ').split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
      if (names.every(isPersonName))
        credits.push(...names.map((name) => ({ name, role: 'Contributing' })))
      continue
    }
    const match = creditLine.exec(raw.trim())
    if (!match?.[1]) continue
    const line: Byline[] = []
    let prose = false
    for (const piece of match[1].split(/\s*;\s*/)) {
      const part = creditPart.exec(piece.trim().replace(/[.)]+$/, ''))
      if (!part?.[1] || !part[2]) continue
      const role = part[1].charAt(0).toUpperCase() + part[1].slice(1).toLowerCase()
      const names = part[2].replace(filedFrom, '')
      for (const written of names.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
        const name = written.trim()
        if (isPersonName(name)) line.push({ name, role })
        else prose = true
      }
    }
    if (!prose) credits.push(...line)
  }
  return credits
}

/**
 * `Associated Press` on the line under `By JANE DOE`: the writer's agency, alone; or credited as
 * the writer, `By Reuters`, `By The Associated Press`.
 */
export function parseAgencyLine(
  text: string,
  from: number,
): { agency: string; place: string | null; end: number } | null {
  const { content, next } = lineContent(text, from)
  // (`Source: Reuters`: the agency with its label.)
  const agency = content.replace(/^(?:By|Source:)\s+(?:the\s+)?/i, '')
  if (bylineAgencies.has(agency.toLowerCase())) return { agency, place: null, end: next }
  // `BBC News, Springfield`: the outlet, and where the writer files from.
  const placed = /^([^,]{2,40}),\s*(\p{Lu}[\p{L}.'’ -]{1,40})$/u.exec(agency)
  const outlet = placed?.[1]?.toLowerCase() ?? ''
  return placed?.[1] && placed[2] && outletNames.has(outlet)
    ? { agency: placed[1], place: placed[2], end: next }
    : null
}

// `Reporting from Kyiv, Ukraine`: where the writer filed from, on a line of its own under the byline.
const reportingFrom = /^Reporting from\s+(\p{Lu}[\p{L}.'’ -]*(?:,\s*\p{Lu}[\p{L}.'’ -]*)*)$/u

/** `Reporting from London`, `London` alone → `London`: the place a byline's writer filed from. */
export function parseReportingLine(
  text: string,
  from: number,
): { place: string; end: number } | null {
  const { content, next } = lineContent(text, from)
  const found = reportingFrom.exec(content)
  if (found?.[1]) return { place: found[1], end: next }
  // `Jane Doe, Correspondent` / `Nairobi`: a known place alone under the byline.
  return isPlace(content) ? { place: content, end: next } : null
}

// `Our Correspondent`, `Web Desk`, `By Staff Reporter`, `Monitoring Report`, `Express News Service`:
// the outlet's credit when no writer is named.
const deskCredit =
  /^(?:By\s+)?(?:(?:(?:Our|Staff|Special|Web|News|Sports|Business|City|Metro|Online|Monitoring|Foreign|Political|Bureau|Agency)\s+)+(?:Correspondents?|Reporters?|Desk|Writers?|Report|Staff)|Agencies|Staff|(?:Express\s+)?News\s+Service)$/i

/** A line that credits a desk, not a writer: its text, and where the next line starts. */
export function parseDeskCredit(
  text: string,
  from: number,
): { credit: string; end: number } | null {
  const { content, next } = lineContent(text, from)
  // `Reuters Staff`, `AFP Staff`: an agency's desk.
  const agencyStaff = /^(.+?)\s+Staff$/i.exec(content)?.[1]?.toLowerCase()
  return deskCredit.test(content) || (agencyStaff !== undefined && bylineAgencies.has(agencyStaff))
    ? { credit: content.replace(/^By\s+/i, ''), end: next }
    : null
}
