/**
 * @module The worker-thread executor (piscina): chunks run on a pool of threads, one per core by
 * default, from the compiled worker in `dist/` (so `npm run build` must have run).
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { ChunkResult } from '../analysis/uncertainty/monte-carlo.ts'
import type { SweepExecutor } from './executor.ts'

/** Where the compiled worker lives, relative to this module (source or compiled). */
const WORKER_URL = new URL(
  import.meta.url.endsWith('.ts') ? '../../dist/execution/worker.js' : './worker.js',
  import.meta.url,
)

export interface CreatePoolExecutorOptions {
  /** Threads (default: the number of cores). */
  threads?: number
}

/** The compiled worker is missing: the package has not been built. */
export class WorkerNotBuiltError extends Error {
  constructor(path: string) {
    super(`the compiled sweep worker ${path} is missing: run \`npm run build\``)
  }
}

/**
 * Creates an executor backed by a piscina pool of worker threads.
 *
 * @example
 * const executor = createPoolExecutor({ threads: 2 })
 * await runSweep(executor, scenario, task)
 * await executor.close()
 */
export function createPoolExecutor(options: CreatePoolExecutorOptions = {}): SweepExecutor {
  if (!existsSync(WORKER_URL)) throw new WorkerNotBuiltError(WORKER_URL.pathname)
  const threads = options.threads ?? availableParallelism()
  const pool = new Piscina({
    filename: WORKER_URL.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
  })
  return {
    name: `pool(${threads})`,
    concurrency: threads,
    runChunk(job, signal) {
      return pool.run(job, signal ? { signal } : {}) as Promise<ChunkResult>
    },
    close: () => pool.destroy(),
  }
}
