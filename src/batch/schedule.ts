import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { periodicCollector } from './collect.js'
import { type Job, type JobResult, runJob } from './job.js'
import { WorkerPool } from './pool.js'

export interface ScheduleOptions {
  /** Worker processes; 0 runs every job in this process (and no time limit can end one). */
  workers: number
  timeoutMs: number
  script: URL
  signal?: AbortSignal | undefined
  /** Told once when the workers keep dying and the rest of the batch runs in this process. */
  onFallback?: ((reason: string) => void) | undefined
}

/** A job to run, or a result known already (a malformed input line). */
export type Item = Job | JobResult

const isResult = (item: Item): item is JobResult => 'failure' in item

/**
 * Run every item of `source` and hand the results to `handle` in input
 * order. Items are pulled only a bounded window ahead of the result handled
 * next, and `handle` is awaited (it waits for a slow reader), so memory stays
 * flat however long the input. Resolves to true if interrupted.
 */
export async function runInOrder(
  source: AsyncIterable<Item> | Iterable<Item>,
  options: ScheduleOptions,
  handle: (result: JobResult) => Promise<void>,
): Promise<boolean> {
  const { signal } = options
  if (options.workers === 0 || !existsSync(fileURLToPath(options.script))) {
    const collect = periodicCollector()
    for await (const item of source) {
      if (signal?.aborted) return true
      await handle(isResult(item) ? item : runJob(item))
      collect()
    }
    return signal?.aborted === true
  }

  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : toAsync(source)
  const window = options.workers * 64
  const results = new Map<number, JobResult>()
  let next = 0
  let pulled = 0
  let exhausted = false
  let writing = Promise.resolve()
  let wake: () => void = () => {}
  const pool = new WorkerPool(
    options.workers,
    options.script,
    options.timeoutMs,
    (result) => {
      results.set(result.index, result)
      wake()
    },
    options.onFallback,
  )
  const onAbort = () => wake()
  signal?.addEventListener('abort', onAbort)
  try {
    while (!signal?.aborted) {
      // Pull more while there is room in the window.
      while (!exhausted && pulled - next < window && !signal?.aborted) {
        const step = await iterator.next()
        if (step.done) {
          exhausted = true
          break
        }
        pulled++
        if (isResult(step.value)) results.set(step.value.index, step.value)
        else pool.add([step.value])
      }
      // Hand over what is ready, in order.
      while (results.has(next)) {
        const ready = results.get(next)
        results.delete(next)
        next++
        if (ready) {
          writing = writing.then(() => handle(ready))
          await writing
        }
      }
      if (exhausted && next === pulled) break
      // While the reader was slow, every job pulled may have finished: with
      // room in the window, pull more before waiting for anything.
      if (results.has(next) || (!exhausted && pulled - next < window)) continue
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
  } finally {
    signal?.removeEventListener('abort', onAbort)
    await pool.close()
  }
  return signal?.aborted === true
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items
}
