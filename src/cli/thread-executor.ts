/** @module The executor a command's `--threads N` asks for: the calling thread for 1, else a worker pool. */
import type { SweepExecutor } from '../execution/executor.ts'
import { createInlineExecutor } from '../execution/inline-executor.ts'
import { createPoolExecutor, WorkerNotBuiltError } from '../execution/pool-executor.ts'

/**
 * An executor with `threads` threads; falls back to the calling thread (with a note) when the
 * compiled worker is missing.
 *
 * @example
 * const executor = createThreadExecutor(2)
 */
export function createThreadExecutor(threads: number): SweepExecutor {
  if (threads === 1) return createInlineExecutor()
  try {
    return createPoolExecutor({ threads })
  } catch (error) {
    if (!(error instanceof WorkerNotBuiltError)) throw error
    process.stderr.write(`note: ${error.message}; running on one thread\n`)
    return createInlineExecutor()
  }
}
