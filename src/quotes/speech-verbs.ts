import { beliefLemmas, speechVerbForms } from '../data/speech-verbs.js'

/** Speech verb forms, beliefs (`think`, `believe`) left out: they report no words. */
const forms = [...speechVerbForms]
  .filter(([, lemma]) => !beliefLemmas.has(lemma))
  .map(([form]) => form)

/** Every speech verb form as a whole word, case-insensitive. */
export const speechVerb = new RegExp(
  `(?<![\\p{L}-])(?:${forms.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}-])`,
  'gu',
)

export function lemmaOf(form: string): string | undefined {
  return speechVerbForms.get(form.toLowerCase())
}

/** Verbs whose object is the listener, before the content: `told reporters (that) …`. */
export const listenerVerbs: ReadonlySet<string> = new Set([
  'tell',
  'inform',
  'assure',
  'brief',
  'warn',
  'urge',
  'ask',
  'promise',
  'remind',
])

// `no mention of`, `the statement`, `a warning`, `in a post`: the word is a noun there.
const nounBefore =
  /(?:^|\s)(?:a|an|the|no|any|his|her|their|its|our|my|your|this|that|of|in|for|with|to)\s+$/i

/** Is the verb form at `start` used as a verb (not `no mention`, not `to say`)? */
export function isVerbAt(text: string, start: number): boolean {
  return !nounBefore.test(text.slice(Math.max(0, start - 8), start))
}

/** Verbs that take a thing as object: they report words only with `that` (`wrote that …`). */
export const objectVerbs: ReadonlySet<string> = new Set([
  'write',
  'read',
  'post',
  'text',
  'email',
  'quote',
  'order',
  'direct',
  'rule',
  'charge',
])
