import { escapeHtml } from './escape.js'

// Speaker colours: a light fill under dark text, and a darker tone for the
// name (each at least 4.5:1 on white). c0 is "no speaker".
const colors = [
  ['#e5e7eb', '#4b5563'],
  ['#fde2b3', '#9a4a06'],
  ['#cfe8ff', '#1d4ed8'],
  ['#d9f2d0', '#166534'],
  ['#f9d0e3', '#be185d'],
  ['#e4dcff', '#6d28d9'],
  ['#cdf1ef', '#0f766e'],
  ['#ffd9cc', '#b93a0b'],
  ['#e6e6c8', '#4d5b12'],
]

const style = `
:root { color-scheme: light; --text: #1a1a1a; --muted: #555; --rule: #d4d4d4; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.6 Georgia, "Times New Roman", serif; color: var(--text); background: #fff; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 2; }
body > header, main, body > footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
body > header { border-bottom: 1px solid var(--rule); font: 14px/1.4 system-ui, sans-serif; padding: .6rem 1rem; }
body > header a, .path, .facts, .sidebar, .chart, table, .post figcaption, body > footer { font-family: system-ui, sans-serif; }
a { color: #1d4ed8; }
a:focus-visible, mark.q:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
article { padding: 1rem 0 2rem; border-bottom: 1px solid var(--rule); }
.path { color: var(--muted); font-size: 13px; margin: 0; overflow-wrap: anywhere; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: .3rem 0 .5rem; }
h1.untitled { color: var(--muted); font-size: 1.3rem; }
.subtitle { font-size: 1.15rem; color: #333; margin: 0 0 .5rem; }
.facts { color: var(--muted); font-size: 14px; margin: 0 0 1rem; }
.dateline { font-weight: 600; color: var(--text); }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) 21rem; gap: 2rem; }
.text p { margin: 0 0 1rem; }
.text p.boilerplate { color: var(--muted); font-size: 14px; }
mark.q { color: inherit; border-radius: 3px; padding: 0 1px; -webkit-box-decoration-break: clone; box-decoration-break: clone; cursor: help; }
mark.q.indirect { background: none !important; border-bottom: 2px dotted currentColor; font-style: italic; }
.who { font: 600 12px/1 system-ui, sans-serif; white-space: nowrap; padding: 1px 4px; border-radius: 3px; background: #fff; border: 1px solid currentColor; vertical-align: 1px; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .4em; vertical-align: -1px; }
.sidebar { font-size: 14px; align-self: start; position: sticky; top: 1rem; }
.sidebar h2 { font-size: 1rem; margin: 0 0 .3rem; }
table { border-collapse: collapse; font-size: 14px; width: 100%; }
th, td { text-align: left; padding: .3rem .4rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
td { text-align: right; font-variant-numeric: tabular-nums; }
.post { margin: 0 0 1rem; padding: .8rem 1rem; border: 1px solid var(--rule); border-left: 4px solid #1d4ed8; border-radius: 6px; background: #f8fafc; }
.post blockquote { margin: 0 0 .4rem; }
.post figcaption { color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
#tip { position: absolute; z-index: 3; max-width: 22rem; padding: .4rem .6rem; border-radius: 4px; background: #1a1a1a; color: #fff; font: 13px/1.4 system-ui, sans-serif; pointer-events: none; }
#tip[hidden] { display: none; }
.charts { display: grid; gap: 1.5rem; margin: 1rem 0 2rem; }
.chart { margin: 0; }
.chart figcaption { font-weight: 600; margin-bottom: .3rem; }
.chart svg { max-width: 640px; display: block; }
.chart text { font: 13px system-ui, sans-serif; fill: var(--text); }
.chart .bar { fill: #1d4ed8; }
.chart .axis { stroke: var(--muted); }
.direct-fill { fill: #1d4ed8; } .indirect-fill { fill: #d97706; } .mixed-fill { fill: #0f766e; }
.chart details { font-size: 14px; margin-top: .3rem; }
.articles th a { font-weight: 600; }
body > footer { color: var(--muted); font-size: 13px; padding: 1rem; }
${colors.map(([fill, tone], index) => `.c${index} { color: ${tone}; } mark.c${index} { background: ${fill}; color: var(--text); } .swatch.c${index} { background: ${fill}; border: 1px solid ${tone}; }`).join('\n')}
mark.q.indirect { color: var(--text); border-bottom-color: ${colors[0]?.[1]}; }
${colors.map(([, tone], index) => `mark.q.indirect.c${index} { border-bottom-color: ${tone}; }`).join('\n')}
@media (max-width: 800px) {
  body { font-size: 16px; }
  .columns { grid-template-columns: minmax(0, 1fr); }
  .sidebar { position: static; }
  h1 { font-size: 1.5rem; }
  /* A chart drawn 640 units wide shrinks with the screen: larger units keep its words readable. */
  .chart text { font-size: 19px; }
}
@media print {
  body { font-size: 11pt; }
  body > header nav, .skip, #tip { display: none; }
  .columns { grid-template-columns: minmax(0, 1fr); }
  .sidebar { position: static; break-inside: avoid; }
  article { break-before: page; }
  article:first-of-type { break-before: auto; }
  mark.q, .swatch, .post { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  details { display: none; }
}
`

// Hovering or focusing a quotation shows its kind, cue and speaker mention.
const script = `
(function () {
  var tip = document.getElementById('tip');
  function show(event) {
    var mark = event.target.closest && event.target.closest('mark.q');
    if (!mark) return;
    var lines = [mark.dataset.kind + ' quotation · ' + mark.dataset.speaker];
    if (mark.dataset.mention) lines.push('Speaker mention: ' + mark.dataset.mention);
    lines.push('Cue: ' + (mark.dataset.cue || 'none'));
    tip.textContent = lines.join('\\n');
    tip.style.whiteSpace = 'pre-line';
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var left = Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(8, left) + 'px';
    tip.style.top = (box.bottom + window.scrollY + 6) + 'px';
  }
  function hide() { tip.hidden = true; }
  document.addEventListener('mouseover', show);
  document.addEventListener('focusin', show);
  document.addEventListener('mouseout', function (event) { if (event.target.closest && event.target.closest('mark.q')) hide(); });
  document.addEventListener('focusout', hide);
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') hide(); });
})();
`

/**
 * The top of a page, up to where its content starts: its own CSS and script
 * inline, nothing fetched (a `Content-Security-Policy` forbids it), so it
 * works from `file://`. `nav` links to other pages.
 */
export function pageStart(title: string, nav = ''): string {
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">` +
    `<title>${escapeHtml(title)}</title><style>${style}</style></head>\n<body>` +
    `<a class="skip" href="#main">Skip to content</a>` +
    `<header><nav aria-label="Pages">${nav || '<span>newsparse</span>'}</nav></header>` +
    `<main id="main">\n`
  )
}

/** The rest of a page after its content: the footer, the tooltip and its script. */
export function pageEnd(): string {
  return (
    `\n</main><footer>Made by newsparse. Quotations are marked from their positions in the source; hover or focus one for its cue and speaker.</footer>` +
    `<div id="tip" role="tooltip" hidden></div><script>${script}</script></body></html>\n`
  )
}

/** A whole page around `body`. */
export function pageHtml(title: string, body: string, nav = ''): string {
  return pageStart(title, nav) + body + pageEnd()
}
