// Embedded posts: signatures found in ptc-train against a gold list made by
// reading them (eval/gold/ptc-social.tsv), and false posts on BBC (which has none).
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { annotatePath, corpora, prf, textFiles } from '../lib/corpus.mjs'

const goldPath = join(import.meta.dirname, '..', '..', 'eval', 'gold', 'ptc-social.tsv')

function goldKeys() {
  const rows = readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1)
  return rows.map((line) => {
    const [file, platform, author, date] = line.split('\t')
    return `${file}\t${platform}\t${author}\t${new Date(`${date} UTC`).toISOString().slice(0, 10)}`
  })
}

export function evaluateSocial() {
  const gold = goldKeys()
  const remaining = new Map()
  for (const key of gold) remaining.set(key, (remaining.get(key) ?? 0) + 1)
  let predicted = 0
  let matched = 0
  const falsePosts = []
  for (const path of textFiles(join(corpora, 'ptc-train'))) {
    for (const post of annotatePath(path).record.social) {
      predicted++
      const author = post.platform === 'facebook' ? post.author.name : post.author.handle
      const key = `${basename(path)}\t${post.platform}\t${author}\t${post.date}`
      const left = remaining.get(key) ?? 0
      if (left > 0) {
        remaining.set(key, left - 1)
        matched++
      } else falsePosts.push(key)
    }
  }
  let bbcPosts = 0
  for (const path of textFiles(join(corpora, 'bbc')))
    bbcPosts += annotatePath(path).record.social.length
  const missed = [...remaining].filter(([, left]) => left > 0).map(([key]) => key)
  return [
    '## Embedded posts',
    `ptc-train signatures found: ${matched} of ${gold.length} in the gold list (author and date agree)`,
    prf('ptc-train posts', matched, predicted, gold.length),
    `bbc false posts: ${bbcPosts}`,
    ...falsePosts.map((key) => `  false: ${key}`),
    ...missed.map((key) => `  missed: ${key}`),
  ]
}
