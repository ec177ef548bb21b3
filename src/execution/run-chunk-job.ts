/** @module Running one job where it lands (the calling thread, a worker thread, a queue worker). */
import { runJointChunk } from '../analysis/forecast/joint-chunk.ts'
import { runSweepChunk } from '../analysis/uncertainty/monte-carlo.ts'
import { findModel } from '../models/registry.ts'
import type { ExecutorJob, JobResult } from './executor.ts'
import { resolveSweepModel } from './resolve-model.ts'

/**
 * Runs a sweep chunk or a chunk of the joint Monte Carlo.
 *
 * @example
 * await runChunkJob({ scenario, task, start: 0, end: 500 }) //=> { ok: true, accumulator }
 */
export async function runChunkJob<J extends ExecutorJob>(job: J): Promise<JobResult<J>> {
  if (job.kind === 'joint') {
    const model = findModel(job.task.model)
    if (!model) throw new Error(`unknown model "${job.task.model}"`)
    return runJointChunk(job.scenario, job.task, job.start, job.end, model) as JobResult<J>
  }
  const model = await resolveSweepModel(job.task)
  return runSweepChunk(job.scenario, job.task, job.start, job.end, model) as JobResult<J>
}
