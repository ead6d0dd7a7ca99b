import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { JobResult } from '../src/batch/job.js'
import { runInOrder } from '../src/batch/schedule.js'
import { fixtureArticles, jobsOf } from './helpers/jobs.js'
import { runCli } from './helpers/run-cli.js'

// Batches as a hostile but ordinary user makes them: random trees of inputs
// (one name in several folders, hidden folders, a link in the output folder
// that points out of it) and workers that die at random. Whatever happens, every
// input read ends as exactly one record or error, and nothing is written
// outside the output folder.
const runs = Number(process.env.PROPERTY_RUNS ?? 25)
const scratch = mkdtempSync(join(tmpdir(), 'newsparse-batch-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const listing = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true, encoding: 'utf8' })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort()
const listingIfAny = (folder: string): string[] => {
  try {
    return listing(folder)
  } catch {
    return []
  }
}

// A file: which folder (shared names across folders on purpose), its name, hidden or not.
const file = fc.record({
  folder: fc.constantFrom('a', 'b', 'a/deep', '.hidden', 'b/.cache'),
  name: fc.constantFrom('x', 'y', 'report [draft]', 'z'),
  ending: fc.constantFrom('.txt', '.md'),
})
const tree = fc.record({
  files: fc.uniqueArray(file, {
    minLength: 1,
    maxLength: 8,
    selector: (entry) => `${entry.folder}/${entry.name}${entry.ending}`,
  }),
  // Arguments: whole folders or single files, possibly the same one twice.
  arguments: fc.array(fc.constantFrom('a', 'b', 'a/deep', 'first-file', 'first-file'), {
    minLength: 1,
    maxLength: 4,
  }),
  linkOut: fc.boolean(),
})

describe('a batch under random inputs', () => {
  let run = 0
  it('writes one record per input read, inside the output folder only', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async ({ files, arguments: args, linkOut }) => {
        const root = join(scratch, `run-${run++}`)
        const inputs = join(root, 'in')
        const out = join(root, 'out')
        const outside = join(root, 'outside')
        mkdirSync(outside, { recursive: true })
        for (const entry of files) {
          mkdirSync(join(inputs, entry.folder), { recursive: true })
          writeFileSync(
            join(inputs, entry.folder, entry.name + entry.ending),
            `Geneva - The talks in ${entry.folder} resumed.\n`,
          )
        }
        for (const folder of ['a', 'b', 'a/deep'])
          mkdirSync(join(inputs, folder), { recursive: true })
        // A link in the output folder that points out of it.
        if (linkOut) {
          mkdirSync(out, { recursive: true })
          symlinkSync(outside, join(out, 'a'))
        }
        const [first] = files
        const argv = args.map((arg) =>
          arg === 'first-file' && first
            ? join(inputs, first.folder, first.name + first.ending)
            : join(inputs, arg),
        )
        const result = await runCli(['-o', out, '--ext', 'txt,md', '--allow-empty', ...argv])
        expect(listing(outside)).toEqual([])
        if (result.code === 2) {
          // Refused before anything was written: two inputs it cannot write apart.
          expect(result.stderr).toMatch(/Cannot write .* apart/)
          return
        }
        const summary = /newsparse: (\d+) files,.* (\d+) errors/.exec(result.stderr)
        const read = Number(summary?.[1] ?? Number.NaN)
        const errors = Number(summary?.[2] ?? Number.NaN)
        // Files reached through the link out (there are none: it is refused) are not listed.
        const written = listingIfAny(out)
        expect(written.length + errors).toBe(read)
      }),
      { numRuns: runs },
    )
  }, 60_000)
})

describe('a batch under random worker deaths', () => {
  const jobModule = pathToFileURL(resolve('dist/batch/job.js')).href
  const articles = fixtureArticles.slice(0, 12)

  it('gives every job exactly one result, in order, whichever jobs kill their worker', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 0, max: articles.length - 1 }), { maxLength: 4 }),
        fc.boolean(),
        async (deadly, onlyOnce) => {
          // A worker dies on each deadly job: on every try, or on the first try only.
          const marker = join(scratch, `died-${run}`)
          const script = join(scratch, `worker-${run++}.mjs`)
          writeFileSync(
            script,
            `import { existsSync, writeFileSync } from 'node:fs'
import { runJob } from '${jobModule}'
const deadly = new Set(${JSON.stringify(deadly)})
process.on('message', (jobs) => {
  for (const job of jobs) {
    const mark = '${marker}-' + job.index
    if (deadly.has(job.index) && !(${onlyOnce} && existsSync(mark))) {
      writeFileSync(mark, '')
      process.exit(1)
    }
    process.send(runJob(job))
  }
})
process.on('disconnect', () => process.exit(0))
process.send('ready')
`,
          )
          const jobs = jobsOf(articles)
          const results: JobResult[] = []
          await runInOrder(
            jobs,
            { workers: 2, timeoutMs: 20_000, script: pathToFileURL(script) },
            async (result) => {
              results.push(result)
            },
          )
          expect(results.map((result) => result.index)).toEqual(jobs.map((job) => job.index))
          for (const result of results) {
            // A job that killed only the first worker it met runs again and succeeds; one
            // that kills every worker fails (`crash`), unless the pool has given up on
            // workers by then and runs it in this process.
            if (result.failure === null) {
              expect(JSON.parse(result.output ?? '').source.path).toBe(articles[result.index])
            } else {
              expect(deadly.includes(result.index) && !onlyOnce).toBe(true)
              expect(result.failure.ruleId).toBe('crash')
            }
          }
        },
      ),
      { numRuns: Math.min(runs, 8) },
    )
  }, 120_000)
})
