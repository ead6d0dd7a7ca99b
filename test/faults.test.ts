import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { Job, JobResult } from '../src/batch/job.js'
import { runInOrder } from '../src/batch/schedule.js'
import { fixtureArticles, jobsOf } from './helpers/jobs.js'

// The scheduler and its worker pool under faults: a reader that pauses, and
// workers that die before they are ready, on a file, or while idle. Every job
// must end as exactly one result, in input order. The workers are the built
// ones (`npm test` builds first) or small scripts written here that misbehave.
const scratch = mkdtempSync(join(tmpdir(), 'newsparse-faults-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const realWorker = pathToFileURL(resolve('dist/batch/worker.js'))
const runJobModule = pathToFileURL(resolve('dist/batch/job.js')).href

/** A worker script that runs jobs as the real one does, with `before` each job and `after` each chunk. */
function faultyWorker(name: string, before: string, after = ''): URL {
  const path = join(scratch, `${name}.mjs`)
  writeFileSync(
    path,
    `import { runJob } from '${runJobModule}'
let answered = 0
process.on('message', async (jobs) => {
  for (const job of jobs) {
    ${before}
    process.send(runJob(job))
    answered++
  }
  ${after}
})
process.on('disconnect', () => process.exit(0))
process.send('ready')
`,
  )
  return pathToFileURL(path)
}

const articles = fixtureArticles

async function runAll(
  jobs: Job[],
  script: URL,
  pause: (result: JobResult) => Promise<void> = async () => {},
): Promise<{ results: JobResult[]; fallbacks: string[] }> {
  const results: JobResult[] = []
  const fallbacks: string[] = []
  await runInOrder(
    jobs,
    { workers: 2, timeoutMs: 20_000, script, onFallback: (reason) => fallbacks.push(reason) },
    async (result) => {
      await pause(result)
      results.push(result)
    },
  )
  return { results, fallbacks }
}

describe('the ordered scheduler under faults', () => {
  it('has more articles than two workers keep in flight', () => {
    expect(articles.length).toBeGreaterThan(128)
  })

  it('goes on after a reader that pauses while every job in flight finishes', async () => {
    const jobs = jobsOf(articles)
    const { results } = await runAll(jobs, realWorker, async (result) => {
      if (result.index === 0) await new Promise((done) => setTimeout(done, 1500))
    })
    expect(results.map((result) => result.index)).toEqual(jobs.map((job) => job.index))
    expect(results.every((result) => result.failure === null)).toBe(true)
  }, 30_000)

  it('goes on in this process when every worker dies before it is ready', async () => {
    const dying = join(scratch, 'dies-at-once.mjs')
    writeFileSync(dying, 'process.exit(13)\n')
    const jobs = jobsOf(articles.slice(0, 20))
    const { results, fallbacks } = await runAll(jobs, pathToFileURL(dying))
    expect(results.map((result) => result.index)).toEqual(jobs.map((job) => job.index))
    expect(results.every((result) => result.failure === null)).toBe(true)
    expect(fallbacks).toHaveLength(1)
  }, 30_000)

  it('fails only the file a worker dies on twice, and replaces the worker', async () => {
    const script = faultyWorker('dies-on-file', 'if (job.index === 5) process.exit(1)')
    const jobs = jobsOf(articles.slice(0, 30))
    const { results, fallbacks } = await runAll(jobs, script)
    expect(results.map((result) => result.index)).toEqual(jobs.map((job) => job.index))
    const failed = results.filter((result) => result.failure !== null)
    expect(failed.map((result) => [result.index, result.failure?.ruleId])).toEqual([[5, 'crash']])
    expect(fallbacks).toEqual([])
  }, 30_000)

  it('loses nothing to a worker that dies while idle', async () => {
    // The first worker started answers its first chunk, then stops a moment
    // later, whether or not the next chunk reached it.
    const marker = join(scratch, 'first-worker-died')
    const script = faultyWorker(
      'dies-idle',
      '',
      `if (!(await import('node:fs')).existsSync('${marker}')) {
    (await import('node:fs')).writeFileSync('${marker}', '')
    setTimeout(() => process.exit(0), 50)
  }`,
    )
    const jobs = jobsOf(articles.slice(0, 40))
    const { results } = await runAll(jobs, script)
    expect(results.map((result) => result.index)).toEqual(jobs.map((job) => job.index))
    // A chunk that never ran is sent again, not failed (no `Channel closed`).
    expect(results.filter((result) => result.failure !== null)).toEqual([])
  }, 30_000)
})
