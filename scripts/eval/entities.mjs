// Entities: predicted names per type against hand annotations in
// fixtures/*/gold.json (`entities: {person: [...], place: [...], organization: [...]}`).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotatePath, corpora, prf, ratio, textFiles } from '../lib/corpus.mjs'

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

/**
 * Persons in real articles against a list read by hand (eval/gold/persons.tsv: 40 articles;
 * persons-heldout.tsv, -3.tsv and -4.tsv: more, each read before or after a round of rules, as
 * their headers say).
 * A predicted person is right when its `name` is one of the forms of a gold person in the same
 * article (case aside); a gold person is found when some predicted person is right for it, and
 * clustered when exactly one predicted person is, under the fullest form.
 */
export function evaluateArticlePersons({
  verbose = false,
  gold: goldFile = 'persons.tsv',
  label = 'read by hand',
} = {}) {
  const goldPath = join(import.meta.dirname, '..', '..', 'eval', 'gold', goldFile)
  const gold = new Map()
  for (const line of readFileSync(goldPath, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const [path, forms] = line.split('\t')
    if (!gold.has(path)) gold.set(path, [])
    if (forms !== '-') gold.get(path).push(forms.split(' | ').map(fold))
  }
  let predicted = 0
  let right = 0
  let found = 0
  let clustered = 0
  let persons = 0
  const errors = []
  for (const [path, people] of gold) {
    const names = annotatePath(join(corpora, path))
      .record.entities.filter((entity) => entity.type === 'person')
      .map((entity) => entity.name)
    predicted += names.length
    persons += people.length
    for (const name of names) {
      if (people.some((forms) => forms.includes(fold(name)))) right++
      else errors.push(`  ${path}: not a person in the gold: ${name}`)
    }
    for (const forms of people) {
      const matches = names.filter((name) => forms.includes(fold(name)))
      if (matches.length > 0) found++
      else errors.push(`  ${path}: missed ${forms[0]}`)
      if (matches.length === 1 && fold(matches[0]) === forms[0]) clustered++
      else if (matches.length > 0) errors.push(`  ${path}: ${forms[0]} as ${matches.join(', ')}`)
    }
  }
  const precision = right / predicted
  const recall = found / persons
  const f1 = (2 * precision * recall) / (precision + recall)
  return [
    `## Persons in ${gold.size} real articles (eval/gold/${goldFile}, ${label})`,
    `${'persons'.padEnd(34)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (${right} of ${predicted} predicted are gold persons, ${found} of ${persons} gold persons found)`,
    `${'one entity, fullest name'.padEnd(34)} ${ratio(clustered, persons)}  (${clustered} of ${persons} gold persons)`,
    ...(verbose ? errors : []),
  ]
}

/** `Alexander JOE` and `Alexander Joe` are one form. */
function fold(name) {
  return name.normalize('NFC').toLowerCase()
}
