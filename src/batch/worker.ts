// A worker thread: annotates each chunk of jobs its pool sends, answering job by job.
import { parentPort } from 'node:worker_threads'
import { type Job, runJob } from './job.js'

parentPort?.on('message', (jobs: Job[]) => {
  for (const job of jobs) parentPort?.postMessage(runJob(job))
})
parentPort?.postMessage('ready')
