/** @module The worker-thread side of the pool executor: one chunk in, its result out. */
import { type ChunkResult, runSweepChunk } from '../analysis/uncertainty/monte-carlo.ts'
import type { ChunkJob } from './executor.ts'
import { resolveSweepModel } from './resolve-model.ts'

/**
 * Runs one chunk (piscina calls the default export).
 *
 * @example
 * runChunkInWorker({ scenario, task, start: 0, end: 500 })
 */
export default async function runChunkInWorker(job: ChunkJob): Promise<ChunkResult> {
  const model = await resolveSweepModel(job.task)
  return runSweepChunk(job.scenario, job.task, job.start, job.end, model)
}
