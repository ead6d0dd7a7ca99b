/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser, with its `window` and `document`.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleRecord } from '../../src/types.js'

// The pages in a real browser: Debian's Chromium, installed by .ci/run.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const seed = 'seeds/000_4f6ffb239c078031.txt'
const batchFolder = join('..', 'shared', 'corpora', 'bbc', 'politics')
const artifacts = join('test', 'artifacts')
const scratch = mkdtempSync(join(tmpdir(), 'newsparse-pages-'))

const newsparse = (...args: string[]) =>
  execFileSync(process.execPath, ['bin/newsparse.js', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'ignore'],
  })

let browser: Browser
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath,
    // Chromium's own calls home are refused by a closed network: turn them off.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  mkdirSync(artifacts, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
  rmSync(scratch, { recursive: true, force: true })
})

/** Open a page from `file://`, keeping every request it makes. */
async function open(path: string, width = 1280): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(pathToFileURL(resolve(path)).href)
  return { page, requests }
}

/** Run axe-core (WCAG 2 A and AA rules) in the page; the rule ids that fail. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
  await page.addScriptTag({ content: readFileSync(axe, 'utf8') })
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (options: object) => Promise<{ violations: { id: string }[] }> }
      }
    ).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] } })
    return result.violations.map((violation) => violation.id)
  })
}

describe('the page of one article (the seed)', () => {
  const page = join(scratch, 'seed.html')
  const record = JSON.parse(newsparse(seed)) as ArticleRecord
  writeFileSync(page, newsparse(seed, '-f', 'html'))

  it('marks every quotation, and names its speaker beside it', async () => {
    const { page: tab } = await open(page)
    for (const quote of record.quotes) {
      const marks = tab.locator(`mark[data-q="${quote.id}"]`)
      expect(await marks.count()).toBeGreaterThanOrEqual(Math.max(1, quote.segments.length))
      expect(await marks.first().getAttribute('data-speaker')).toBe(quote.speaker?.name)
      // The name label follows the quotation's last piece.
      const label = await marks.last().evaluate((mark) => {
        let next = mark.nextElementSibling
        while (next && !next.classList.contains('who')) next = next.nextElementSibling
        return next?.textContent ?? null
      })
      expect(label).toBe(quote.speaker?.name)
      expect(await marks.first().isVisible()).toBe(true)
    }
    await tab.close()
  })

  it('shows a quotation’s cue and speaker mention when it is focused from the keyboard', async () => {
    const { page: tab } = await open(page)
    await tab.keyboard.press('Tab') // the skip link
    await tab.keyboard.press('Tab') // the first quotation
    const focused = await tab.evaluate(() => document.activeElement?.getAttribute('data-q'))
    expect(focused).toBe(record.quotes[0]?.id)
    const tip = tab.locator('#tip')
    await expect.poll(() => tip.isVisible()).toBe(true)
    const text = await tip.textContent()
    expect(text).toContain(`Cue: ${record.quotes[0]?.cue?.text}`)
    expect(text).toContain(`Speaker mention: ${record.quotes[0]?.speaker?.text}`)
    await tab.keyboard.press('Escape')
    expect(await tip.isVisible()).toBe(false)
    await tab.close()
  })

  it('asks for nothing beyond itself', async () => {
    const { page: tab, requests } = await open(page)
    await tab.hover(`mark[data-q="${record.quotes[1]?.id}"]`)
    await tab.waitForTimeout(200)
    expect(requests).toEqual([pathToFileURL(resolve(page)).href])
    await tab.close()
  })

  it('passes axe’s WCAG A and AA checks (landmarks, contrast, names)', async () => {
    const { page: tab } = await open(page)
    expect(await accessibilityViolations(tab)).toEqual([])
    await tab.close()
  })

  it('fits a phone’s width, and prints', async () => {
    const { page: tab } = await open(page, 390)
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth)
    expect(overflow).toBeLessThanOrEqual(390)
    await tab.screenshot({ path: join(artifacts, 'seed-390.png'), fullPage: true })
    await tab.emulateMedia({ media: 'print' })
    expect(await tab.locator('body > header nav').isVisible()).toBe(false)
    const pdf = await tab.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await tab.close()
    const { page: wide } = await open(page, 1280)
    await wide.screenshot({ path: join(artifacts, 'seed-1280.png'), fullPage: true })
    await wide.close()
  })
})

describe('the pages of a 50-article batch', () => {
  const input = join(scratch, 'batch')
  const out = join(scratch, 'report')
  mkdirSync(input)
  const names = readdirSync(batchFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(0, 50)
  for (const name of names) writeFileSync(join(input, name), readFileSync(join(batchFolder, name)))
  newsparse(input, '-q', '-f', 'html', '-o', out)
  const records = newsparse(input, '-q', '-f', 'jsonl')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ArticleRecord)

  it('lists the 50 articles, each linked to its page', async () => {
    const { page: tab, requests } = await open(join(out, 'index.html'))
    expect(await tab.locator('table.articles tbody tr').count()).toBe(50)
    const first = records[0]?.header.title ?? ''
    await tab.getByRole('link', { name: first }).first().click()
    await tab.waitForURL(/001\.html$/)
    expect(await tab.locator('h1').first().textContent()).toBe(first)
    await tab.getByRole('link', { name: 'All articles' }).click()
    await tab.waitForURL(/index\.html$/)
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true)
    await tab.close()
  })

  it('puts the most-quoted person first in its chart, as the records count', async () => {
    // Counted here from the JSON records: quotations by person, grouped by entity key.
    const counts = new Map<string, { quotes: number; names: Map<string, number> }>()
    for (const record of records) {
      for (const quote of record.quotes) {
        const speaker = quote.speaker
        if (speaker?.kind !== 'person' || !speaker.name) continue
        const key =
          record.entities.find((entity) => entity.id === speaker.entity)?.key ??
          speaker.name.toLowerCase()
        const person = counts.get(key) ?? { quotes: 0, names: new Map() }
        person.quotes++
        person.names.set(speaker.name, (person.names.get(speaker.name) ?? 0) + 1)
        counts.set(key, person)
      }
    }
    const top = [...counts.values()].sort((a, b) => b.quotes - a.quotes)[0]
    const topName = [...(top?.names ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0]
    const { page: tab } = await open(join(out, 'index.html'))
    const chart = tab.locator('#chart-people')
    expect(await chart.locator('text.label').first().textContent()).toBe(topName)
    expect(await chart.locator('text.value').first().textContent()).toBe(String(top?.quotes))
    // The chart has a text alternative: its name, its description and a table.
    const svg = chart.locator('svg')
    expect(await svg.getAttribute('role')).toBe('img')
    expect(await chart.locator('desc').textContent()).toContain(`${topName}: ${top?.quotes}`)
    expect(await chart.locator('tbody tr').count()).toBeGreaterThan(0)
    await tab.screenshot({ path: join(artifacts, 'index-1280.png') })
    await tab.setViewportSize({ width: 390, height: 900 })
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await tab.screenshot({ path: join(artifacts, 'index-390.png') })
    expect(await accessibilityViolations(tab)).toEqual([])
    await tab.close()
  })
})
