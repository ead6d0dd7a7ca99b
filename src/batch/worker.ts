// A worker process: annotates each chunk of jobs its pool sends, answering job by job.
import { type Job, runJob } from './job.js'

process.on('message', (jobs: Job[]) => {
  for (const job of jobs) process.send?.(runJob(job))
})
process.on('disconnect', () => process.exit(0))
process.send?.('ready')
