import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exitCodes } from '../src/cli/exit-codes.js'
import type { ArticleRecord } from '../src/types.js'
import { runCli } from './helpers/run-cli.js'
import { schemaErrors } from './helpers/schema.js'

const seed = 'seeds/000_4f6ffb239c078031.txt'
const wordCount = './test/plugins/word-count.js'
const scratch = mkdtempSync(join(tmpdir(), 'newsparse-use-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const record = async (...argv: string[]) => {
  const result = await runCli(argv)
  expect(result.code).toBe(exitCodes.ok)
  return JSON.parse(result.stdout) as ArticleRecord
}

describe('--use', () => {
  it('runs a plugin after the built-in ones, on an nlcst tree, its data under `extensions`', async () => {
    const plain = await record(seed)
    const extended = await record(seed, '--use', wordCount)
    // The seed has 295 words as parse-english counts them.
    expect(extended.extensions).toEqual({ wordCount: 295 })
    expect(schemaErrors(extended)).toEqual([])
    const { extensions: _, ...rest } = extended
    expect(rest).toEqual(plain)
    expect(plain).not.toHaveProperty('extensions')
  })

  it('shows a plugin’s messages beside newsparse’s own', async () => {
    const empty = join(scratch, 'empty.txt')
    writeFileSync(empty, '')
    const result = await runCli([empty, '--use', wordCount])
    expect(JSON.parse(result.stdout).messages).toContainEqual(
      expect.objectContaining({ ruleId: 'no-words', reason: 'Expected words in the article' }),
    )
    expect(result.stderr).toContain(`${empty}  warning  Expected words in the article  no-words`)
  })

  it('runs a real retext plugin from npm: retext-readability', async () => {
    const hard = join(scratch, 'hard.txt')
    writeFileSync(
      hard,
      'The constitutional reconfiguration notwithstanding, parliamentary intergovernmental ' +
        'deliberations concerning supranational institutional accountability mechanisms ' +
        'continued indefinitely throughout the extraordinarily protracted negotiations.\n',
    )
    const result = await runCli([hard, '--use', 'retext-readability'])
    expect(result.code).toBe(exitCodes.ok)
    const messages = (JSON.parse(result.stdout) as ArticleRecord).messages
    expect(messages.some((message) => /hard to read/i.test(message.reason))).toBe(true)
    expect(result.stderr).toMatch(/hard\.txt:1:1 {2}warning {2}.*hard to read/i)
  })

  it('gives the same records with worker processes and in a stream', async () => {
    const inProcess = await runCli([seed, seed, '-q', '-f', 'jsonl', '--use', wordCount])
    const workers = await runCli([seed, seed, '-q', '-f', 'jsonl', '-j', '2', '--use', wordCount])
    expect(workers.stdout).toBe(inProcess.stdout)
    const streamed = await runCli(
      ['-q', '--input-format', 'jsonl', '--use', wordCount],
      `${JSON.stringify({ id: 1, text: 'Geneva - The talks resumed on Monday.' })}\n`,
    )
    expect(JSON.parse(streamed.stdout).extensions).toEqual({ wordCount: 6 })
  })

  it('loads the plugins a config file names, from its folder', async () => {
    const project = join(scratch, 'project')
    mkdirSync(project)
    writeFileSync(join(project, '.newsparserc.json'), JSON.stringify({ use: [resolve(wordCount)] }))
    writeFileSync(join(project, 'a.txt'), 'Geneva - The talks resumed.\n')
    expect((await record(join(project, 'a.txt'))).extensions).toEqual({ wordCount: 4 })
  })

  it('refuses a plugin it cannot find or load, before reading anything', async () => {
    const missing = await runCli([seed, '--use', 'newsparse-no-such-plugin'])
    expect(missing.code).toBe(exitCodes.fatal)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toContain('Cannot find the plugin `newsparse-no-such-plugin`')
    const notPlugin = join(scratch, 'not-a-plugin.js')
    writeFileSync(notPlugin, 'export const x = 1\n')
    const wrong = await runCli([seed, '--use', notPlugin])
    expect(wrong.code).toBe(exitCodes.fatal)
    expect(wrong.stderr).toContain('exports no unified plugin as its default')
  })
})
