import type { ArticleRecord, Paragraph, Position, Quote, SocialPost } from '../../types.js'
import { escapeHtml } from './escape.js'

/** How many speakers get a colour of their own; the rest share the last. */
export const speakerColors = 8

/**
 * Each quotation's speaker: the name (or the mention when the article names
 * nobody) and a colour, the most quoted speaker first.
 */
function speakerStyles(quotes: Quote[]): Map<Quote, { label: string; color: number }> {
  const labelOf = (quote: Quote) => quote.speaker?.name ?? quote.speaker?.text ?? null
  const counts = new Map<string, number>()
  for (const quote of quotes) {
    const label = labelOf(quote)
    if (label !== null) counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const colorOf = new Map(ranked.map(([label], rank) => [label, Math.min(rank, speakerColors - 1)]))
  return new Map(
    quotes.map((quote) => {
      const label = labelOf(quote)
      // Colour 0 is kept for quotations with no speaker.
      return [
        quote,
        { label: label ?? 'no speaker', color: label === null ? 0 : (colorOf.get(label) ?? 0) + 1 },
      ]
    }),
  )
}

/** A stretch of source to mark: one segment of a quotation, or a reported clause. */
interface Piece {
  start: number
  end: number
  quote: Quote
  /** The label with the speaker's name goes here: after the last piece's closing mark. */
  labelAt: number | null
}

function piecesOf(quote: Quote, source: string): Piece[] {
  const positions: Position[] =
    quote.kind === 'indirect' || quote.segments.length === 0
      ? [quote.position]
      : quote.segments.map((segment) => segment.position)
  return positions.map((position, index) => {
    const end = position.end.offset
    // `…settlement,” [Qureshi]`: after the closing mark and its punctuation.
    const trailing = /^[,.;:!?]?["”’'»]*[,.;:!?]?/.exec(source.slice(end, end + 4))?.[0].length ?? 0
    return {
      start: position.start.offset,
      end,
      quote,
      labelAt: index === positions.length - 1 ? end + trailing : null,
    }
  })
}

/**
 * The source between `from` and `to` with every quotation piece inside it
 * marked: `<mark class="q direct c2" data-q="q1" …>words</mark>`, the speaker's
 * name after each quotation. Where pieces overlap, the one that starts last
 * marks the overlap.
 */
function markUp(
  source: string,
  from: number,
  to: number,
  pieces: Piece[],
  styles: Map<Quote, { label: string; color: number }>,
  focusable: Set<Quote>,
): string {
  const inside = pieces.filter(
    (piece) => piece.start >= from && piece.end <= to && piece.end > piece.start,
  )
  const cuts = new Set([from, to])
  for (const piece of inside) {
    cuts.add(piece.start)
    cuts.add(piece.end)
    if (piece.labelAt !== null) cuts.add(Math.min(piece.labelAt, to))
  }
  const points = [...cuts].sort((a, b) => a - b)
  let html = ''
  for (const [index, start] of points.entries()) {
    for (const piece of inside) {
      if (piece.labelAt !== null && Math.min(piece.labelAt, to) === start) {
        const style = styles.get(piece.quote)
        html += ` <span class="who c${style?.color ?? 0}">${escapeHtml(style?.label ?? '')}</span>`
      }
    }
    const end = points[index + 1]
    if (end === undefined) break
    const text = escapeHtml(source.slice(start, end))
    let owner: Piece | undefined
    for (const piece of inside) {
      if (piece.start <= start && piece.end >= end && (!owner || piece.start >= owner.start))
        owner = piece
    }
    if (!owner) {
      html += text
      continue
    }
    const quote = owner.quote
    const style = styles.get(quote)
    const tab = focusable.has(quote) ? '' : ' tabindex="0"'
    focusable.add(quote)
    const speaker = style?.label ?? 'no speaker'
    html +=
      `<mark class="q ${quote.kind} c${style?.color ?? 0}" data-q="${quote.id}"${tab}` +
      ` data-kind="${quote.kind}" data-speaker="${escapeHtml(speaker)}"` +
      ` data-mention="${escapeHtml(quote.speaker?.text ?? '')}" data-cue="${escapeHtml(quote.cue?.text ?? '')}"` +
      ` aria-describedby="tip">${text}</mark>`
  }
  return html
}

function postCard(post: SocialPost): string {
  const author = [post.author.name, post.author.handle].filter(Boolean).join(' ')
  const facts = [post.platform, post.date].filter(Boolean).join(' · ')
  const link = post.url
    ? ` · <a href="${escapeHtml(post.url)}" rel="noreferrer noopener">${escapeHtml(post.url)}</a>`
    : ''
  return (
    `<figure class="post" id="${post.id}"><blockquote>${escapeHtml(post.text)}</blockquote>` +
    `<figcaption>${escapeHtml(author || 'unknown author')}${facts ? ` · ${escapeHtml(facts)}` : ''}${link}</figcaption></figure>`
  )
}

/** The sidebar: who is quoted, how often, and how (direct, indirect, mixed). */
function quotedList(quotes: Quote[], styles: Map<Quote, { label: string; color: number }>): string {
  const rows = new Map<string, { color: number; direct: number; indirect: number; mixed: number }>()
  for (const quote of quotes) {
    const style = styles.get(quote)
    const label = style?.label ?? 'no speaker'
    const row = rows.get(label) ?? { color: style?.color ?? 0, direct: 0, indirect: 0, mixed: 0 }
    row[quote.kind]++
    rows.set(label, row)
  }
  const total = (row: { direct: number; indirect: number; mixed: number }) =>
    row.direct + row.indirect + row.mixed
  const ranked = [...rows].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]))
  const items = ranked
    .map(
      ([label, row]) =>
        `<tr><th scope="row"><span class="swatch c${row.color}" aria-hidden="true"></span>${escapeHtml(label)}</th>` +
        `<td>${total(row)}</td><td>${row.direct}</td><td>${row.indirect}</td><td>${row.mixed}</td></tr>`,
    )
    .join('')
  return ranked.length === 0
    ? '<p>No quotations.</p>'
    : `<table class="quoted"><thead><tr><th scope="col">Speaker</th><th scope="col">All</th>` +
        `<th scope="col">Direct</th><th scope="col">Indirect</th><th scope="col">Mixed</th></tr></thead><tbody>${items}</tbody></table>`
}

function paragraphSpan(paragraph: Paragraph): [number, number] {
  return [paragraph.position.start.offset, paragraph.position.end.offset]
}

/**
 * One article as an `<article>` element: the header, the text from the source
 * with every quotation marked from its positions, posts as cards where they
 * were pasted, and a sidebar of who is quoted.
 */
export function articleHtml(record: ArticleRecord, source: string, anchor: string): string {
  const { header } = record
  const styles = speakerStyles(record.quotes)
  const pieces = record.quotes.flatMap((quote) => piecesOf(quote, source))
  const focusable = new Set<Quote>()
  const fallbackTitle = record.source.path?.split(/[\\/]/).pop() ?? 'Article'

  // The headline from the source, so that a quotation in it is marked too.
  const titleAt = header.title === null ? -1 : source.indexOf(header.title)
  const title =
    header.title !== null && titleAt >= 0
      ? markUp(source, titleAt, titleAt + header.title.length, pieces, styles, focusable)
      : escapeHtml(header.title ?? fallbackTitle)

  const facts = [
    header.dateline ? `<span class="dateline">${escapeHtml(header.dateline.text)}</span>` : '',
    header.date
      ? `<time datetime="${escapeHtml(header.date)}">${escapeHtml(header.date)}</time>`
      : '',
    header.authors.length > 0
      ? `<span class="authors">By ${escapeHtml(header.authors.join(', '))}</span>`
      : '',
  ].filter(Boolean)

  const body: string[] = []
  const shown = new Set<SocialPost>()
  for (const paragraph of record.paragraphs) {
    if (paragraph.kind === 'social') {
      const at = paragraph.position.start.offset
      const post = record.social.find(
        (candidate) => candidate.position.start.offset <= at && at < candidate.position.end.offset,
      )
      if (post && !shown.has(post)) {
        shown.add(post)
        body.push(postCard(post))
      }
      continue
    }
    const [from, to] = paragraphSpan(paragraph)
    const text = markUp(source, from, to, pieces, styles, focusable)
    body.push(
      paragraph.kind === 'boilerplate' ? `<p class="boilerplate">${text}</p>` : `<p>${text}</p>`,
    )
  }
  for (const post of record.social) if (!shown.has(post)) body.push(postCard(post))

  return (
    `<article id="${anchor}" aria-labelledby="${anchor}-title">` +
    `<header class="article-header"><p class="path">${escapeHtml(record.source.path ?? 'standard input')}</p>` +
    `<h1 id="${anchor}-title"${header.title === null ? ' class="untitled"' : ''}>${title}</h1>` +
    (header.subtitle ? `<p class="subtitle">${escapeHtml(header.subtitle)}</p>` : '') +
    (facts.length > 0 ? `<p class="facts">${facts.join(' · ')}</p>` : '') +
    `</header><div class="columns"><div class="text">${body.join('\n')}</div>` +
    `<aside class="sidebar" aria-labelledby="${anchor}-quoted"><h2 id="${anchor}-quoted">Who is quoted</h2>` +
    `<p>${record.quotes.length} quotation${record.quotes.length === 1 ? '' : 's'}</p>${quotedList(record.quotes, styles)}</aside></div></article>`
  )
}
