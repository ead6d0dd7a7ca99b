#!/usr/bin/env node
// `npm run eval`: quality figures against gold annotations, one section per annotator.
import { evaluateEntities, topPersonKeys } from './eval/entities.mjs'
import { evaluateHeader } from './eval/header.mjs'
import { evaluateFixtureQuotes, evaluateQuotes } from './eval/quotes.mjs'
import { evaluateSegments } from './eval/segments.mjs'
import { evaluateSocial } from './eval/social.mjs'

const verbose = process.argv.includes('--verbose')
const sections = [
  () => evaluateHeader({ verbose }),
  evaluateSegments,
  () => evaluateQuotes({ verbose }),
  evaluateFixtureQuotes,
  evaluateEntities,
  topPersonKeys,
  evaluateSocial,
]
for (const section of sections) {
  console.log(section().join('\n'))
  console.log()
}
