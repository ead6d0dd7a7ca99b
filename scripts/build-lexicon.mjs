#!/usr/bin/env node
// Extracts the name, place and organisation word lists from compromise's
// lexicon into src/data/generated/compromise-lexicon.json, so that newsparse
// uses compromise's knowledge without paying half a second to load it on
// every run. Runs as part of `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import nlp from 'compromise'

const lexicon = nlp.world().model.one.lexicon
const groups = {
  male: 'MaleName',
  female: 'FemaleName',
  given: 'FirstName',
  surname: 'LastName',
  city: 'City',
  country: 'Country',
  place: 'Place',
  organization: 'Organization',
}
const lists = Object.fromEntries(Object.keys(groups).map((key) => [key, []]))
for (const [word, tags] of Object.entries(lexicon)) {
  const all = Array.isArray(tags) ? tags : [tags]
  for (const [key, tag] of Object.entries(groups)) if (all.includes(tag)) lists[key].push(word)
}
// Ordinary words (`highlighting`, `after`): a capitalised one that opens a
// sentence is not a name.
const proper = /Name|Place|City|Country|Region|Organization|ProperNoun|Honorific|Acronym/
lists.common = Object.entries(lexicon)
  .filter(([word, tags]) => /^[a-z]+$/.test(word) && !proper.test(String(tags)))
  .map(([word]) => word)
// Stored as the lexicon looks words up (see src/data/lexicon.ts): lower case, no accents.
const key = (word) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
for (const [name, list] of Object.entries(lists)) lists[name] = [...new Set(list.map(key))].sort()
const folder = join(import.meta.dirname, '..', 'src', 'data', 'generated')
mkdirSync(folder, { recursive: true })
writeFileSync(join(folder, 'compromise-lexicon.json'), `${JSON.stringify(lists)}\n`)
