import { organizationWords } from '../data/organizations.js'
import { isSpace } from '../text/lines.js'
/** A word of the source with its offsets. */
export interface Token {
  text: string
  start: number
  end: number
  /** Opens a sentence: first in its paragraph, or after `.`, `!`, `?`, `:` or an opening quote. */
  sentenceStart: boolean
  /** An ordinary word capitalised only because it opens a sentence: `After`, `Warren`. */
  ordinary?: boolean
  /** Opens the employer or place cut from before a title: `Edhi Foundation` of `Edhi Foundation Chairman Faisal Edhi`. */
  employer?: boolean
  /** Opens the name cut from after a title and the acronym of what it heads: `Noorul Amin Mengal` of `Secretary HUD Noorul Amin Mengal`, headed by `Secretary` (by no title in `the UN Asim Iftikhar`). */
  headedBy?: Token[]
  /** A possessive with nothing owned after it, as written: `Jane’s` of `according to Jane’s,`. */
  ownerAlone?: string
}

// Words with inner dots, apostrophes and hyphens (`U.S`, `O'Neill`, `al-Amriki`, `Musk´s`), capitals
// joined by `&` (`AT&T`, `HUD&PHD`), a letter left as an HTML character reference (`F&#244;n`,
// `Jos&#233;`: accented Latin letters, not `Blair&#191;s`), and handles.
const wordPattern =
  /@[A-Za-z0-9_]{1,15}|[\p{L}\p{M}\p{N}]+(?:['’´.-][\p{L}\p{M}\p{N}]+|(?<=\p{Lu})&\p{Lu}[\p{L}\p{N}]*|&#(?:19[2-9]|2\d\d|3[0-8]\d);[\p{L}\p{M}\p{N}]*)*\.?/gu
// A letter's UTF-8 bytes read as Latin-1 stay one word: `PeÃ±a` (Peña), `FranÃ§ois`. Tried only
// where a word ends in `Ã` (or `A` and a combining tilde) before such a byte, so that the common
// path keeps its fast pattern.
const mojibakeWord =
  /(?:[\p{L}\p{M}\p{N}]|(?<=Ã|A\u0303)[\u0080-\u00bf])+(?:['’´.-](?:[\p{L}\p{M}\p{N}]|(?<=Ã|A\u0303)[\u0080-\u00bf])+)*\.?/uy
// The same words, matched once from a string's start: a word the range's end cuts.
const wordAtStart = new RegExp(`^(?:${wordPattern.source})`, 'u')
// `Kundi.The governor`: a sentence run on without a space after its full stop.
const runOnSentence = /^(.*\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/u
// A trailing dot that belongs to the word: `U.S.`, `Sen.`, `J.`; not `…Qureshi.`
const keepsDot =
  /^(?:\p{L}\.)+$|^(?:\p{L}\.){1,}\p{L}\.$|^(?:mr|mrs|ms|dr|st|jr|sr|sen|rep|gov|gen|lt|col|capt|prof|rev|sgt|corp|inc|ltd|co|no|vs|pres|ch)\.$/iu

/** The words of `[start, end)`, possessive `’s` left out of the word it ends. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = []
  // One pattern moved along the text, not a copy of it and of the range per call: a
  // million one-word paragraphs make a million calls.
  wordPattern.lastIndex = start
  for (let match = wordPattern.exec(text); match !== null; match = wordPattern.exec(text)) {
    if (match.index >= end) break
    // A word the range's end cuts: `[start, end)` may end inside one.
    if (match.index + match[0].length > end) {
      const cut = wordAtStart.exec(text.slice(match.index, end))
      if (cut) push(tokens, text, start, cut[0], match.index)
      break
    }
    const from = match.index
    const after = match.index + match[0].length
    // (`Ã` may be written as `A` and a combining tilde.)
    const lastCode = text.charCodeAt(after - 1)
    const endsInTildeA =
      lastCode === 0xc3 || (lastCode === 0x303 && text.charCodeAt(after - 2) === 0x41)
    if (endsInTildeA && (text.charCodeAt(after) & 0xffc0) === 0x80) {
      mojibakeWord.lastIndex = from
      const whole = mojibakeWord.exec(text)
      if (whole && from + whole[0].length <= end) {
        wordPattern.lastIndex = from + whole[0].length
        push(tokens, text, start, whole[0], from)
        continue
      }
    }
    // Only a dot inside the word can join two sentences: `A.` has none.
    const dot = match[0].indexOf('.')
    const runOn =
      dot > 1 && dot < match[0].length - 1 ? runOnSentence.exec(match[0])?.[1] : undefined
    if (runOn === undefined) push(tokens, text, start, match[0], from)
    else {
      push(tokens, text, start, runOn, from)
      push(tokens, text, start, match[0].slice(runOn.length + 1), from + runOn.length + 1)
    }
  }
  return tokens
}

function push(tokens: Token[], text: string, start: number, matched: string, from: number): void {
  // `AFP/FileElon Musk`: a photo credit's `File` glued to the next story's first word.
  if (text.charAt(from - 1) === '/' && /^File\p{Lu}\p{Ll}/u.test(matched)) {
    push(tokens, text, start, matched.slice(4), from + 4)
    return
  }
  let word = matched
  let ownerAlone: string | undefined
  if (word.endsWith('.') && !keepsDot.test(word)) word = word.slice(0, -1)
  if (isPossessive(word) && !possessiveInName(text, word, from)) {
    if (nothingOwned.test(text.slice(from + word.length, from + word.length + 2))) ownerAlone = word
    word = word.slice(0, -2)
  }
  if (word === '') return
  // `U.S. President`: a dot that belongs to the word before does not end a sentence (but `Malcolm
  // X. Besides Dee,` · `the U.S. He said`: a word that only opens a sentence starts one).
  const before = tokens.at(-1)
  const stopBefore = before?.text.endsWith('.') === true && onlyOpens.test(word)
  const afterAbbreviation = before?.text.endsWith('.') === true && !stopBefore
  // (Then a lone letter's dot is the stop: `Malcolm X`.)
  if (stopBefore && before && /^\p{Lu}\.$/u.test(before.text)) {
    before.text = before.text.slice(0, 1)
    before.end--
  }
  const token: Token = {
    text: word,
    start: from,
    end: from + word.length,
    sentenceStart: !afterAbbreviation && opensSentence(text, start, from),
  }
  if (ownerAlone !== undefined) token.ownerAlone = ownerAlone
  tokens.push(token)
}

// Words that open a sentence and are never part of a name.
const onlyOpens =
  /^(?:The|An|He|She|It|They|We|His|Her|Its|Their|Our|This|These|Those|There|But|And|Besides|However|Meanwhile|Yet|Also|Still|When|While|After|Before|In|On|At)$/

// `according to Jane’s,` · `at Macy’s.`: a possessive that ends a clause names a shop or a firm.
const nothingOwned = /^(?:$|[,.;:)])/

// What may stand between a sentence's end and its first word: `. “(The` · `week.” Parent`
const openers = new Set('“"‘\'(«[—–-”’»)')
const sentenceEnders = new Set('.!?:;')

// `People’s`, `Women’s`, `King’s`: owners that a body's name holds.
const namedOwners = new Set(
  'people women children men workers farmers veterans citizens teachers nurses students traders king queen prince'.split(
    ' ',
  ),
)
const ownerAndBody = /^\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+)/u

/**
 * `Pakistan People’s Party`, `Fatima Jinnah Women’s University`, `St Mary’s
 * Hospital`: a possessive inside a body's name stays in its word, so that the
 * run goes on to the body's word.
 */
function possessiveInName(text: string, word: string, from: number): boolean {
  const owner = word.slice(0, -2).toLowerCase()
  if (!namedOwners.has(owner) && !/\bSt\.?\s+$|\bSaint\s+$/.test(text.slice(from - 7, from)))
    return false
  const body = ownerAndBody.exec(text.slice(from + word.length, from + word.length + 60))?.[1]
  return body !== undefined && organizationWords.has(body.toLowerCase())
}

/** `Qureshi’s`, `Khan's`, `Musk´s` */
function isPossessive(word: string): boolean {
  if (!word.endsWith('s')) return false
  const mark = word.charAt(word.length - 2)
  return mark === "'" || mark === '’' || mark === '´'
}

function opensSentence(text: string, paragraphStart: number, offset: number): boolean {
  let index = offset - 1
  while (
    index >= paragraphStart &&
    (isSpace(text.charCodeAt(index)) || openers.has(text.charAt(index)))
  )
    index--
  if (index < paragraphStart) return true
  const ender = text.charAt(index)
  // `two reasons: 1) Unlike Cruz, …`: a numbered item opens as a sentence does.
  if (text.charAt(index + 1) === ')' && /^[\da-z]$/.test(ender))
    return /(?:^|[\s(])(?:\d{1,2}|[a-z])\)$/.test(text.slice(Math.max(0, index - 2), index + 2))
  // (Not the `;` that closes a character reference: `Jos&#233; Manuel`.)
  return (
    sentenceEnders.has(ender) &&
    !(ender === ';' && /&#\d{2,5}$/.test(text.slice(Math.max(0, index - 7), index)))
  )
}

/** Is the word capitalised (`Qureshi`, `US`, `al-Amriki` is not, `iPhone` is not)? */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(word)
}

/** Only a space or tab between two tokens: they can be one name. */
export function adjacent(text: string, left: Token, right: Token): boolean {
  return spaceBetween.test(text.slice(left.end, right.start))
}
// One or two spaces; a soft hyphen, which no reader sees, counts for nothing (`Doug \u00adAndres`).
const spaceBetween = /^(?:\u00ad?[ \t\u00a0]\u00ad?){1,2}$/

/** `TimeWarner`, `LifeBuzz`: a capital inside a word, as no surname has (not `McManus`, `MacDonald`, `DeShawn`, `LeBron`). */
export const runTogether = /^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|Du)\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u

/** `Bush-era`, `Koch-backed`, `State-owned`: a name made a modifier, before what it qualifies. */
export const madeModifier =
  /^\p{Lu}[\p{L}'’]+-(?:era|backed|led|run|owned|controlled|based|style|appointed|nominated|aligned|linked|allied|funded|financed|inspired)$/u
