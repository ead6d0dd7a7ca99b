#!/usr/bin/env node
// `npm run eval`: quality figures against gold annotations, one section per annotator.
import { evaluateEntities } from './eval/entities.mjs'
import { evaluateSocial } from './eval/social.mjs'

const sections = [evaluateEntities, evaluateSocial]
for (const section of sections) {
  console.log(section().join('\n'))
  console.log()
}
