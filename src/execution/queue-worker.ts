/**
 * @module The worker side of the queue executor: a BullMQ Worker that takes chunks from the queue,
 * refuses any sent by another engine version, runs them with `runChunkJob` (on the executor given:
 * a worker-thread pool in `jirga worker`, so the event loop stays free to renew the job locks) and
 * returns the encoded result.
 */
import { UnrecoverableError, Worker } from 'bullmq'
import type { SweepExecutor } from './executor.ts'
import { createInlineExecutor } from './inline-executor.ts'
import { DEFAULT_LOCK_MS, DEFAULT_QUEUE_NAME, fromWireJob, type WireJob } from './queue-wire.ts'
import { encodeWire } from './wire-codec.ts'

export interface CreateQueueWorkerOptions {
  /** The Redis URL. */
  connection: string
  /** The queue (default: the engine version's, as the executor's). */
  queueName?: string
  /** Chunks run at once (default 1). */
  concurrency?: number
  /** Where chunks run (default: the calling thread); closed with the worker. */
  executor?: SweepExecutor
  /** How long a lock lasts without renewal (default 30 s); a dead worker's chunk is free after it. */
  lockMs?: number
  /** How often this worker looks for stalled chunks (default: the lock's length). */
  stalledIntervalMs?: number
  /** How many times a chunk may stall before it fails (default 3). */
  maxStalledCount?: number
  /** Told of each chunk taken, finished or failed (for a log). */
  onChunk?: (event: QueueWorkerEvent) => void
}

/** One chunk seen by a worker. */
export type QueueWorkerEvent =
  | { kind: 'taken'; jobId: string; start: number; end: number }
  | { kind: 'completed'; jobId: string; start: number; end: number; ms: number }
  | { kind: 'failed'; jobId: string; reason: string }

/** A running queue worker. */
export interface QueueWorker {
  /** Resolves once connected to Redis. */
  ready(): Promise<void>
  /** Finishes the chunks in hand, then stops (`force`: stops at once, their locks lapse). */
  close(force?: boolean): Promise<void>
}

/**
 * Starts a worker on the queue.
 *
 * @example
 * const worker = createQueueWorker({ connection: 'redis://127.0.0.1:6379', concurrency: 2 })
 * await worker.ready()
 * // … later
 * await worker.close()
 */
export function createQueueWorker(options: CreateQueueWorkerOptions): QueueWorker {
  const executor = options.executor ?? createInlineExecutor()
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS
  const worker = new Worker<WireJob>(
    options.queueName ?? DEFAULT_QUEUE_NAME,
    async (job) => {
      const unwrapped = fromWireJob(job.data)
      if (!unwrapped.ok) {
        throw new UnrecoverableError(
          `engine version mismatch: the job was sent by engine ${unwrapped.jobEngine}, this worker runs ${unwrapped.workerEngine}`,
        )
      }
      const { start, end } = unwrapped.job
      options.onChunk?.({ kind: 'taken', jobId: job.id ?? '', start, end })
      const started = performance.now()
      const result = await executor.runChunk(unwrapped.job)
      options.onChunk?.({
        kind: 'completed',
        jobId: job.id ?? '',
        start,
        end,
        ms: performance.now() - started,
      })
      return encodeWire(result)
    },
    {
      connection: { url: options.connection },
      concurrency: options.concurrency ?? 1,
      lockDuration: lockMs,
      stalledInterval: options.stalledIntervalMs ?? lockMs,
      maxStalledCount: options.maxStalledCount ?? 3,
    },
  )
  worker.on('error', () => {})
  worker.on('failed', (job, error) => {
    options.onChunk?.({ kind: 'failed', jobId: job?.id ?? '', reason: error.message })
  })
  return {
    ready: () => worker.waitUntilReady().then(() => {}),
    async close(force = false) {
      await worker.close(force)
      await executor.close()
    },
  }
}
