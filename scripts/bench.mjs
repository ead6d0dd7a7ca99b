#!/usr/bin/env node
// `npm run bench`: speed and memory of the real CLI over ../shared/corpora,
// against a compromise-only baseline and a read-split-write floor measured in
// the same run. Each figure is the median of BENCH_RUNS runs (default 3);
// peak memory is the resident set of the CLI and its workers, summed (see `measure`).
import { spawn } from 'node:child_process'
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { corpora, textFiles } from './lib/corpus.mjs'
import { writeReadmeBlock } from './lib/readme-block.mjs'

// `npm run bench -- --readme` also puts what it prints into the README.
const printed = []
const print = (text) => {
  console.log(text)
  printed.push(...text.split('\n'))
}

const runs = Number(process.env.BENCH_RUNS ?? 3)
const bin = join(import.meta.dirname, '..', 'bin', 'newsparse.js')
const bbc = join(corpora, 'bbc')
const bbcFiles = textFiles(bbc)
const allFiles = textFiles(corpora)
const megabytes = (files) => files.reduce((sum, path) => sum + statSync(path).size, 0) / 1e6

/**
 * The resident memory of a process and all its descendants, in kilobytes,
 * walking /proc/<pid>/task/<pid>/children so that sampling costs little.
 */
function treeRss(root) {
  let total = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0)
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim()
      if (children !== '') stack.push(...children.split(/\s+/).map(Number))
    } catch {
      // The process ended while we looked.
    }
  }
  return total
}

/**
 * Wall seconds and peak resident megabytes of one command, its stdout thrown
 * away. Peak memory is the sum over the process and its worker processes,
 * sampled from /proc every 50 ms (a single process's maximum, as
 * /usr/bin/time gives it, would miss the workers).
 */
async function measure(args) {
  const started = performance.now()
  const child = spawn(args[0], args.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  let peak = 0
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(child.pid))
  }, 50)
  const code = await new Promise((resolve) => child.on('exit', resolve))
  clearInterval(timer)
  const seconds = (performance.now() - started) / 1000
  if (code !== 0 && code !== 1) throw new Error(`${args.join(' ')} failed:\n${stderr}`)
  return { seconds, megabytes: peak / 1024 }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function repeat(args, times = runs) {
  const samples = []
  for (let index = 0; index < times; index++) samples.push(await measure(args))
  return {
    seconds: median(samples.map((s) => s.seconds)),
    megabytes: median(samples.map((s) => s.megabytes)),
  }
}

const line = (label, files, { seconds, megabytes: peak }) =>
  `${label.padEnd(44)} ${String(Math.round(files.length / seconds)).padStart(6)} articles/s  ${(megabytes(files) / seconds).toFixed(2).padStart(6)} MB/s  ${peak.toFixed(0).padStart(5)} MB peak  (${seconds.toFixed(2)} s)`

print(`newsparse bench: median of ${runs} runs, alternated, on ${availableParallelism()} cores\n`)
const jobs = process.env.BENCH_JOBS ? ['-j', process.env.BENCH_JOBS] : []

// The BBC corpus four ways, one run of each per round, so that a machine
// that speeds up or slows down during the bench weighs on all alike.
const contenders = {
  one: ['node', bin, '-q', '-f', 'jsonl', ...jobs, bbc],
  two: ['node', bin, '-q', '-f', 'jsonl', '-j', '2', bbc],
  baseline: ['node', join(import.meta.dirname, 'bench', 'compromise-baseline.mjs'), ...bbcFiles],
  floor: ['node', join(import.meta.dirname, 'bench', 'floor.mjs'), ...bbcFiles],
}
const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]))
for (let round = 0; round < runs; round++)
  for (const [name, args] of Object.entries(contenders)) samples[name].push(await measure(args))
const medianOf = (name) => ({
  seconds: median(samples[name].map((s) => s.seconds)),
  megabytes: median(samples[name].map((s) => s.megabytes)),
})
const bbcRun = medianOf('one')
const twoRun = medianOf('two')
const baseline = medianOf('baseline')
const floor = medianOf('floor')
print(line(`newsparse, bbc (${bbcFiles.length}), one process`, bbcFiles, bbcRun))
print(line(`newsparse, bbc, -j 2`, bbcFiles, twoRun))
print(line('compromise alone, bbc', bbcFiles, baseline))
print(line('read, split, write, bbc', bbcFiles, floor))
const rate = (run) => bbcFiles.length / run.seconds
print(
  `  newsparse ÷ compromise: ${(rate(bbcRun) / rate(baseline)).toFixed(1)}×   -j 2 ÷ one process: ${(rate(twoRun) / rate(bbcRun)).toFixed(2)}×   newsparse ÷ floor: ${(rate(bbcRun) / rate(floor)).toFixed(2)}×\n`,
)

const allRun = await repeat(['node', bin, '-q', '-f', 'jsonl', ...jobs, corpora])
print(line(`newsparse, all corpora (${allFiles.length})`, allFiles, allRun))
const tenfold = Array.from({ length: 10 }, () => corpora)
const tenRun = await repeat(['node', bin, '-q', '-f', 'jsonl', ...jobs, ...tenfold], 1)
print(
  line(
    `newsparse, all corpora ×10 (${allFiles.length * 10})`,
    allFiles.concat(...Array(9).fill(allFiles)),
    tenRun,
  ),
)
print(`  peak memory ×10 input ÷ ×1: ${(tenRun.megabytes / allRun.megabytes).toFixed(2)}\n`)

const seed = join(import.meta.dirname, '..', 'seeds', '000_4f6ffb239c078031.txt')
// Alternated too: the seed, then bare node, nine times.
const seedRuns = []
const nodeRuns = []
for (let round = 0; round < 9; round++) {
  seedRuns.push((await measure(['node', bin, seed])).seconds)
  nodeRuns.push((await measure(['node', '-e', '0'])).seconds)
}
const one = median(seedRuns)
const empty = median(nodeRuns)
print(
  `one article (the seed): ${(one * 1000).toFixed(0)} ms; node -e 0: ${(empty * 1000).toFixed(0)} ms; ratio ${(one / empty).toFixed(1)}×\n`,
)
print('Targets (issue 18), met or not on this run:')
const target = (label, value, goal, unit = '') =>
  print(
    `  ${label.padEnd(34)} ${value.toFixed(1).padStart(8)}${unit}  target ${goal}${unit}  ${value >= goal ? 'met' : 'NOT MET'}`,
  )
target('one process, BBC articles/s', rate(bbcRun), 1000)
target('-j 2, BBC articles/s', rate(twoRun), 1400)
target('newsparse ÷ compromise', rate(bbcRun) / rate(baseline), 25, '×')
print(
  `  ${'seed ÷ bare node'.padEnd(34)} ${(one / empty).toFixed(1).padStart(8)}×  target ≤ 2.5×  ${one / empty <= 2.5 ? 'met' : 'NOT MET'}\n`,
)

// A JSON Lines stream of corpus articles, 10 MB and 200 MB: memory must stay flat.
const folder = mkdtempSync(join(tmpdir(), 'newsparse-bench-'))
const texts = bbcFiles.map((path) => readFileSync(path, 'utf8'))
function stream(bytes) {
  const path = join(folder, `${bytes}.jsonl`)
  const descriptor = openSync(path, 'w')
  let written = 0
  for (let id = 0; written < bytes; id++) {
    const line = `${JSON.stringify({ id, text: texts[id % texts.length] })}\n`
    writeSync(descriptor, line)
    written += Buffer.byteLength(line)
  }
  closeSync(descriptor)
  return path
}
const streamed = {}
for (const size of [10e6, 200e6]) {
  const path = stream(size)
  const run = await measure([
    'sh',
    '-c',
    `node ${bin} --input-format jsonl -q -j 2 < ${path} > /dev/null`,
  ])
  streamed[size] = run
  print(
    `stream of ${size / 1e6} MB (-j 2): ${(size / 1e6 / run.seconds).toFixed(2)} MB/s, ${run.megabytes.toFixed(0)} MB peak`,
  )
}
print(
  `  peak memory 200 MB ÷ 10 MB stream: ${(streamed[200e6].megabytes / streamed[10e6].megabytes).toFixed(2)}`,
)
rmSync(folder, { recursive: true, force: true })
if (process.argv.includes('--readme')) writeReadmeBlock('bench', 'npm run bench', printed)
