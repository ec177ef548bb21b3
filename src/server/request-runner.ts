/**
 * @module Where the API's computations run: a pool of worker threads (piscina), so a long analysis
 * never blocks the event loop and an aborted one is stopped (its thread is ended); or the calling
 * thread (tests, and when the compiled worker is missing).
 */
import { existsSync } from 'node:fs'
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads'
import { Piscina } from 'piscina'
import { threadExecArgv } from '../execution/pool-executor.ts'
import { type ComputeJob, type ComputeOutcome, computeRequest } from './compute.ts'

/** Options of one {@link RequestRunner.run}. */
export interface RunRequestOptions {
  /** Aborting it stops the computation; the run then ends with `'aborted'`. */
  signal: AbortSignal
  /** A sweep's runs done so far. */
  onProgress?: (runsDone: number) => void
}

/** Runs computations, at most `threads` at once (the caller queues the rest). */
export interface RequestRunner {
  name: string
  threads: number
  run(job: ComputeJob, options: RunRequestOptions): Promise<ComputeOutcome | 'aborted'>
  close(): Promise<void>
}

/** Where the compiled worker lives, relative to this module (source or compiled). */
const WORKER_URL = new URL(
  import.meta.url.endsWith('.ts') ? '../../dist/server/request-worker.js' : './request-worker.js',
  import.meta.url,
)

/**
 * Whether the compiled request worker exists (`npx tsc -p tsconfig.build.json` builds it).
 *
 * @example
 * const runner = requestWorkerBuilt() ? createPoolRequestRunner(2) : createInlineRequestRunner()
 */
export function requestWorkerBuilt(): boolean {
  return existsSync(WORKER_URL)
}

/**
 * A runner on `threads` worker threads, each running one whole computation at a time.
 *
 * @example
 * const runner = createPoolRequestRunner(2)
 * await runner.run(job, { signal: AbortSignal.timeout(60_000) })
 * await runner.close()
 */
export function createPoolRequestRunner(threads: number): RequestRunner {
  const pool = new Piscina({
    filename: WORKER_URL.href,
    minThreads: threads,
    maxThreads: threads,
    execArgv: threadExecArgv(),
    idleTimeout: 60_000,
  })
  return {
    name: `pool(${threads})`,
    threads,
    async run(job, { signal, onProgress }) {
      if (signal.aborted) return 'aborted'
      const channel = onProgress ? new MessageChannel() : undefined
      channel?.port1.on('message', (runsDone: number) => onProgress?.(runsDone))
      try {
        return (await pool.run(
          channel ? { ...job, progress: channel.port2 } : job,
          channel ? { signal, transferList: [channel.port2] } : { signal },
        )) as ComputeOutcome
      } catch (error) {
        if (signal.aborted) return 'aborted'
        throw error
      } finally {
        if (channel) {
          // Progress posted before the result may still wait on the port: delivered before closing.
          for (let queued = receiveMessageOnPort(channel.port1); queued; ) {
            onProgress?.(queued.message as number)
            queued = receiveMessageOnPort(channel.port1)
          }
          channel.port1.close()
        }
      }
    },
    close: () => pool.destroy(),
  }
}

/**
 * A runner on the calling thread: one computation at a time, and an analysis cannot be stopped
 * once started (a sweep stops between chunks). For tests and a missing compiled worker.
 *
 * @example
 * const runner = createInlineRequestRunner()
 */
export function createInlineRequestRunner(): RequestRunner {
  return {
    name: 'inline',
    threads: 1,
    async run(job, { signal, onProgress }) {
      if (signal.aborted) return 'aborted'
      const outcome = await computeRequest(job, { signal, ...(onProgress ? { onProgress } : {}) })
      return signal.aborted ? 'aborted' : outcome
    },
    close: async () => {},
  }
}
