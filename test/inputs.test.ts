import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exitCodes } from '../src/cli/exit-codes.js'
import { runCli } from './helpers/run-cli.js'

// A project tree: articles, hidden folders and files, node_modules, drafts.
const root = mkdtempSync(join(tmpdir(), 'newsparse-inputs-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const write = (path: string, content = 'The bridge reopened on Monday.\n') => {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), content)
}
for (const path of [
  'news/apple.txt',
  'news/banana.txt',
  'news/cherry.txt',
  'news/.hidden.txt',
  'news/.git/objects.txt',
  'news/.drafts/secret.txt',
  'news/node_modules/pkg/readme.txt',
  'news/drafts/draft.txt',
  'news/world/asia.txt',
  'news/world/asia.draft.txt',
])
  write(path)

const at = (path: string) => join(root, path)
/** The files `--list-files` prints, relative to the tree. */
async function listed(...args: string[]): Promise<string[]> {
  const { code, stdout, stderr } = await runCli([...args, '--list-files', '--no-config'])
  expect(stderr).toBe('')
  expect(code).toBe(exitCodes.ok)
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((path) => path.slice(root.length + 1))
}

describe('globs (tinyglobby)', () => {
  it('expands braces with wildcards', async () => {
    expect(await listed(at('news/{a*,b*}.txt'))).toEqual(['news/apple.txt', 'news/banana.txt'])
  })

  it('negates a class with `[!…]`', async () => {
    expect(await listed(at('news/[!a]*.txt'))).toEqual(['news/banana.txt', 'news/cherry.txt'])
  })

  it('matches no dotfile and enters no hidden folder or node_modules', async () => {
    expect(await listed(at('news/**/*.txt'))).toEqual([
      'news/apple.txt',
      'news/banana.txt',
      'news/cherry.txt',
      'news/drafts/draft.txt',
      'news/world/asia.draft.txt',
      'news/world/asia.txt',
    ])
  })

  it('enters node_modules or a hidden folder that the pattern names', async () => {
    expect(await listed(at('news/node_modules/**/*.txt'))).toEqual([
      'news/node_modules/pkg/readme.txt',
    ])
    expect(await listed(at('news/.drafts/*.txt'))).toEqual(['news/.drafts/secret.txt'])
  })
})

describe('folders', () => {
  it('skip hidden files and folders and node_modules', async () => {
    expect(await listed(at('news'))).toEqual([
      'news/apple.txt',
      'news/banana.txt',
      'news/cherry.txt',
      'news/drafts/draft.txt',
      'news/world/asia.draft.txt',
      'news/world/asia.txt',
    ])
  })

  it('are read when named, hidden or not', async () => {
    expect(await listed(at('news/.drafts'))).toEqual(['news/.drafts/secret.txt'])
  })
})

describe('ignore files and patterns (gitignore syntax)', () => {
  it('skips what `--ignore-pattern` says, relative to the current folder', () => {
    const result = spawnSync(
      process.execPath,
      [
        resolve('bin/newsparse.js'),
        'news',
        '--list-files',
        '--no-config',
        '--ignore-pattern',
        'news/drafts/',
        '--ignore-pattern',
        '*.draft.txt',
      ],
      { cwd: root, encoding: 'utf8' },
    )
    expect(result.status).toBe(exitCodes.ok)
    expect(result.stdout).toBe(
      'news/apple.txt\nnews/banana.txt\nnews/cherry.txt\nnews/world/asia.txt\n',
    )
  })

  it('reads the `--ignore-path` file, its lines relative to its folder', async () => {
    write('news/.customignore', 'drafts/\n*.draft.txt\n!banana.txt\nb*.txt\n')
    expect(await listed(at('news'), '--ignore-path', at('news/.customignore'))).toEqual([
      'news/apple.txt',
      'news/cherry.txt',
      'news/world/asia.txt',
    ])
  })

  it('reads `.newsparseignore` in the current folder', () => {
    write('.newsparseignore', 'news/drafts/\n')
    const result = spawnSync(
      process.execPath,
      [resolve('bin/newsparse.js'), 'news', '--list-files', '--no-config'],
      { cwd: root, encoding: 'utf8' },
    )
    rmSync(at('.newsparseignore'))
    expect(result.status).toBe(exitCodes.ok)
    expect(result.stdout.split('\n')).not.toContain('news/drafts/draft.txt')
    expect(result.stdout.split('\n')).toContain('news/apple.txt')
  })

  it('still reads a file named outright, as ripgrep does', async () => {
    expect(await listed(at('news/drafts/draft.txt'), '--ignore-pattern', '**/drafts/**')).toEqual([
      'news/drafts/draft.txt',
    ])
  })

  it('says so when the `--ignore-path` file cannot be read', async () => {
    const { code, stderr } = await runCli([
      at('news'),
      '--ignore-path',
      at('missing'),
      '--list-files',
    ])
    expect(code).toBe(exitCodes.fatal)
    expect(stderr).toContain('Cannot read the ignore file')
  })
})

describe('config files', () => {
  const project = (name: string, files: Record<string, string>) => {
    for (const [path, content] of Object.entries(files)) write(`${name}/${path}`, content)
    return at(name)
  }

  it('takes `ext` and `ignorePatterns` from the nearest .newsparserc.json above the input', async () => {
    const folder = project('rc', {
      '.newsparserc.json': JSON.stringify({ ext: ['md'], ignorePatterns: ['archive/old/'] }),
      'archive/a.md': '# A\n\nThe bridge reopened.\n',
      'archive/b.txt': 'The bridge reopened.\n',
      'archive/old/c.md': 'Old.\n',
    })
    const { stdout } = await runCli([join(folder, 'archive'), '--list-files'])
    expect(stdout).toBe(`${join(folder, 'archive', 'a.md')}\n`)
    // The command line wins.
    const cli = await runCli([join(folder, 'archive'), '--list-files', '--ext', 'txt'])
    expect(cli.stdout).toBe(`${join(folder, 'archive', 'b.txt')}\n`)
  })

  it('takes `format` and `jobs` from a `newsparse` key in package.json', async () => {
    const folder = project('pkg', {
      'package.json': JSON.stringify({ name: 'x', newsparse: { format: 'csv', jobs: 1 } }),
      'a.txt': '“We will reopen,” Jane Doe said.\n',
    })
    const { stdout } = await runCli([join(folder, 'a.txt'), '--fields', 'name,text'])
    expect(stdout).toBe('name,text\r\nJane Doe,"We will reopen,"\r\n')
    expect((await runCli([join(folder, 'a.txt'), '-f', 'jsonl'])).stdout.startsWith('{')).toBe(true)
    expect((await runCli([join(folder, 'a.txt'), '--no-config'])).stdout.startsWith('{')).toBe(true)
  })

  it('reads the file `--config` names', async () => {
    const folder = project('named', {
      'settings.json': JSON.stringify({ format: 'tsv' }),
      'a.txt': '“We will reopen,” Jane Doe said.\n',
    })
    const { stdout } = await runCli([
      join(folder, 'a.txt'),
      '--config',
      join(folder, 'settings.json'),
      '--fields',
      'name',
    ])
    expect(stdout).toBe('name\nJane Doe\n')
  })

  it('refuses a config with a wrong key or value, naming the file', async () => {
    const folder = project('bad', {
      '.newsparserc.json': JSON.stringify({ formats: 'csv' }),
      'a.txt': 'The bridge reopened.\n',
    })
    const { code, stderr } = await runCli([join(folder, 'a.txt')])
    expect(code).toBe(exitCodes.fatal)
    expect(stderr).toContain(
      `Invalid config \`${join(folder, '.newsparserc.json')}\`: unknown key \`formats\``,
    )
    write('bad/.newsparserc.json', '{"jobs": 0}')
    expect((await runCli([join(folder, 'a.txt')])).stderr).toContain('`jobs` must be a positive')
    write('bad/.newsparserc.json', '{"jobs": ')
    expect((await runCli([join(folder, 'a.txt')])).stderr).toContain('Invalid config')
  })
})
