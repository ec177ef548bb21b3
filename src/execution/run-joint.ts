/**
 * @module Running the joint Monte Carlo of `jirga analyze` on an executor: chunks cut by the run count
 * only, dispatched up to the executor's concurrency, returned in chunk order (so the merge gives the
 * same bytes on one thread or many).
 */
import type { JointChunk, JointTask } from '../analysis/forecast/joint-chunk.ts'
import type { Scenario } from '../scenario/types.ts'
import { planChunks, type SweepExecutor } from './executor.ts'

/** Chunks the joint run is cut into at most: runs are costly (every course simulated), so few per chunk. */
const JOINT_CHUNKS = 16

export interface RunJointOptions {
  signal?: AbortSignal
  /** Called after each chunk with the runs done so far. */
  onProgress?: (runsDone: number) => void
}

/**
 * Runs every chunk of the joint Monte Carlo and returns them in order.
 *
 * @example
 * const chunks = await runJoint(createInlineExecutor(), scenario, task)
 */
export async function runJoint(
  executor: SweepExecutor,
  scenario: Scenario,
  task: JointTask,
  options: RunJointOptions = {},
): Promise<JointChunk[]> {
  const chunks = planChunks(task.runs, Math.max(1, Math.ceil(task.runs / JOINT_CHUNKS)))
  const results: JointChunk[] = new Array(chunks.length)
  let next = 0
  let runsDone = 0
  const worker = async () => {
    while (next < chunks.length) {
      if (options.signal?.aborted) throw options.signal.reason
      const index = next++
      const [start, end] = chunks[index] as [number, number]
      results[index] = await executor.runChunk(
        { kind: 'joint', scenario, task, start, end },
        options.signal,
      )
      runsDone += end - start
      options.onProgress?.(runsDone)
    }
  }
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(executor.concurrency, chunks.length)) }, worker),
  )
  return results
}
