import { availableParallelism } from 'node:os'
import type { Options } from './options.js'

/**
 * Worker processes to start: none unless `--jobs` or `--timeout` asks, never
 * more than inputs, and never more than the cores: the work is all CPU, so
 * more workers than cores only add memory (`-j 1000` took 2.4 GB).
 */
export function workerCount(
  options: Pick<Options, 'jobs'>,
  timeoutGiven: boolean,
  inputs: number,
  cores = availableParallelism(),
): number {
  if (options.jobs === undefined && !timeoutGiven) return 0
  return Math.min(options.jobs ?? 1, inputs, cores)
}
