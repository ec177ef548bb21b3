/** @module The worker-thread side of the request pool: one API computation in, its outcome out. */
import type { MessagePort } from 'node:worker_threads'
import { type ComputeJob, type ComputeOutcome, computeRequest } from './compute.ts'

/** A job as sent to a worker: the computation and, for a sweep, the port its progress goes to. */
export type WorkerJob = ComputeJob & { progress?: MessagePort }

/**
 * Runs one computation (piscina calls the default export); a sweep posts its runs done on `progress`.
 *
 * @example
 * await runRequestInWorker({ route: 'diagnose', scenario, body: { seed: 1, runs: 0, threshold: 0.15 } })
 */
export default async function runRequestInWorker(job: WorkerJob): Promise<ComputeOutcome> {
  const { progress, ...computation } = job
  try {
    return await computeRequest(
      computation as ComputeJob,
      progress ? { onProgress: (runsDone) => progress.postMessage(runsDone) } : {},
    )
  } finally {
    progress?.close()
  }
}
