import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Job } from '../../src/batch/job.js'

/** Every fixture's input, in order: articles for batch tests. */
export const fixtureArticles = readdirSync('fixtures')
  .map((name) => join('fixtures', name, 'input.txt'))
  .sort()

/** One JSON Lines job per path, numbered in order. */
export function jobsOf(paths: string[]): Job[] {
  return paths.map((path, index) => ({
    index,
    path,
    bytes: null,
    sourcePath: path,
    maxBytes: 10_000_000,
    format: 'jsonl',
    color: false,
  }))
}
