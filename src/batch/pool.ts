import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Job, JobResult } from './job.js'
import { tieringFlag } from './tiering.js'

interface Slot {
  worker: ChildProcess
  /** The worker has loaded its modules: time limits count from here. */
  ready: boolean
  /** Jobs sent to this worker and not answered yet, in the order it runs them. */
  running: Job[]
  timer: NodeJS.Timeout | undefined
}

/**
 * Worker processes that annotate jobs in parallel, sent in small chunks so
 * that messages cost little. Processes, not threads: on this workload two
 * worker threads of one process ran no faster than one (measured on the BBC
 * corpus: 2.3 s with one thread or two), while separate processes scale.
 * Each worker answers job by job; a job that runs past the time limit fails,
 * its worker is replaced, and the rest of its
 * chunk is sent again: one runaway file never stops a batch.
 */
export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly queue: Job[] = []

  constructor(
    size: number,
    private readonly script: URL,
    private readonly timeoutMs: number,
    private readonly onResult: (result: JobResult) => void,
    private readonly chunkSize = 8,
  ) {
    for (let index = 0; index < size; index++) this.slots.push(this.spawn())
  }

  /** Queue jobs; results arrive through `onResult`, in any order. */
  add(jobs: Job[]): void {
    this.queue.push(...jobs)
    this.dispatch()
  }

  private closed = false

  async close(): Promise<void> {
    this.closed = true
    for (const slot of this.slots) clearTimeout(slot.timer)
    for (const slot of this.slots) slot.worker.kill()
  }

  private spawn(): Slot {
    const worker = fork(fileURLToPath(this.script), [], {
      serialization: 'advanced',
      // A small young generation keeps each worker's memory down (it grew past 110 MB without).
      execArgv: ['--max-semi-space-size=4', tieringFlag],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    })
    const slot: Slot = { worker, ready: false, running: [], timer: undefined }
    worker.on('message', (message: JobResult | 'ready') => {
      if (message !== 'ready') return this.answered(slot, message)
      slot.ready = true
      this.dispatch()
    })
    worker.on('error', (error: Error) =>
      this.fail(slot, 'crash', `Cannot annotate: ${error.message}`),
    )
    worker.on('exit', (code, signal) => {
      if (slot.running.length > 0 && !this.closed && this.slots.includes(slot)) {
        this.fail(slot, 'crash', `Cannot annotate: the worker stopped (${signal ?? code})`)
      }
    })
    return slot
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.running.length > 0 || this.queue.length === 0) continue
      slot.running = this.queue.splice(0, this.chunkSize)
      this.arm(slot)
      slot.worker.send(slot.running)
    }
  }

  private arm(slot: Slot): void {
    clearTimeout(slot.timer)
    slot.timer = setTimeout(
      () =>
        this.fail(
          slot,
          'timeout',
          `Cannot annotate within ${this.timeoutMs / 1000} s (\`--timeout\`)`,
        ),
      this.timeoutMs,
    )
  }

  private answered(slot: Slot, result: JobResult): void {
    slot.running = slot.running.filter((job) => job.index !== result.index)
    if (slot.running.length > 0) this.arm(slot)
    else clearTimeout(slot.timer)
    this.onResult(result)
    this.dispatch()
  }

  /** The job the worker is on fails; the worker is replaced and the rest of its chunk goes back in the queue. */
  private fail(slot: Slot, ruleId: string, reason: string): void {
    clearTimeout(slot.timer)
    const [current, ...rest] = slot.running
    slot.running = []
    slot.worker.kill()
    const replacement = this.spawn()
    this.slots[this.slots.indexOf(slot)] = replacement
    this.queue.unshift(...rest)
    if (current) {
      this.onResult({
        index: current.index,
        output: null,
        messages: [],
        quotes: 0,
        posts: 0,
        failure: { ruleId, reason },
      })
    }
    this.dispatch()
  }
}
