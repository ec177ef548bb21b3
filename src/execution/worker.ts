/** @module The worker-thread side of the pool executor: one job in, its result out. */
import type { ExecutorJob, JobResult } from './executor.ts'
import { runChunkJob } from './run-chunk-job.ts'

/**
 * Runs one job (piscina calls the default export).
 *
 * @example
 * runChunkInWorker({ scenario, task, start: 0, end: 500 })
 */
export default function runChunkInWorker<J extends ExecutorJob>(job: J): Promise<JobResult<J>> {
  return runChunkJob(job)
}
