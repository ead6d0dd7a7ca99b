#!/usr/bin/env node
// `npm run eval`: quality figures against gold annotations, one section per annotator.
import { evaluateSocial } from './eval/social.mjs'

const sections = [evaluateSocial]
for (const section of sections) {
  console.log(section().join('\n'))
  console.log()
}
