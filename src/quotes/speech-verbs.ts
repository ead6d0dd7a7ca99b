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
