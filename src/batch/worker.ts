// A worker process: annotates each chunk of jobs its pool sends, answering job by job.
import { periodicCollector } from './collect.js'
import { type Job, runJob } from './job.js'

const collect = periodicCollector()
process.on('message', (jobs: Job[]) => {
  for (const job of jobs) {
    process.send?.(runJob(job))
    collect()
  }
})
process.on('disconnect', () => process.exit(0))
process.send?.('ready')
