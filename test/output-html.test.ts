import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exitCodes } from '../src/cli/exit-codes.js'
import type { ArticleRecord } from '../src/types.js'
import { runCli } from './helpers/run-cli.js'

const seed = 'seeds/000_4f6ffb239c078031.txt'
const scratch = mkdtempSync(join(tmpdir(), 'newsparse-html-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const file = (name: string, content: string) => {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}
const split = file(
  'split.txt',
  '“We are happy with the deal,” Jones said. “It took a long time.”\n',
)
const hostile = file(
  'hostile.txt',
  'Talks <b>resume</b>\n\n“<script>alert(1)</script> & more,” Jane Doe said.\n',
)

/** The `data-q` of every marked piece, in page order. */
const marked = (html: string) => [...html.matchAll(/<mark [^>]*data-q="(q\d+)"/g)].map((m) => m[1])

describe('-f html', () => {
  it('gives one article a whole page with every quotation marked and its speaker named', async () => {
    const record = JSON.parse((await runCli([seed])).stdout) as ArticleRecord
    const { code, stdout } = await runCli([seed, '-f', 'html'])
    expect(code).toBe(exitCodes.ok)
    expect(stdout.startsWith('<!doctype html>')).toBe(true)
    expect(stdout.trimEnd().endsWith('</html>')).toBe(true)
    expect(new Set(marked(stdout))).toEqual(new Set(record.quotes.map((quote) => quote.id)))
    for (const quote of record.quotes) {
      expect(stdout).toContain(`data-q="${quote.id}"`)
      expect(stdout).toContain(`data-speaker="${quote.speaker?.name}"`)
    }
    expect(stdout).toContain('<figure class="post" id="s1">')
    expect(stdout).toContain('<time datetime="2021-07-11">')
  })

  it('marks both pieces of a split quotation, and names the speaker once, after the last', async () => {
    const { stdout } = await runCli([split, '-f', 'html'])
    expect(marked(stdout)).toEqual(['q1', 'q1'])
    expect(stdout.match(/class="who c1">Jones</g)).toHaveLength(1)
    expect(stdout).toMatch(/It took a long time\.<\/mark>” <span class="who c1">Jones/)
    // Only the first piece is a tab stop: one quotation, one stop.
    expect(stdout.match(/tabindex="0"/g)).toHaveLength(1)
  })

  it('escapes the article: markup in the text is shown, never run', async () => {
    const { stdout } = await runCli([hostile, '-f', 'html'])
    expect(stdout).not.toContain('<script>alert')
    expect(stdout).not.toContain('<b>resume')
    expect(stdout).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; more,')
    expect(stdout).toContain('Talks &#60;b&#62;resume&#60;/b&#62;')
  })

  it('fetches nothing: no external address, and a policy that forbids loading', async () => {
    const { stdout } = await runCli([seed, '-f', 'html'])
    expect(stdout).toContain("default-src 'none'")
    expect(stdout).not.toMatch(/<(link|img|iframe)\b|\bsrc=|@import|url\(/)
  })

  it('puts a batch on one page, each article linked from the index at its end', async () => {
    const { code, stdout } = await runCli([seed, split, hostile, '-q', '-f', 'html'])
    expect(code).toBe(exitCodes.ok)
    expect(stdout.match(/<!doctype html>/g)).toHaveLength(1)
    expect(stdout.match(/<article id="article-\d"/g)).toEqual([
      '<article id="article-1"',
      '<article id="article-2"',
      '<article id="article-3"',
    ])
    const index = stdout.slice(stdout.indexOf('<section id="index"'))
    expect(index.match(/<a href="#article-\d">/g)).toHaveLength(3)
    expect(index).toContain('3 articles, 9 quotations.')
  })

  it('writes a page per article and an index that links them under `-o`', async () => {
    const folder = join(scratch, 'in')
    mkdirSync(join(folder, 'world'), { recursive: true })
    writeFileSync(join(folder, 'a.txt'), readFileSync(split))
    writeFileSync(join(folder, 'world', 'b.txt'), readFileSync(seed))
    const out = join(scratch, 'report')
    const { code } = await runCli([folder, '-q', '-f', 'html', '-o', out])
    expect(code).toBe(exitCodes.ok)
    const index = readFileSync(join(out, 'index.html'), 'utf8')
    expect(index).toContain('<a href="a.html">')
    expect(index).toContain('<a href="world/b.html">')
    expect(readFileSync(join(out, 'world', 'b.html'), 'utf8')).toContain(
      '<a href="../index.html">All articles</a>',
    )
    // The most-quoted people: Antony Blinken and Shah Mahmood Qureshi have 2 each, Jones 1.
    const people = index.slice(index.indexOf('id="chart-people"'), index.indexOf('id="chart-time"'))
    expect([...people.matchAll(/<text class="label"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual([
      'Antony Blinken',
      'Shah Mahmood Qureshi',
      'Joe Biden',
      'Jones',
    ])
    // Quotations per article by day: only the seed has a date.
    const time = index.slice(index.indexOf('id="chart-time"'), index.indexOf('id="chart-kinds"'))
    expect(time).toContain(
      '<tr><th scope="row">2021-07-11</th><td>1</td><td>7</td><td>7.0</td></tr>',
    )
    const kinds = index.slice(index.indexOf('id="chart-kinds"'))
    expect(kinds).toContain('Direct: 4 of 8 (50%); Indirect: 4 of 8 (50%); Mixed: 0 of 8 (0%)')
  })

  it('refuses an input whose page would be the index', async () => {
    const folder = join(scratch, 'clash')
    mkdirSync(folder)
    writeFileSync(join(folder, 'index.txt'), 'The bridge reopened.\n')
    const out = join(scratch, 'clash-out')
    const { code, stderr } = await runCli([folder, '-f', 'html', '-o', out])
    expect(code).toBe(exitCodes.fatal)
    expect(stderr).toContain("is the batch's index")
    expect(existsSync(out)).toBe(false)
  })
})
