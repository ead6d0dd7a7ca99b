import { beliefLemmas, markedOnlyLemmas, speechVerbForms } from '../data/speech-verbs.js'

/** Speech verb forms, beliefs (`think`, `believe`) left out: they report no words. */
const forms = [...speechVerbForms]
  .filter(([, lemma]) => !beliefLemmas.has(lemma))
  .map(([form]) => form)

const speechForms = new Set(forms)
// Words, with the letters and hyphens around them, so that `re-said` or `saidx` are not verbs.
const word = /[\p{L}-]+/gu

/**
 * Speech verb forms in `[start, end)`, as whole words: `said`, `told`. In
 * lower case only, unless `anyCase` (a headline: `Trump Says …`). A set
 * lookup per word, which is far cheaper than one alternation of every form.
 */
export function findSpeechVerbs(
  text: string,
  start: number,
  end: number,
  anyCase = false,
): Array<{ start: number; end: number; form: string }> {
  const found: Array<{ start: number; end: number; form: string }> = []
  for (const match of text.slice(start, end).matchAll(word)) {
    const form = anyCase ? match[0].toLowerCase() : match[0]
    if (!speechForms.has(form)) continue
    const after = start + match.index + form.length
    if (
      markedOnlyLemmas.has(lemmaOf(form) ?? '') &&
      !/^\s*[,:;.!?—–]/.test(text.slice(after, after + 3))
    )
      continue
    found.push({ start: start + match.index, end: after, form })
  }
  return found
}

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
  const before = text.slice(Math.max(0, start - 16), start)
  // `went on to say` and `continued to warn` report; `declined to say`, `a statement` do not.
  return (
    !nounBefore.test(before.slice(-8)) ||
    /\b(?:(?:went|goes|go)\s+on|continu(?:e|es|ed))\s+to\s+$/.test(before)
  )
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
