import { barChart, columnChart, shareChart } from './charts.js'
import { escapeHtml } from './escape.js'
import type { ArticleSummary } from './summary.js'

/** How many people the most-quoted chart shows. */
const topPeople = 10

/** People across the batch, by entity key, most quoted first; each under the name most used. */
function mostQuoted(summaries: ArticleSummary[]): { label: string; value: number }[] {
  const people = new Map<string, { quotes: number; names: Map<string, number> }>()
  for (const summary of summaries) {
    for (const speaker of summary.speakers) {
      if (speaker.kind !== 'person') continue
      const person = people.get(speaker.key) ?? { quotes: 0, names: new Map() }
      person.quotes += speaker.quotes
      person.names.set(speaker.name, (person.names.get(speaker.name) ?? 0) + speaker.quotes)
      people.set(speaker.key, person)
    }
  }
  const nameOf = (names: Map<string, number>) =>
    [...names].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]),
    )[0]?.[0] ?? ''
  return [...people.values()]
    .map((person) => ({ label: nameOf(person.names), value: person.quotes }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
    .slice(0, topPeople)
}

/**
 * Dated articles grouped by day; by month when there are more than 60 days,
 * by year when there are more than 60 months.
 */
function periodsOf(
  summaries: ArticleSummary[],
): { label: string; articles: number; quotes: number }[] {
  const dated = summaries.filter((summary) => summary.date !== null)
  const distinct = (length: number) =>
    new Set(dated.map((summary) => summary.date?.slice(0, length))).size
  const length = distinct(10) <= 60 ? 10 : distinct(7) <= 60 ? 7 : 4
  const periods = new Map<string, { label: string; articles: number; quotes: number }>()
  for (const summary of dated) {
    const label = summary.date?.slice(0, length) ?? ''
    const period = periods.get(label) ?? { label, articles: 0, quotes: 0 }
    period.articles++
    period.quotes += summary.quotes
    periods.set(label, period)
  }
  return [...periods.values()].sort((a, b) => a.label.localeCompare(b.label))
}

/**
 * The batch at a glance: charts of who is quoted, how much and how, and a
 * table of the articles, each linked to its page (`href`).
 */
export function indexHtml(articles: { summary: ArticleSummary; href: string }[]): string {
  const summaries = articles.map((article) => article.summary)
  const total = { direct: 0, indirect: 0, mixed: 0 }
  for (const summary of summaries) {
    total.direct += summary.kinds.direct
    total.indirect += summary.kinds.indirect
    total.mixed += summary.kinds.mixed
  }
  const quotes = total.direct + total.indirect + total.mixed
  const rows = articles
    .map(({ summary, href }) => {
      const title = summary.title ?? summary.path?.split(/[\\/]/).pop() ?? 'standard input'
      return (
        `<tr><th scope="row"><a href="${escapeHtml(href)}">${escapeHtml(title)}</a></th>` +
        `<td>${summary.date ? `<time datetime="${escapeHtml(summary.date)}">${escapeHtml(summary.date)}</time>` : ''}</td>` +
        `<td>${summary.quotes}</td><td>${summary.speakers.length}</td></tr>`
      )
    })
    .join('\n')
  return (
    `<section id="index" aria-labelledby="index-title"><h1 id="index-title">Who is quoted</h1>` +
    `<p>${articles.length} article${articles.length === 1 ? '' : 's'}, ${quotes} quotation${quotes === 1 ? '' : 's'}.</p>` +
    `<div class="charts">` +
    barChart('chart-people', 'Most-quoted people', mostQuoted(summaries), 'quotations') +
    columnChart('chart-time', 'Quotations per article over time', periodsOf(summaries)) +
    shareChart('chart-kinds', 'Direct, indirect and mixed quotations', [
      { label: 'Direct', value: total.direct, className: 'direct-fill' },
      { label: 'Indirect', value: total.indirect, className: 'indirect-fill' },
      { label: 'Mixed', value: total.mixed, className: 'mixed-fill' },
    ]) +
    `</div><h2 id="articles-title">Articles</h2>` +
    `<table class="articles" aria-labelledby="articles-title"><thead><tr><th scope="col">Headline</th>` +
    `<th scope="col">Date</th><th scope="col">Quotations</th><th scope="col">Speakers</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></section>`
  )
}
