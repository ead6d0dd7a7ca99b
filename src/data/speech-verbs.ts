/** Regular verbs that cue only beside a mark: `“…,” reacted Trump.` · `he surmised: “…”` · `“…!” the crowd chanted.` */
const markedOnlyRegular: readonly string[] = [
  'react',
  'surmise',
  'exhort',
  'retaliate',
  'chant',
  'opine',
  'reason',
  'rejoin',
  'boom',
  'crack',
  'confide',
  'confess',
  'laugh',
  'sigh',
  'bark',
  'growl',
  'grumble',
  'beg',
]

/**
 * Of those, the ones that also report a clause with `that`: `he surmised
 * that …`, `Ward hit back that …`; not `he remembered that …` or `the
 * reasons that …`.
 */
export const reportsWithThat: ReadonlySet<string> = new Set([
  'surmise',
  'opine',
  'retaliate',
  'rejoin',
  'confide',
  'confess',
  'marvel',
  'grumble',
  'shoot back',
  'fire back',
  'hit back',
  'snap back',
  'chime in',
  'make clear',
])

/**
 * Regular verbs whose object is a person or a thing, with the quoted words after it: `thanked him
 * for “…”`, `credited the win to “…”`, `characterized it as a “…”`. They report a clause only with
 * `that` (see `objectVerbs`).
 */
export const thingObjectRegular: readonly string[] = [
  'thank',
  'credit',
  'characterize',
  'characterise',
  'command',
  'decry',
  'deride',
]

/**
 * Verbs that report speech or writing. Regular verbs are listed by lemma and
 * inflected by rule (`conclude` → `concludes`, `concluded`, `concluding`);
 * irregular ones with their forms. A cue is one of these forms.
 */
const regular: readonly string[] = [
  'acknowledge',
  'add',
  'admit',
  'advise',
  'affirm',
  'agree',
  'allege',
  'announce',
  'answer',
  'argue',
  'ask',
  'assert',
  'boast',
  'brag',
  'caution',
  'chide',
  'cite',
  'claim',
  'comment',
  'complain',
  'concede',
  'conclude',
  'confirm',
  'contend',
  'continue',
  'counter',
  'cry',
  'declare',
  'deny',
  'describe',
  'disclose',
  'emphasise',
  'emphasize',
  'estimate',
  'exclaim',
  'explain',
  'elaborate',
  'fume',
  'gush',
  'imply',
  'insist',
  'interject',
  'joke',
  'lament',
  'maintain',
  'mention',
  'mock',
  'muse',
  'note',
  'object',
  'observe',
  'plead',
  'pledge',
  'posit',
  'point',
  'predict',
  'proclaim',
  'promise',
  'protest',
  'question',
  'quip',
  'rebut',
  'recall',
  'recount',
  'reaffirm',
  'reiterate',
  'remark',
  'remind',
  'reply',
  'report',
  'respond',
  'retort',
  'reveal',
  'scoff',
  'scream',
  'shout',
  'snap',
  'sneer',
  'state',
  'stress',
  'suggest',
  'testify',
  'thunder',
  'tout',
  'tweet',
  'underline',
  'urge',
  'vow',
  'warn',
  'whisper',
  'wonder',
  'yell',
  'inform',
  'assure',
  'blame',
  'accuse',
  'criticise',
  'criticize',
  'condemn',
  'praise',
  'laud',
  'commend',
  'riff',
  'tease',
  'demand',
  'threaten',
  'highlight',
  'welcome',
  'complain',
  'post',
  'text',
  'email',
  'quote',
  'remark',
  'brief',
  'order',
  'direct',
  'recommend',
  'propose',
  'charge',
  'rule',
  'pronounce',
  'bemoan',
  'mutter',
  ...thingObjectRegular,
  ...markedOnlyRegular,
  'believe',
  'think',
  'hope',
  'fear',
]

const irregular: Record<string, readonly string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  find: ['found', 'finds'],
  show: ['showed', 'shows'],
  // `“…,” the letter read.`: a cue only beside a mark (see `markedOnlyLemmas`).
  read: ['read', 'reads'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  call: ['called', 'calls', 'calling'],
  // `labeled the move “…”`, `dubbed it “…”`: naming something in words, as `call` does.
  label: ['labeled', 'labelled', 'labels', 'labeling', 'labelling'],
  dub: ['dubbed', 'dubs', 'dubbing'],
  think: ['think', 'thinks', 'thought'],
  // Marked only: `a technological marvel!` is the noun, `Worth remembering, however,` no cue.
  marvel: ['marveled', 'marvelled', 'marveling', 'marvelling'],
  remember: ['remembered', 'remembers'],
  // Marked only, and only the past: `“…?” Hannity pressed.`; not `the press,` or `pressed ahead`.
  press: ['pressed'],
  // Verbs with a particle, cues only beside a mark (see `markedOnlyLemmas`):
  // `“…,” Bennett shot back.` · `Hillary fired back, “…”` · `“…,” he went on.`
  'shoot back': ['shot back', 'shoots back'],
  'fire back': ['fired back', 'fires back'],
  'hit back': ['hit back', 'hits back'],
  'snap back': ['snapped back', 'snaps back'],
  'chime in': ['chimed in', 'chimes in'],
  'pipe up': ['piped up', 'pipes up'],
  'cut in': ['cut in', 'cuts in'],
  'go on': ['went on', 'goes on'],
  // `made clear that …`, `has made it clear: “…”`: a cue before `that` or a mark.
  'make clear': [
    'made clear',
    'makes clear',
    'making clear',
    'made it clear',
    'makes it clear',
    'making it clear',
  ],
}

/** The first words of the forms above that have a particle: `shot` of `shot back`. */
export const particleVerbHeads: ReadonlySet<string> = new Set(
  Object.values(irregular).flatMap((forms) =>
    forms.filter((form) => form.includes(' ')).map((form) => form.split(' ')[0] ?? ''),
  ),
)

// Nouns as often as verbs: only their unambiguous forms count.
const nounLike = new Set([
  'boom',
  'crack',
  'laugh',
  'sigh',
  'bark',
  'point',
  'post',
  'text',
  'email',
  'quote',
  'order',
  'direct',
  'charge',
  'rule',
  'object',
  'counter',
  'state',
  'snap',
  'brief',
  'cry',
  'thunder',
  'answer',
  'question',
])

function inflect(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
  const past = lemma.endsWith('e')
    ? `${lemma}d`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ied`
      : /^(?:snap|plan|quip|brag|rebut|admit|beg)$/.test(lemma)
        ? `${lemma}${lemma.at(-1)}ed`
        : `${lemma}ed`
  const third = /(?:s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`
  const gerund = /^(?:snap|quip|brag|rebut|admit|beg)$/.test(lemma)
    ? `${lemma}${lemma.at(-1)}ing`
    : `${stem}ing`
  // `a point`, `the post`: only the past and the gerund of noun-like verbs.
  return nounLike.has(lemma) ? [past, gerund] : [lemma, third, past, gerund]
}

/**
 * The present of a noun-like verb that cues speech only right after a closed
 * quotation and its subject: `“…,” Smith answers.`, `“…,” Bolton points out.`,
 * `“…,” a voice-over in the ad states.`; not `the answers`, `two points`.
 */
export const afterQuoteOnlyForms: ReadonlyMap<string, string> = new Map(
  [
    'laugh',
    'sigh',
    'point',
    'answer',
    'counter',
    'snap',
    'bark',
    'thunder',
    'question',
    'state',
  ].map((lemma) => [`${lemma}s`, lemma] as const),
)

/**
 * The past of starting, a cue only where a present of `afterQuoteOnlyForms` is one, and no speech
 * verb otherwise: `“…,” Hannity started.`, `“…,” she began.`; not `when the hearing began, …`.
 */
export const startedAfterQuoteForms: ReadonlySet<string> = new Set(['started', 'began'])

/** Every form, lower case, to its lemma. */
export const speechVerbForms: ReadonlyMap<string, string> = new Map([
  ...regular.flatMap((lemma) => inflect(lemma).map((form) => [form, lemma] as const)),
  ...afterQuoteOnlyForms,
  ...Object.entries(irregular).flatMap(([lemma, forms]) =>
    forms.map((form) => [form, lemma] as const),
  ),
])

/** Verbs that give a thing a name, with the name after it: `called it “a farce”`, `dubbed him “…”`. */
export const namingLemmas: ReadonlySet<string> = new Set(['call', 'label', 'dub', 'term', 'brand'])

/** Lemmas that report belief rather than speech (PolNeAR annotates both). */
export const beliefLemmas: ReadonlySet<string> = new Set([
  'believe',
  'think',
  'hope',
  'fear',
  'estimate',
  'find',
  'show',
])

/**
 * Of those, the ones an opening mark may follow at once: `the crowd chanted
 * “Lock her up!”`, `he sighed “…”`; not `would continue “to break barriers”`.
 */
export const openingMarkCues: ReadonlySet<string> = new Set(markedOnlyRegular)

/**
 * Lemmas that cue speech only when a mark follows: `he continued: “…”`,
 * `“…,” she continued.`, `“…,” it read.`; not `her campaign would continue
 * “to break barriers”` or `he read the report`.
 */
export const markedOnlyLemmas: ReadonlySet<string> = new Set([
  'continue',
  'read',
  'marvel',
  'remember',
  'press',
  ...Object.keys(irregular).filter((lemma) => lemma.includes(' ')),
  ...markedOnlyRegular,
])
