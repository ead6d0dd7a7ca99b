// A worker process: annotates each chunk of jobs its pool sends, answering job by job.
import { defaultProcessor } from '../annotate.js'
import { preparePlugins } from '../plugins/use.js'
import { periodicCollector } from './collect.js'
import { type Job, runJob } from './job.js'

/** Send to the parent; when it is gone (`| head -1` ended it), end quietly rather than print an EPIPE. */
function tell(message: unknown): void {
  if (!process.connected) process.exit(0)
  process.send?.(message, (error: Error | null) => {
    if (error) process.exit(0)
  })
}

const collect = periodicCollector()
// Chunks are taken one after the other, even when loading `--use` plugins makes one wait.
let queue = Promise.resolve()
process.on('message', (jobs: Job[]) => {
  queue = queue.then(async () => {
    const use = jobs[0]?.use
    if (use && use.length > 0) await preparePlugins(defaultProcessor(), use)
    for (const job of jobs) {
      tell(runJob(job))
      collect()
    }
  })
})
process.on('disconnect', () => process.exit(0))
tell('ready')
