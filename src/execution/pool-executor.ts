/**
 * @module The worker-thread executor (piscina): chunks run on a pool of threads, one per core by
 * default, from the compiled worker in `dist/` (so `npm run build` must have run).
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { ExecutorJob, JobResult, SweepExecutor } from './executor.ts'
import { acceptedByWorkers } from './worker-accepted-argv.ts'

/** Where the compiled worker lives, relative to this module (source or compiled). */
const WORKER_URL = new URL(
  import.meta.url.endsWith('.ts') ? '../../dist/execution/worker.js' : './worker.js',
  import.meta.url,
)

export interface CreatePoolExecutorOptions {
  /** Threads (default: the number of cores). */
  threads?: number
  /** The workers' Node options (default: {@link threadExecArgv}). */
  execArgv?: string[]
}

/** The options that load a module before the program, with their short forms. */
const PRELOAD_OPTIONS = new Set([
  '--import',
  '--require',
  '-r',
  '--loader',
  '--experimental-loader',
])

/**
 * The parent's Node options for the workers, without any that preload tsx: the worker is compiled
 * JS, and under tsx (`node --import tsx`, as the tests and the benchmark run) it would be compiled
 * again, to CommonJS whose imports are getters the JIT cannot inline: every run about twice as slow.
 *
 * @example
 * workerExecArgv(['--import', 'tsx', '--max-old-space-size=4096']) //=> ['--max-old-space-size=4096']
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = []
  for (let index = 0; index < execArgv.length; index++) {
    const option = execArgv[index] as string
    const equals = option.indexOf('=')
    const name = equals < 0 ? option : option.slice(0, equals)
    if (PRELOAD_OPTIONS.has(name)) {
      const value = equals < 0 ? execArgv[index + 1] : option.slice(equals + 1)
      if (value !== undefined && isTsx(value)) {
        if (equals < 0) index++
        continue
      }
    }
    kept.push(option)
  }
  return kept
}

/**
 * The Node options every worker thread of this process gets: the parent's, without a TypeScript
 * loader ({@link workerExecArgv}) and without the V8 options workers refuse ({@link acceptedByWorkers}).
 *
 * @example
 * new Piscina({ filename, execArgv: threadExecArgv() })
 */
export function threadExecArgv(): string[] {
  return acceptedByWorkers(workerExecArgv(process.execArgv))
}

/** `tsx`, `tsx/esm`, `tsx/cjs` or a path into a tsx package. */
function isTsx(specifier: string): boolean {
  return /^tsx(\/|$)/.test(specifier) || /[\\/]tsx[\\/]/.test(specifier)
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
    execArgv: options.execArgv ?? threadExecArgv(),
    idleTimeout: 1000,
  })
  return {
    name: `pool(${threads})`,
    concurrency: threads,
    runChunk<J extends ExecutorJob>(job: J, signal?: AbortSignal) {
      return pool.run(job, signal ? { signal } : {}) as Promise<JobResult<J>>
    },
    close: () => pool.destroy(),
  }
}
