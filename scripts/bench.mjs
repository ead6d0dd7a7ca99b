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
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { corpora, textFiles } from './lib/corpus.mjs'

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

console.log(`newsparse bench: median of ${runs} runs, ${process.env.BENCH_JOBS ?? 'all'} cores\n`)
const jobs = process.env.BENCH_JOBS ? ['-j', process.env.BENCH_JOBS] : []

const bbcRun = await repeat(['node', bin, '-q', '-f', 'jsonl', ...jobs, bbc])
console.log(line(`newsparse, bbc (${bbcFiles.length})`, bbcFiles, bbcRun))
// compromise runs at tens of articles a second: every 5th file stands for the corpus.
const sample = bbcFiles.filter((_, index) => index % 5 === 0)
const baseline = await repeat([
  'node',
  join(import.meta.dirname, 'bench', 'compromise-baseline.mjs'),
  ...sample,
])
console.log(line(`compromise alone, bbc (every 5th: ${sample.length})`, sample, baseline))
const floor = await repeat(['node', join(import.meta.dirname, 'bench', 'floor.mjs'), ...bbcFiles])
console.log(line('read, split, write, bbc', bbcFiles, floor))
const rate = (files, run) => files.length / run.seconds
console.log(
  `  newsparse ÷ compromise: ${(rate(bbcFiles, bbcRun) / rate(sample, baseline)).toFixed(1)}×   newsparse ÷ floor: ${(rate(bbcFiles, bbcRun) / rate(bbcFiles, floor)).toFixed(2)}×\n`,
)

const allRun = await repeat(['node', bin, '-q', '-f', 'jsonl', ...jobs, corpora])
console.log(line(`newsparse, all corpora (${allFiles.length})`, allFiles, allRun))
const tenfold = Array.from({ length: 10 }, () => corpora)
const tenRun = await repeat(['node', bin, '-q', '-f', 'jsonl', ...jobs, ...tenfold], 1)
console.log(
  line(
    `newsparse, all corpora ×10 (${allFiles.length * 10})`,
    allFiles.concat(...Array(9).fill(allFiles)),
    tenRun,
  ),
)
console.log(`  peak memory ×10 input ÷ ×1: ${(tenRun.megabytes / allRun.megabytes).toFixed(2)}\n`)

const seed = join(import.meta.dirname, '..', 'seeds', '000_4f6ffb239c078031.txt')
const one = await repeat(['node', bin, seed], 9)
const empty = await repeat(['node', '-e', '0'], 9)
console.log(
  `one article (the seed): ${(one.seconds * 1000).toFixed(0)} ms; node -e 0: ${(empty.seconds * 1000).toFixed(0)} ms; ratio ${(one.seconds / empty.seconds).toFixed(1)}×`,
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
  console.log(
    `stream of ${size / 1e6} MB (-j 2): ${(size / 1e6 / run.seconds).toFixed(2)} MB/s, ${run.megabytes.toFixed(0)} MB peak`,
  )
}
console.log(
  `  peak memory 200 MB ÷ 10 MB stream: ${(streamed[200e6].megabytes / streamed[10e6].megabytes).toFixed(2)}`,
)
rmSync(folder, { recursive: true, force: true })
