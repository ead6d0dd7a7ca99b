#!/usr/bin/env node
// `npm run bench`: speed and memory of the real CLI over ../shared/corpora,
// against a compromise-only baseline and a read-split-write floor measured in
// the same run. Each figure is the median of BENCH_RUNS runs (default 3);
// peak memory is the operating system's maximum resident set (/usr/bin/time).
import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { corpora, textFiles } from './lib/corpus.mjs'

const runs = Number(process.env.BENCH_RUNS ?? 3)
const bin = join(import.meta.dirname, '..', 'bin', 'newsparse.js')
const bbc = join(corpora, 'bbc')
const bbcFiles = textFiles(bbc)
const allFiles = textFiles(corpora)
const megabytes = (files) => files.reduce((sum, path) => sum + statSync(path).size, 0) / 1e6

/** Wall seconds and peak resident megabytes of one command, its stdout thrown away. */
function measure(args) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 64,
  })
  const last = result.stderr.trim().split('\n').at(-1) ?? ''
  const [seconds, kilobytes] = last.split(' ').map(Number)
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${args.join(' ')} failed:\n${result.stderr}`)
  return { seconds, megabytes: kilobytes / 1024 }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function repeat(args, times = runs) {
  const samples = Array.from({ length: times }, () => measure(args))
  return {
    seconds: median(samples.map((s) => s.seconds)),
    megabytes: median(samples.map((s) => s.megabytes)),
  }
}

const line = (label, files, { seconds, megabytes: peak }) =>
  `${label.padEnd(44)} ${String(Math.round(files.length / seconds)).padStart(6)} articles/s  ${(megabytes(files) / seconds).toFixed(2).padStart(6)} MB/s  ${peak.toFixed(0).padStart(5)} MB peak  (${seconds.toFixed(2)} s)`

console.log(`newsparse bench: median of ${runs} runs, ${process.env.BENCH_JOBS ?? 'all'} cores\n`)
const jobs = process.env.BENCH_JOBS ? ['-j', process.env.BENCH_JOBS] : []

const bbcRun = repeat(['node', bin, '-q', '-f', 'jsonl', ...jobs, bbc])
console.log(line(`newsparse, bbc (${bbcFiles.length})`, bbcFiles, bbcRun))
// compromise runs at tens of articles a second: every 5th file stands for the corpus.
const sample = bbcFiles.filter((_, index) => index % 5 === 0)
const baseline = repeat([
  'node',
  join(import.meta.dirname, 'bench', 'compromise-baseline.mjs'),
  ...sample,
])
console.log(line(`compromise alone, bbc (every 5th: ${sample.length})`, sample, baseline))
const floor = repeat(['node', join(import.meta.dirname, 'bench', 'floor.mjs'), ...bbcFiles])
console.log(line('read, split, write, bbc', bbcFiles, floor))
const rate = (files, run) => files.length / run.seconds
console.log(
  `  newsparse ÷ compromise: ${(rate(bbcFiles, bbcRun) / rate(sample, baseline)).toFixed(1)}×   newsparse ÷ floor: ${(rate(bbcFiles, bbcRun) / rate(bbcFiles, floor)).toFixed(2)}×\n`,
)

const allRun = repeat(['node', bin, '-q', '-f', 'jsonl', ...jobs, corpora])
console.log(line(`newsparse, all corpora (${allFiles.length})`, allFiles, allRun))
const tenfold = Array.from({ length: 10 }, () => corpora)
const tenRun = repeat(['node', bin, '-q', '-f', 'jsonl', ...jobs, ...tenfold], 1)
console.log(
  line(
    `newsparse, all corpora ×10 (${allFiles.length * 10})`,
    allFiles.concat(...Array(9).fill(allFiles)),
    tenRun,
  ),
)
console.log(`  peak memory ×10 input ÷ ×1: ${(tenRun.megabytes / allRun.megabytes).toFixed(2)}\n`)

const seed = join(import.meta.dirname, '..', 'seeds', '000_4f6ffb239c078031.txt')
const one = repeat(['node', bin, seed], 9)
const empty = repeat(['node', '-e', '0'], 9)
console.log(
  `one article (the seed): ${(one.seconds * 1000).toFixed(0)} ms; node -e 0: ${(empty.seconds * 1000).toFixed(0)} ms; ratio ${(one.seconds / empty.seconds).toFixed(1)}×`,
)
