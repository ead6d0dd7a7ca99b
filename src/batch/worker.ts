// A worker process: annotates each chunk of jobs its pool sends, answering job by job.
import { periodicCollector } from './collect.js'
import { type Job, runJob } from './job.js'

const collect = periodicCollector()
process.on('message', (jobs: Job[]) => {
  for (const job of jobs) {
    // The parent may be gone (`| head -1`): end quietly rather than print an EPIPE.
    process.send?.(runJob(job), (error: Error | null) => {
      if (error) process.exit(0)
    })
    collect()
  }
})
process.on('disconnect', () => process.exit(0))
process.send?.('ready')
