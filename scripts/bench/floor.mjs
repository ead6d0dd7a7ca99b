// The floor: read each file, split it into paragraphs, write JSON Lines.
import { readFileSync } from 'node:fs'

const out = []
for (const path of process.argv.slice(2)) {
  const paragraphs = readFileSync(path, 'utf8')
    .split(/\n\s*\n|\n/)
    .filter((paragraph) => paragraph.trim() !== '')
  out.push(JSON.stringify({ path, paragraphs }))
  if (out.length === 256) process.stdout.write(`${out.splice(0).join('\n')}\n`)
}
process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '')
