#!/usr/bin/env node
// `npm run stress`: inputs that break naive regular expressions and quadratic
// loops. For each generator, the time to annotate size n and 2n; the ratio
// must stay under 3 (linear), and no generator may take over 2 s per MB.
// `--small` runs at sizes fit for CI, where what fails is what no machine's
// speed explains: a ratio of 3 or more, or over 10 s per MB. The 2 s target
// is still marked there, but wall time on a shared machine swings by two or
// three times between minutes, so it is a figure to read, not a gate.
// Exits 1 when a limit is broken.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { annotate } from '../dist/index.js'

// Each timing starts from a collected heap, so that one generator's garbage
// is not billed to the next; the best of five runs counts.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc')

const small = process.argv.includes('--small')
const targetPerMegabyte = 2
// What no machine's speed explains, only a slow path: the gate in CI.
const smallLimitPerMegabyte = 10
const base = small ? 100_000 : 1_000_000 // characters at size n

const repeat = (unit) => (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
const generators = {
  'quote marks': repeat('“"\'‘«'),
  '@ signs': repeat('@'),
  dashes: repeat('—–-'),
  spaces: repeat(' '),
  'one line, no space': repeat('abcdefghij'),
  'nested quotes': repeat('“a ‘b «c '),
  'unclosed quotes': repeat('“Unclosed quote he said, '),
  'fake signatures': repeat('words — Name (@handle) July 9, 2021 '),
  'signature lines': repeat('— A B (@ab) July 9, 2021\n'),
  'short paragraphs': repeat('A.\n\n'),
  'capitalised words': repeat('Capitalised '),
  // One run of capitals with `IN` in it, a word in title case at its end (`RYAN LOCHTE IN …`).
  'capitals with IN': (size) => `${repeat('ABC IN ')(size - 4)}Abc.`,
  'single newlines': repeat('Line said Smith.\n'),
  'speech verbs': repeat('said told according to claimed '),
  // A question's lead-in with phrases of place and no question word (`When asked in a … in a …`).
  'asked phrases': repeat(`When asked in ${'a in '.repeat(20)}the end, he left. `),
  // A dateline's place and regions: a line of names and commas (`Andy Garcia, Lucy Liu, …`).
  'names and commas': repeat('Abcdefgh Abcdefg, '),
  'name lists by line': repeat('Abcdefgh Abcdefg, Abcdefgh Abcdefg, Abcdefgh Abcdefg and more.\n'),
  // Bylines under a headline, a name and its post a line (`Jane Doe Political correspondent`).
  'byline lines': repeat('Jane Doe Political correspondent\n'),
  // A thousand people, each named in full and then by surname: every name is looked up.
  'distinct names': (size) => {
    const parts = []
    let length = 0
    for (let index = 0; length < size; index++) {
      const part = `Ann K${surnameOf(index)} said it was fine. Later, K${surnameOf(index)} said it again.\n\n`
      parts.push(part)
      length += part.length
    }
    return parts.join('').slice(0, size)
  },
}

/** `aaaaaa`, `baaaaa`, …: a different made-up surname for each number. */
function surnameOf(index) {
  let letters = ''
  for (let place = 0, rest = index; place < 6; place++, rest = Math.floor(rest / 26))
    letters += String.fromCharCode(97 + (rest % 26))
  return letters
}

function timeOf(text) {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 5; run++) {
    gc()
    const started = performance.now()
    annotate(text)
    best = Math.min(best, performance.now() - started)
  }
  return best
}

let broken = 0
console.log(
  `newsparse stress: n = ${base.toLocaleString('en')} characters${small ? ' (--small)' : ''}\n`,
)
/** Times at n and 2n, and their ratio. */
function measure(generate) {
  const n = timeOf(generate(base))
  const twice = timeOf(generate(base * 2))
  // Below 10 ms a collection or a compile in the wrong run swings the ratio
  // past 3 (seen: 5 ms then 18 ms); the time per MB still bounds such inputs.
  return { n, twice, ratio: twice / Math.max(n, 10) }
}

// A ratio of 3 or more is measured again, up to twice, and the lowest counts: near
// 10 ms one collection in the 2n run can give 3.2 (seen: 11 ms then 35 ms on an input
// that measures 2.0 at every larger size); a quadratic path is over 3 every time.
const attempts = 3

for (const [name, generate] of Object.entries(generators)) {
  let { n, twice, ratio } = measure(generate)
  for (let attempt = 1; attempt < attempts && ratio >= 3; attempt++) {
    const again = measure(generate)
    if (again.ratio < ratio) ({ n, twice, ratio } = again)
  }
  const perMegabyte = twice / 1000 / ((base * 2) / 1e6)
  const onTarget = ratio < 3 && perMegabyte <= targetPerMegabyte
  const ok = ratio < 3 && perMegabyte <= (small ? smallLimitPerMegabyte : targetPerMegabyte)
  if (!ok) broken++
  const mark = ok ? (onTarget ? '' : '   ← over the 2 s/MB target') : '   ← over the limit'
  console.log(
    `${name.padEnd(20)} n ${n.toFixed(0).padStart(6)} ms   2n ${twice.toFixed(0).padStart(6)} ms   ratio ${ratio.toFixed(2)}   ${perMegabyte.toFixed(2)} s/MB${mark}`,
  )
}
process.exitCode = broken > 0 ? 1 : 0
