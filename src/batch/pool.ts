import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { failedResult, type Job, type JobResult, runJob } from './job.js'
import { tieringFlag } from './tiering.js'

interface Slot {
  /** Null when the process could not be started. */
  worker: ChildProcess | null
  /** The worker has loaded its modules: time limits count from here. */
  ready: boolean
  /** Jobs sent to this worker and not answered yet, in the order it runs them. */
  running: Job[]
  timer: NodeJS.Timeout | undefined
  /** The slot has been given up: its worker is dead or being killed. */
  gone: boolean
}

/** Workers that may die unexpectedly, over the pool's size, before the pool gives up on them. */
const spareRestarts = 4
/** A job whose worker died runs once more before it fails: the first death may not be its fault. */
const retriesAfterCrash = 1

/**
 * Worker processes that annotate jobs in parallel, sent in small chunks so
 * that messages cost little. Processes, not threads: on this workload two
 * worker threads of one process ran no faster than one (measured on the BBC
 * corpus: 2.3 s with one thread or two), while separate processes scale.
 *
 * Every job added ends as exactly one result, whatever the workers do:
 * - a job that runs past the time limit fails (`timeout`), its worker is
 *   replaced and the rest of its chunk is sent again;
 * - a worker that dies is replaced; the job it was on runs again elsewhere,
 *   and fails (`crash`) only when a second worker dies on it too; a chunk
 *   that never reached a worker is sent again;
 * - after `size + 4` unexpected deaths (say, a process limit that forbids new
 *   workers) the pool stops starting workers and runs what is left in this
 *   process, telling `onFallback` once.
 */
export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly queue: Job[] = []
  private restartsLeft: number
  /** Deaths per job index, for the jobs whose worker died. */
  private readonly crashes = new Map<number, number>()
  private inProcess = false
  private toldFallback = false
  private closed = false

  constructor(
    size: number,
    private readonly script: URL,
    private readonly timeoutMs: number,
    private readonly onResult: (result: JobResult) => void,
    private readonly onFallback: (reason: string) => void = () => {},
    private readonly chunkSize = 8,
  ) {
    this.restartsLeft = size + spareRestarts
    for (let index = 0; index < size; index++) this.slots.push(this.spawn())
  }

  /** Queue jobs; results arrive through `onResult`, in any order. */
  add(jobs: Job[]): void {
    this.queue.push(...jobs)
    this.dispatch()
  }

  async close(): Promise<void> {
    this.closed = true
    for (const slot of this.slots) {
      clearTimeout(slot.timer)
      slot.gone = true
      slot.worker?.kill()
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: null, ready: false, running: [], timer: undefined, gone: false }
    let worker: ChildProcess
    try {
      worker = fork(fileURLToPath(this.script), [], {
        serialization: 'advanced',
        // A small young generation keeps each worker's memory down (it grew past 110 MB without).
        execArgv: ['--max-semi-space-size=4', tieringFlag],
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      })
    } catch (error) {
      // `fork` itself can throw (EAGAIN under a process limit): the slot is dead from the start.
      queueMicrotask(() => this.died(slot, `Cannot start a worker: ${(error as Error).message}`))
      return slot
    }
    slot.worker = worker
    worker.on('message', (message: JobResult | 'ready') => {
      if (slot.gone) return
      if (message !== 'ready') return this.answered(slot, message)
      slot.ready = true
      this.dispatch()
    })
    worker.on('error', (error: Error) => this.died(slot, `Cannot annotate: ${error.message}`))
    worker.on('exit', (code, signal) =>
      this.died(slot, `Cannot annotate: the worker stopped (${signal ?? code})`),
    )
    return slot
  }

  private dispatch(): void {
    if (this.inProcess) {
      this.runHere()
      return
    }
    for (const slot of this.slots) {
      if (slot.gone || !slot.ready || slot.running.length > 0 || this.queue.length === 0) continue
      slot.running = this.queue.splice(0, this.chunkSize)
      this.arm(slot)
      slot.worker?.send(slot.running, (error) => {
        // The channel closed before the chunk left: none of it ran, so none of it fails.
        if (error) this.died(slot, `Cannot annotate: ${error.message}`, false)
      })
    }
  }

  private arm(slot: Slot): void {
    clearTimeout(slot.timer)
    slot.timer = setTimeout(
      () =>
        this.retire(slot, {
          ruleId: 'timeout',
          reason: `Cannot annotate within ${this.timeoutMs / 1000} s (\`--timeout\`)`,
        }),
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

  /** A worker died unexpectedly: the job it was on fails (if it had started one), and the slot is replaced. */
  private died(slot: Slot, reason: string, started = true): void {
    if (slot.gone || this.closed) return
    if (this.restartsLeft > 0) this.restartsLeft--
    else this.inProcess = true
    const current = started && slot.ready ? slot.running[0] : undefined
    const deaths = current ? (this.crashes.get(current.index) ?? 0) + 1 : 0
    if (current) this.crashes.set(current.index, deaths)
    this.retire(slot, deaths > retriesAfterCrash ? { ruleId: 'crash', reason } : null)
    if (this.inProcess && !this.toldFallback) {
      this.toldFallback = true
      this.onFallback(`${reason}; the workers kept stopping, so the rest runs in this process`)
    }
  }

  /**
   * Give up a slot: the job it was on fails with `failure` (or goes back to
   * the queue when null), the rest of its chunk goes back, and a new worker
   * takes its place unless the pool runs in this process now.
   */
  private retire(slot: Slot, failure: JobResult['failure']): void {
    clearTimeout(slot.timer)
    slot.gone = true
    slot.worker?.kill()
    const [current, ...rest] = slot.running
    slot.running = []
    this.queue.unshift(...(failure === null && current ? [current] : []), ...rest)
    const index = this.slots.indexOf(slot)
    if (this.inProcess) this.slots.splice(index, 1)
    else this.slots[index] = this.spawn()
    if (current && failure !== null) this.onResult(failedResult(current, failure))
    this.dispatch()
  }

  /** With no workers left, run the queue here, one job at a time, each in its own turn of the event loop. */
  private runHere(): void {
    if (this.closed) return
    const job = this.queue.shift()
    if (!job) return
    this.onResult(runJob(job))
    setImmediate(() => this.dispatch())
  }
}
