/**
 * @module The inline executor: chunks run on the calling thread, yielding to the event loop between
 * chunks so progress and Ctrl-C are seen.
 */
import { runSweepChunk } from '../analysis/uncertainty/monte-carlo.ts'
import type { SweepExecutor } from './executor.ts'
import { resolveSweepModel } from './resolve-model.ts'

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
      const model = await resolveSweepModel(job.task)
      return runSweepChunk(job.scenario, job.task, job.start, job.end, model)
    },
    async close() {},
  }
}
