import type { VFile } from 'vfile'
import { authorKeys, dateKeys, titleKeys } from '../data/header-keys.js'
import type { ArticleTree } from '../data-map.js'
import { parseBreadcrumb, parseSection } from '../header/breadcrumb.js'
import {
  type ParsedByline,
  parseAgencyLine,
  parseByline,
  parseCredits,
  parseDeskCredit,
  parseReportingLine,
  splitAuthors,
} from '../header/byline.js'
import { pageChromeLine } from '../header/chrome.js'
import { type DateField, parseDateLine } from '../header/date-line.js'
import { parseDatePrefix } from '../header/date-prefix.js'
import { parseDateline, parseLaterDateline } from '../header/dateline.js'
import { parseFrontMatter } from '../header/front-matter.js'
import { parseDek, parseHeadline, splitSiteName } from '../header/headline.js'
import { findDate, toIsoDate } from '../header/iso-date.js'
import { parseKeyValues } from '../header/key-values.js'
import { positionOf } from '../position.js'
import { isBlank, lineAt, lineContent, skipSpace } from '../text/lines.js'
import type { Byline, Dateline, HeaderValue } from '../types.js'

/**
 * The metadata header: front matter or `key: value` lines, a `date …` prefix,
 * a headline, a byline, then the dateline that opens the body. Writes
 * `file.data.header` and `file.data.bodyStart`, the offset after all of them.
 */
export function header() {
  return (_tree: ArticleTree, file: VFile): undefined => {
    const text = String(file.value)
    const fields: Record<string, HeaderValue> = {}
    let offset = skipSpace(text, 0)

    const frontMatter = parseFrontMatter(text, offset)
    if (frontMatter && 'fields' in frontMatter) {
      Object.assign(fields, frontMatter.fields)
      offset = skipSpace(text, frontMatter.end)
    } else if (frontMatter) {
      file.message(frontMatter.error, {
        place: positionOf(file, frontMatter.start, frontMatter.end),
        ruleId: 'header-front-matter',
        source: 'newsparse',
      })
    } else {
      const keyValues = parseKeyValues(text, offset)
      if (keyValues) {
        Object.assign(fields, keyValues.fields)
        offset = skipSpace(text, keyValues.end)
      }
    }

    // `Home > World > Europe`: the site's path to the story, over the headline.
    const breadcrumb = parseBreadcrumb(text, offset)
    if (breadcrumb) {
      fields.breadcrumb = breadcrumb.value
      offset = skipSpace(text, breadcrumb.end)
    }
    // `Politics` over the headline: the section the page files it in.
    const section = parseSection(text, offset)
    if (section) {
      fields.section = section.value
      offset = skipSpace(text, section.end)
    }

    const datePrefix = parseDatePrefix(text, offset)
    if (datePrefix) {
      fields[datePrefix.key] = datePrefix.value
      offset = skipSpace(text, datePrefix.end)
    }

    // Bylines may stand before or after the headline and its dek.
    const bylines: Byline[] = []
    let beforeHeadline = true
    // …and a line with the date, alone (`Published 10:30 a.m. ET March 5, 2019`) or beside
    // the names (`Jane Doe | March 5, 2019`).
    const takeDate = (date: DateField | null) => {
      if (date && fields[date.key] === undefined) fields[date.key] = date.value
    }
    const takeBylines = (underHeadline = false) => {
      for (;;) {
        // `Our Correspondent`, `Web Desk`: the outlet's credit, no writer named.
        const desk = parseDeskCredit(text, offset)
        if (desk) {
          fields.credit ??= desk.credit
          offset = skipSpace(text, desk.end)
          continue
        }
        const byline: ParsedByline | null = parseByline(text, offset, underHeadline)
        if (byline) {
          bylines.push(...byline.bylines)
          takeDate(byline.date)
          offset = skipSpace(text, byline.end)
          // `By JANE DOE` / `Associated Press`: the agency on a line of its own.
          const agencyLine = parseAgencyLine(text, offset)
          if (agencyLine && byline.bylines.length > 0) {
            for (const found of byline.bylines) found.role ??= agencyLine.agency
            if (agencyLine.place) fields.reportingFrom ??= agencyLine.place
            offset = skipSpace(text, agencyLine.end)
          }
          continue
        }
        // `Reporting from London` under the names.
        const reporting = bylines.length > 0 ? parseReportingLine(text, offset) : null
        if (reporting) {
          fields.reportingFrom ??= reporting.place
          offset = skipSpace(text, reporting.end)
          continue
        }
        // `Associated Press` on a line of its own, with no writer named: the story's agency.
        const agencyAlone = parseAgencyLine(text, offset)
        if (agencyAlone) {
          fields.agency ??= agencyAlone.agency
          if (agencyAlone.place) fields.reportingFrom ??= agencyAlone.place
          offset = skipSpace(text, agencyAlone.end)
          continue
        }
        // `Share`, `Save`, `5 min read`, `Getty Images`: the page's buttons and credits among them.
        const chrome = pageChromeLine(text, offset)
        if (chrome !== null) {
          offset = skipSpace(text, chrome)
          continue
        }
        // `BREAKING NEWS` alone over the headline.
        const { content, next } = lineContent(text, offset)
        const label = kicker.exec(content)
        if (label?.[1] && label[0].length === content.length && beforeHeadline) {
          fields.kicker ??= label[1]
          offset = skipSpace(text, next)
          continue
        }
        const dateLine = parseDateLine(text, offset)
        if (!dateLine) break
        takeDate(dateLine)
        offset = skipSpace(text, dateLine.end)
      }
    }
    takeBylines()

    let title = stringField(fields, titleKeys)
    beforeHeadline = false
    let subtitle: string | null = null
    file.data.headlineRange = null
    file.data.subtitleRange = null
    if (title === null) {
      const headline = parseHeadline(text, offset)
      if (headline) {
        // `Senate passes bill | Reuters`: the outlet's name after the headline is the site's.
        const site = splitSiteName(headline.title)
        title = site ? site.title : headline.title
        if (site) fields.site = site.site
        // `EXCLUSIVE: Minister quits`: the label goes into `fields.kicker`.
        const label = kicker.exec(title)
        const cut = label?.[1] && label[0].length < title.length ? label[0].length : 0
        if (label?.[1] && cut > 0) {
          fields.kicker ??= label[1]
          title = title.slice(cut)
        }
        file.data.headlineRange = {
          start: headline.start + cut,
          end: headline.start + cut + title.length,
        }
        offset = skipSpace(text, headline.end)
        // The line under the headline, with no blank line between.
        const attached = !isBlank(text, headline.end, lineAt(text, headline.end).end)
        const underHeadline = offset
        takeBylines(true)
        // A line after a byline or a date is no longer in one block with the headline.
        const dek = parseDek(text, offset, attached && offset === underHeadline)
        // `Storm batters coast` twice, as a page repeats its title over the story: no dek.
        if (dek && dek.title.toLowerCase() === title.toLowerCase())
          offset = skipSpace(text, dek.end)
        else if (dek) {
          subtitle = dek.title
          if (text.startsWith(dek.title, offset))
            file.data.subtitleRange = { start: offset, end: offset + dek.title.length }
          offset = skipSpace(text, dek.end)
        }
        takeBylines(true)
      }
    }
    takeBylines()
    bylines.push(...parseCredits(text))
    if (bylines.length === 0)
      bylines.push(...authorsOf(fields).map((name) => ({ name, role: null })))
    const authors = [...new Set(bylines.map((byline) => byline.name))]

    let dateline: Dateline | null = null
    file.data.laterDatelineRange = null
    // `(CNN) — The …`: an agency with no place opens the story; the body starts after it.
    const placeless = agencyOpening.exec(text.slice(offset, offset + 60))
    if (placeless?.[1]) {
      fields.agency ??= placeless[1]
      offset += placeless[0].length
    }
    const opening = parseDateline(text, offset)
    // A caption or a teaser before it: the dateline opens a later paragraph.
    const parsed = opening ?? parseLaterDateline(text, offset)
    if (parsed) {
      const { start, end, ...rest } = parsed
      dateline = { ...rest, position: positionOf(file, start, end) }
      if (opening) offset = skipSpace(text, end)
      else file.data.laterDatelineRange = { start, end: skipSpace(text, end) }
    }

    file.data.header = {
      fields,
      title,
      // (`Nairobi, 3 December 2024 –`: a dateline with a whole date gives it where no line does.)
      date: dateOf(file, fields) ?? (dateline ? (findDate(dateline.text)?.iso ?? null) : null),
      authors,
      bylines,
      subtitle,
      dateline,
    }
    file.data.bodyStart = offset
  }
}

// `(CNN) —`, `(Reuters) -`, `(CNN)The …`: an agency in brackets, a dash or none, with no place
// before it.
const agencyOpening =
  /^\((CNN|AP|AFP|Reuters|UPI|Xinhua|dpa|EFE|PTI|APP|Bloomberg)\)\s*(?:(?:—|–|--?)\s*)?(?=\p{Lu}|[“"])/u

// `EXCLUSIVE:`, `Opinion |`, `BREAKING NEWS`, `FOR IMMEDIATE RELEASE` on its own line: the label a
// page or a press release puts over or before the headline, not part of it.
const kicker =
  /^(exclusive|breaking(?: news)?|watch|live|video|analysis|opinion|editorial|review|explainer|update|updated|photos|fact check|revealed|for immediate release|(?:press|news) release)(?:\s*(?::|\|)\s+(?=\S)|$)/i

/** The first of `keys` present in `fields` (any case), as a string. */
function fieldValue(
  fields: Record<string, HeaderValue>,
  keys: readonly string[],
): HeaderValue | undefined {
  const byLowerKey = new Map(
    Object.entries(fields).map(([key, value]) => [key.toLowerCase(), value]),
  )
  for (const key of keys) {
    const value = byLowerKey.get(key)
    if (value !== undefined && value !== null && value !== '') return value
  }
  return undefined
}

function stringField(fields: Record<string, HeaderValue>, keys: readonly string[]): string | null {
  const value = fieldValue(fields, keys)
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : null
}

function authorsOf(fields: Record<string, HeaderValue>): string[] {
  const value = fieldValue(fields, authorKeys)
  if (typeof value === 'string') return splitAuthors(value.replace(/^by\s+/i, ''))
  if (Array.isArray(value))
    return value.filter((item) => typeof item === 'string').map((item) => item.trim())
  return []
}

function dateOf(file: VFile, fields: Record<string, HeaderValue>): string | null {
  const value = stringField(fields, dateKeys)
  if (value === null) return null
  const iso = toIsoDate(value)
  if (iso === null) {
    file.message(`Cannot read the date \`${value}\` as a calendar date`, {
      ruleId: 'header-date-invalid',
      source: 'newsparse',
    })
  }
  return iso
}
