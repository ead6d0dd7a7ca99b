import { escapeHtml } from './escape.js'

/** A chart: inline SVG with a title and a description, and its numbers as a table beside it. */
function figure(
  id: string,
  caption: string,
  description: string,
  svg: string,
  table: { head: string[]; rows: (string | number)[][] },
): string {
  const head = table.head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${escapeHtml(String(cell))}</th>` : `<td>${escapeHtml(String(cell))}</td>`)).join('')}</tr>`,
    )
    .join('')
  return (
    `<figure class="chart" id="${id}"><figcaption id="${id}-title">${escapeHtml(caption)}</figcaption>` +
    svg
      .replace('<svg', `<svg role="img" aria-labelledby="${id}-title ${id}-desc"`)
      .replace('>', `><desc id="${id}-desc">${escapeHtml(description)}</desc>`) +
    `<details><summary>The numbers</summary><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></details></figure>`
  )
}

/** Horizontal bars, one per label, longest first: the most-quoted people. */
export function barChart(
  id: string,
  caption: string,
  bars: { label: string; value: number }[],
  unit: string,
): string {
  const rowHeight = 26
  const labelWidth = 190
  const width = 640
  const height = Math.max(1, bars.length) * rowHeight + 8
  const max = Math.max(1, ...bars.map((bar) => bar.value))
  const scale = (width - labelWidth - 60) / max
  const empty = `<text class="label" x="0" y="17">No named person is quoted.</text>`
  const rows = bars
    .map((bar, index) => {
      const y = 4 + index * rowHeight
      const length = Math.max(2, bar.value * scale)
      // A long name is cut to fit its room; the whole name is in the table and the description.
      const shown = bar.label.length > 20 ? `${bar.label.slice(0, 19)}…` : bar.label
      return (
        `<text class="label" x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(shown)}</text>` +
        `<rect class="bar" x="${labelWidth}" y="${y + 4}" width="${length.toFixed(1)}" height="${rowHeight - 8}"></rect>` +
        `<text class="value" x="${(labelWidth + length + 6).toFixed(1)}" y="${y + 17}">${bar.value}</text>`
      )
    })
    .join('')
  const description =
    bars.length === 0
      ? 'No named person is quoted.'
      : `${bars.map((bar) => `${bar.label}: ${bar.value}`).join('; ')} ${unit}.`
  return figure(
    id,
    caption,
    description,
    `<svg viewBox="0 0 ${width} ${height}" width="100%">${rows || empty}</svg>`,
    { head: ['Name', unit], rows: bars.map((bar) => [bar.label, bar.value]) },
  )
}

/** Columns over time: quotations per article in each period. */
export function columnChart(
  id: string,
  caption: string,
  periods: { label: string; articles: number; quotes: number }[],
): string {
  const width = 640
  const height = 220
  const left = 40
  const bottom = 30
  const perArticle = periods.map((period) => period.quotes / period.articles)
  const max = Math.max(1, ...perArticle)
  const step = (width - left - 10) / Math.max(1, periods.length)
  const columns = periods
    .map((period, index) => {
      const value = perArticle[index] ?? 0
      const columnHeight = (value / max) * (height - bottom - 20)
      const x = left + index * step + step * 0.1
      return `<rect class="bar" x="${x.toFixed(1)}" y="${(height - bottom - columnHeight).toFixed(1)}" width="${(step * 0.8).toFixed(1)}" height="${columnHeight.toFixed(1)}"><title>${escapeHtml(`${period.label}: ${value.toFixed(1)} per article (${period.articles} articles)`)}</title></rect>`
    })
    .join('')
  const first = periods[0]?.label ?? ''
  const last = periods.at(-1)?.label ?? ''
  const axis =
    `<line class="axis" x1="${left}" y1="${height - bottom}" x2="${width - 10}" y2="${height - bottom}"></line>` +
    `<text class="value" x="${left - 6}" y="24" text-anchor="end">${max.toFixed(1)}</text>` +
    `<text class="value" x="${left - 6}" y="${height - bottom}" text-anchor="end">0</text>` +
    `<text class="label" x="${left}" y="${height - 8}">${escapeHtml(first)}</text>` +
    (periods.length > 1
      ? `<text class="label" x="${width - 10}" y="${height - 8}" text-anchor="end">${escapeHtml(last)}</text>`
      : '')
  const description =
    periods.length === 0
      ? 'No article has a date.'
      : `From ${first} to ${last}: ${periods.map((period, index) => `${period.label} ${(perArticle[index] ?? 0).toFixed(1)}`).join('; ')} quotations per article.`
  return figure(
    id,
    caption,
    description,
    periods.length === 0
      ? `<svg viewBox="0 0 ${width} 30" width="100%"><text class="label" x="0" y="20">No article has a date.</text></svg>`
      : `<svg viewBox="0 0 ${width} ${height}" width="100%">${axis}${columns}</svg>`,
    {
      head: ['Period', 'Articles', 'Quotations', 'Per article'],
      rows: periods.map((period, index) => [
        period.label,
        period.articles,
        period.quotes,
        (perArticle[index] ?? 0).toFixed(1),
      ]),
    },
  )
}

/** One bar split into shares: direct, indirect and mixed quotations. */
export function shareChart(
  id: string,
  caption: string,
  shares: { label: string; value: number; className: string }[],
): string {
  const width = 640
  const total = shares.reduce((sum, share) => sum + share.value, 0)
  let x = 0
  const parts: string[] = []
  const legend: string[] = []
  for (const [index, share] of shares.entries()) {
    const fraction = total === 0 ? 0 : share.value / total
    const percent = `${Math.round(fraction * 100)}%`
    parts.push(
      `<rect class="${share.className}" x="${x.toFixed(1)}" y="0" width="${(fraction * width).toFixed(1)}" height="36"></rect>`,
    )
    x += fraction * width
    legend.push(
      `<rect class="${share.className}" x="${index * 210}" y="50" width="14" height="14"></rect>` +
        `<text class="label" x="${index * 210 + 20}" y="62">${escapeHtml(`${share.label} ${share.value} (${percent})`)}</text>`,
    )
  }
  const description =
    total === 0
      ? 'No quotations.'
      : shares
          .map(
            (share) =>
              `${share.label}: ${share.value} of ${total} (${Math.round((share.value / total) * 100)}%)`,
          )
          .join('; ')
  return figure(
    id,
    caption,
    description,
    `<svg viewBox="0 0 ${width} 72" width="100%">${parts.join('')}${legend.join('')}</svg>`,
    {
      head: ['Kind', 'Quotations', 'Share'],
      rows: shares.map((share) => [
        share.label,
        share.value,
        total === 0 ? '0%' : `${Math.round((share.value / total) * 100)}%`,
      ]),
    },
  )
}
