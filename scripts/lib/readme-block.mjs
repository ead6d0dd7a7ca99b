// Puts a script's figures into the README, between `<!-- NAME:start -->` and
// `<!-- NAME:end -->`, with the command, the day and the machine that printed
// them: the README's figures come from a run, never from a hand.
import { readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'

const readmePath = join(import.meta.dirname, '..', '..', 'README.md')

export function writeReadmeBlock(name, command, lines) {
  const readme = readFileSync(readmePath, 'utf8')
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from === -1 || to < from) throw new Error(`README.md has no ${start} … ${end} block`)
  const day = new Date().toISOString().slice(0, 10)
  const block = [
    start,
    `Printed by \`${command}\` on ${day} (Node.js ${process.version}, ${availableParallelism()} cores):`,
    '',
    '```text',
    ...lines.map((line) => line.trimEnd()),
    '```',
    end,
  ].join('\n')
  writeFileSync(readmePath, readme.slice(0, from) + block + readme.slice(to + end.length))
}
