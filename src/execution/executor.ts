/**
 * @module The sweep executor contract: a sweep is cut into fixed chunks of runs (the cut never depends
 * on the number of threads), each chunk is run somewhere, and the results merge in chunk order, so
 * the same scenario and seed give the same bytes on one thread or many.
 */
import type { AnalysisError } from '../analysis/entry-checks.ts'
import type { JointChunk, JointTask } from '../analysis/forecast/joint-chunk.ts'
import type { SweepAccumulator } from '../analysis/uncertainty/accumulator.ts'
import type { ChunkResult, RunFailure, SweepTask } from '../analysis/uncertainty/monte-carlo.ts'
import type { Scenario } from '../scenario/types.ts'

/** The largest chunk: large enough that messaging stays negligible for the fastest models. */
export const DEFAULT_CHUNK_SIZE = 500

/** Chunks a sweep is cut into at least (when its runs allow), so threads finish close together. */
const TARGET_CHUNKS = 64

/**
 * The chunk size of a sweep of `runs` runs: about a 64th of the runs, between 50 and 500. It depends
 * on the runs only, never on the threads, so the result is the same on any number of them.
 *
 * @example
 * defaultChunkSize(10_000) //=> 157
 */
export function defaultChunkSize(runs: number): number {
  return Math.min(DEFAULT_CHUNK_SIZE, Math.max(50, Math.ceil(runs / TARGET_CHUNKS)))
}

/** One chunk of a sweep, as sent to wherever it runs. */
export interface ChunkJob {
  kind?: 'sweep'
  scenario: Scenario
  task: SweepTask
  start: number
  end: number
}

/** One chunk of the joint Monte Carlo of `jirga analyze` (strategy comparison + integrated forecast). */
export interface JointChunkJob {
  kind: 'joint'
  scenario: Scenario
  task: JointTask
  start: number
  end: number
}

/** Any job an executor runs. */
export type ExecutorJob = ChunkJob | JointChunkJob

/** What a job gives back. */
export type JobResult<J extends ExecutorJob> = J extends JointChunkJob ? JointChunk : ChunkResult

/** A place chunks run: the calling thread, a worker pool, a queue. */
export interface SweepExecutor {
  readonly name: string
  runChunk<J extends ExecutorJob>(job: J, signal?: AbortSignal): Promise<JobResult<J>>
  /** How many chunks it runs at once. */
  readonly concurrency: number
  close(): Promise<void>
}

export interface RunSweepOptions {
  chunkSize?: number
  signal?: AbortSignal
  /** Called after each chunk with the runs done so far. */
  onProgress?: (runsDone: number) => void
}

/** How a sweep ended. */
export type SweepOutcome =
  | { ok: true; accumulator: SweepAccumulator }
  | { ok: false; code: 'run-failed'; failure: RunFailure }
  | { ok: false; code: 'cancelled'; runsDone: number }
  /** The task was refused before any run: a bad seed or count, a threshold on no issue. */
  | { ok: false; code: 'refused'; error: AnalysisError }

/**
 * Cuts [0, runs) into chunks of `chunkSize`.
 *
 * @example
 * planChunks(1200, 500) //=> [[0, 500], [500, 1000], [1000, 1200]]
 */
export function planChunks(runs: number, chunkSize: number): [number, number][] {
  const chunks: [number, number][] = []
  for (let start = 0; start < runs; start += chunkSize)
    chunks.push([start, Math.min(runs, start + chunkSize)])
  return chunks
}
