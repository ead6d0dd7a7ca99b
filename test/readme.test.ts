import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from './helpers/run-cli.js'

const readme = readFileSync('README.md', 'utf8')
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>
  bin: Record<string, string>
  engines: { node: string }
}

/** The fenced block right after `<!-- marker: argument -->`. */
function blockAfter(marker: string): { argument: string; body: string } {
  const match = new RegExp(`<!-- ${marker}: (.+?) -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(
    readme,
  )
  if (!match?.[1] || match[2] === undefined) throw new Error(`README has no ${marker} block`)
  return { argument: match[1], body: match[2] }
}

describe('README', () => {
  it('gives the two set-up commands, and what they name exists', () => {
    expect(readme).toContain('npm install && node bin/newsparse.js seeds/000_4f6ffb239c078031.txt')
    expect(readme).toContain('npm install && npm test')
    expect(existsSync('seeds/000_4f6ffb239c078031.txt')).toBe(true)
    expect(packageJson.bin.newsparse).toBe('bin/newsparse.js')
    expect(packageJson.scripts.prepare).toBeDefined()
    expect(packageJson.engines.node).toBe('>=20.19')
  })

  it('shows the example input as it is on disk', () => {
    const { argument, body } = blockAfter('example-input')
    expect(body).toBe(readFileSync(argument, 'utf8'))
  })

  it('shows the real output of the example command', async () => {
    const { argument, body } = blockAfter('example-output')
    const result = await runCli(argument.split(' '))
    expect(result.code).toBe(0)
    expect(body).toBe(result.stdout)
  })

  it('takes its scores and speed figures from the scripts that print them', () => {
    for (const [name, first] of [
      ['eval', 'Header'],
      ['bench', 'newsparse bench: median of'],
    ]) {
      const block = new RegExp(
        `<!-- ${name}:start -->\\nPrinted by \`npm run ${name}\` on \\d{4}-\\d{2}-\\d{2} \\(Node\\.js v[\\d.]+, \\d+ cores\\):\\n\\n\`\`\`text\\n(${first}[\\s\\S]*?)\`\`\`\\n<!-- ${name}:end -->`,
      ).exec(readme)
      expect(block?.[1]?.split('\n').length ?? 0).toBeGreaterThan(5)
    }
  })

  it('documents every exit code the CLI uses', async () => {
    const { exitCodes } = await import('../src/cli/exit-codes.js')
    for (const code of Object.values(exitCodes))
      expect(readme).toMatch(new RegExp(`\\| ${code} +\\|`))
  })
})
