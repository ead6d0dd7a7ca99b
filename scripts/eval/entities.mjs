// Entities: predicted names per type against hand annotations in
// fixtures/*/gold.json (`entities: {person: [...], place: [...], organization: [...]}`).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotatePath, corpora, prf, textFiles } from '../lib/corpus.mjs'

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures')
const types = ['person', 'place', 'organization']

export function evaluateEntities() {
  const counts = Object.fromEntries(types.map((type) => [type, { tp: 0, predicted: 0, gold: 0 }]))
  const errors = []
  let articles = 0
  for (const name of readdirSync(fixtures).sort()) {
    const goldPath = join(fixtures, name, 'gold.json')
    if (!existsSync(goldPath)) continue
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')).entities
    if (!gold) continue
    articles++
    const { record } = annotatePath(join(fixtures, name, 'input.txt'))
    for (const type of types) {
      const predicted = new Set(
        record.entities.filter((entity) => entity.type === type).map((entity) => entity.name),
      )
      const expected = new Set(gold[type] ?? [])
      const count = counts[type]
      count.predicted += predicted.size
      count.gold += expected.size
      for (const entity of predicted) {
        if (expected.has(entity)) count.tp++
        else errors.push(`  ${name}: extra ${type} ${entity}`)
      }
      for (const entity of expected)
        if (!predicted.has(entity)) errors.push(`  ${name}: missed ${type} ${entity}`)
    }
  }
  return [
    `## Entities (${articles} hand-annotated fixtures)`,
    ...types.map((type) => prf(type, counts[type].tp, counts[type].predicted, counts[type].gold)),
    ...errors,
  ]
}

/** The 30 person keys named most often across ../shared/corpora, to read for places, words and duplicates. */
export function topPersonKeys() {
  const counts = new Map()
  for (const path of textFiles(corpora)) {
    for (const entity of annotatePath(path).record.entities) {
      if (entity.type === 'person') counts.set(entity.key, (counts.get(entity.key) ?? 0) + 1)
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 30)
  return [
    '## Person keys: the 30 in most articles across ../shared/corpora',
    ...top.map(([key, count]) => `  ${String(count).padStart(5)}  ${key}`),
  ]
}
