/**
 * @module Running a whole sweep on an executor: chunks dispatched up to the executor's concurrency,
 * merged in chunk order; the first failed run or a cancellation stops the rest.
 */

import {
  type AnalysisError,
  COUNT_LIMITS,
  checkCount,
  checkSeed,
} from '../analysis/entry-checks.ts'
import {
  createSweepAccumulator,
  mergeSweepAccumulators,
  type SweepAccumulator,
} from '../analysis/uncertainty/accumulator.ts'
import type { ChunkResult, SweepTask } from '../analysis/uncertainty/monte-carlo.ts'
import type { Scenario } from '../scenario/types.ts'
import {
  defaultChunkSize,
  planChunks,
  type RunSweepOptions,
  type SweepExecutor,
  type SweepOutcome,
} from './executor.ts'

/**
 * Runs a sweep on an executor.
 *
 * @example
 * const outcome = await runSweep(createInlineExecutor(), scenario, task)
 * if (outcome.ok) summariseSweep(outcome.accumulator, task.thresholds)
 */
export async function runSweep(
  executor: SweepExecutor,
  scenario: Scenario,
  task: SweepTask,
  options: RunSweepOptions = {},
): Promise<SweepOutcome> {
  const refused = checkSweepTask(scenario, task)
  if (refused) return { ok: false, code: 'refused', error: refused }
  const chunks = planChunks(task.runs, options.chunkSize ?? defaultChunkSize(task.runs))
  const results: (ChunkResult | undefined)[] = new Array(chunks.length)
  // One controller per chunk in flight: a failure at chunk j cancels only the chunks after j, so the
  // failure reported is always the first failing run, whatever finished first.
  const inFlight = new Map<number, AbortController>()
  let limit = chunks.length
  let next = 0
  let runsDone = 0
  const cancelled = () => options.signal?.aborted === true
  const onAbort = () => {
    for (const controller of inFlight.values()) controller.abort()
  }
  options.signal?.addEventListener('abort', onAbort)

  const worker = async () => {
    while (next < limit && !cancelled()) {
      const index = next++
      const [start, end] = chunks[index] as [number, number]
      const controller = new AbortController()
      inFlight.set(index, controller)
      let result: ChunkResult
      try {
        result = await executor.runChunk({ scenario, task, start, end }, controller.signal)
      } catch (error) {
        if (controller.signal.aborted) continue
        throw error
      } finally {
        inFlight.delete(index)
      }
      results[index] = result
      if (!result.ok) {
        limit = Math.min(limit, index)
        for (const [other, otherController] of inFlight) if (other > index) otherController.abort()
        continue
      }
      runsDone += end - start
      options.onProgress?.(runsDone)
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.max(1, executor.concurrency) }, worker))
  } finally {
    options.signal?.removeEventListener('abort', onAbort)
  }
  for (const result of results) {
    if (result && !result.ok) return { ok: false, code: 'run-failed', failure: result.failure }
  }
  if (cancelled()) return { ok: false, code: 'cancelled', runsDone }
  let accumulator: SweepAccumulator = createSweepAccumulator(scenario, task.thresholds.length)
  for (const result of results) {
    if (result?.ok) accumulator = mergeSweepAccumulators(accumulator, result.accumulator)
  }
  return { ok: true, accumulator }
}

function checkSweepTask(scenario: Scenario, task: SweepTask): AnalysisError | undefined {
  const unknown = task.thresholds.find(
    (threshold) => !scenario.issues.some((issue) => issue.id === threshold.issue),
  )
  return (
    checkSeed(task.seed) ??
    checkCount('runs', task.runs, 1, COUNT_LIMITS.sweepRuns) ??
    (task.rounds === undefined
      ? undefined
      : checkCount('rounds', task.rounds, 1, COUNT_LIMITS.rounds)) ??
    (unknown === undefined
      ? undefined
      : { code: 'unknown-issue', issue: unknown.issue, where: 'threshold' })
  )
}
