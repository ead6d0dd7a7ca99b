import { execFileSync, spawn, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// The built CLI as a user runs it (`npm test` builds first): worker threads,
// time limits, a terminal, signals.
const bin = 'bin/newsparse.js'
const scratch = mkdtempSync(join(tmpdir(), 'newsparse-process-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const archive = join(scratch, 'archive')
const fixtures = readdirSync('fixtures').filter((name) =>
  existsSync(join('fixtures', name, 'input.txt')),
)
for (let copy = 0; copy < 2; copy++) {
  for (const name of fixtures) {
    mkdirSync(join(archive, String(copy)), { recursive: true })
    writeFileSync(
      join(archive, String(copy), `${name}.txt`),
      readFileSync(join('fixtures', name, 'input.txt')),
    )
  }
}
const articles = fixtures.length * 2

function newsparse(args: string[]) {
  return spawnSync('node', [bin, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

describe('newsparse as a process', () => {
  it('gives the same output, in input order, on one thread and on two', () => {
    const one = newsparse(['-q', '-j', '1', archive])
    const two = newsparse(['-q', '-j', '2', archive])
    expect(one.status).toBe(0)
    expect(two.status).toBe(0)
    expect(two.stdout.split('\n')).toHaveLength(articles + 1)
    expect(two.stdout).toBe(one.stdout)
  })

  it('ends a file that runs past --timeout with an error and goes on', () => {
    const slow = join(scratch, 'slow.txt')
    writeFileSync(slow, `${'“Quote ’n’ “nested Capital Words. '.repeat(150_000)}\n`)
    const quick = join(scratch, 'quick.txt')
    writeFileSync(quick, 'Geneva - The talks resumed.\n')
    const result = newsparse(['-q', '-j', '2', '--timeout', '0.5', slow, quick])
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(
      `${slow}  error  Cannot annotate within 0.5 s (\`--timeout\`)  timeout\n`,
    )
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line).source.path)).toEqual([quick])
  })

  it('shows progress in a terminal, and a summary', () => {
    const out = join(scratch, 'tty-out')
    const screen = execFileSync(
      'script',
      ['-qec', `node ${bin} -o ${out} ${archive}`, '/dev/null'],
      { encoding: 'utf8' },
    )
    const count = articles.toLocaleString('en')
    expect(screen).toMatch(new RegExp(`${count}/${count} files · [\\d,]+/s`))
    expect(screen).toMatch(new RegExp(`newsparse: ${articles} files, \\d+ quotations`))
  })

  it('shows no progress when the records go to the same terminal, so that they never run together', () => {
    const screen = execFileSync(
      'script',
      ['-qec', `node ${bin} -f jsonl ${archive}`, '/dev/null'],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    )
    expect(screen).not.toMatch(/files · /)
    const lines = screen.trimEnd().split(/\r?\n/)
    expect(lines.filter((line) => line.startsWith('{"schemaVersion"'))).toHaveLength(articles)
    expect(lines.at(-1)).toMatch(new RegExp(`^newsparse: ${articles} files`))
  })

  it('shows no progress when stderr is a pipe', () => {
    const result = newsparse(['-o', join(scratch, 'pipe-out'), archive])
    expect(result.stderr).not.toMatch(/files · /)
    expect(result.stderr).toMatch(new RegExp(`^newsparse: ${articles} files`, 'm'))
  })

  const wroteSome = (folder: string) =>
    existsSync(folder) &&
    readdirSync(folder, { recursive: true }).some((name) => String(name).endsWith('.json'))

  // Ten names for one archive, so that each is written apart under its own name.
  const links = join(scratch, 'links')
  mkdirSync(links)
  const many = Array.from({ length: 10 }, (_, index) => {
    const link = join(links, String(index))
    symlinkSync(archive, link)
    return link
  })

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('leaves no partial file when stopped with %s (exit %i)', async (signal, exit) => {
    const out = join(scratch, `stopped-${signal}`)
    const child = spawn('node', [bin, '-q', '-o', out, ...many], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    // Stopped once it has written something (not after a fixed time: a busy machine may not have yet).
    for (let waited = 0; waited < 30_000 && !wroteSome(out); waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100))
    child.kill(signal)
    const code = await new Promise((resolve) => child.on('exit', resolve))
    expect(code).toBe(exit)
    expect(stderr.split('\n').at(-2)).toBe(
      'newsparse  error  Interrupted; no partial file was left  interrupted',
    )
    const left = readdirSync(out, { recursive: true }).map(String)
    expect(left.length).toBeGreaterThan(0)
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('ends quietly when the reader leaves (`| head -1`), with workers too', () => {
    const result = spawnSync('sh', ['-c', `node ${bin} -q -j 2 ${archive} | head -1`], {
      encoding: 'utf8',
    })
    expect(result.stdout.split('\n')).toHaveLength(2)
    expect(result.stderr).not.toMatch(/EPIPE|Error/)
  })

  it('keeps every record for a reader that pauses, with workers', () => {
    const result = spawnSync(
      'sh',
      ['-c', `node ${bin} -q -j 2 ${archive} | (sleep 2; cat) | wc -l`],
      { encoding: 'utf8', timeout: 60_000 },
    )
    expect(Number(result.stdout.trim())).toBe(articles)
  })
})

describe('the text view of the seed', () => {
  it('matches its snapshot without colour', async () => {
    const result = newsparse(['-f', 'text', '--no-color', 'seeds/000_4f6ffb239c078031.txt'])
    await expect(result.stdout).toMatchFileSnapshot('snapshots/seed.text.txt')
  })

  it('matches its snapshot with colour', async () => {
    const result = newsparse(['-f', 'text', '--color', 'seeds/000_4f6ffb239c078031.txt'])
    expect(result.stdout).toContain('\u001b[32m')
    await expect(result.stdout).toMatchFileSnapshot('snapshots/seed.text.color.txt')
  })
})
