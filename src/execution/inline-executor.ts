/**
 * @module The inline executor: chunks run on the calling thread, yielding to the event loop between
 * chunks so progress and Ctrl-C are seen.
 */
import type { SweepExecutor } from './executor.ts'
import { runChunkJob } from './run-chunk-job.ts'

/**
 * Creates an executor that runs chunks on the calling thread, one at a time.
 *
 * @example
 * await runSweep(createInlineExecutor(), scenario, task)
 */
export function createInlineExecutor(): SweepExecutor {
  return {
    name: 'inline',
    concurrency: 1,
    async runChunk(job, signal) {
      await new Promise((resolve) => setImmediate(resolve))
      if (signal?.aborted) throw signal.reason
      return runChunkJob(job)
    },
    async close() {},
  }
}
