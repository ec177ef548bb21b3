/**
 * @module `jirga worker --redis URL`: takes sweep chunks from the queue and runs them on worker
 * threads until stopped (Ctrl-C or SIGTERM finish the chunks in hand first).
 */
import { Command } from '@commander-js/extra-typings'
import type { SweepExecutor } from '../execution/executor.ts'
import { createInlineExecutor } from '../execution/inline-executor.ts'
import { createPoolExecutor, WorkerNotBuiltError } from '../execution/pool-executor.ts'
import { DEFAULT_LOCK_MS, DEFAULT_QUEUE_NAME, displayRedisUrl } from '../execution/queue-wire.ts'
import { ENGINE_VERSION } from '../version.ts'
import { COUNT_LIMITS, countFlag } from './arguments.ts'
import { parseRedisUrl, requireRedis } from './redis-flag.ts'

/**
 * Builds the `worker` command.
 *
 * @example
 * program.addCommand(workerCommand())
 */
export function workerCommand() {
  return new Command('worker')
    .description('run sweep chunks sent by `jirga sweep --executor redis://…` (a BullMQ queue)')
    .requiredOption('--redis <url>', 'the Redis server: redis://host:port[/db]', parseRedisUrl)
    .option(
      '--concurrency <n>',
      `chunks run at once, each on its own thread (default 1; at most ${COUNT_LIMITS.threads})`,
      countFlag(1, COUNT_LIMITS.threads),
      1,
    )
    .option('--queue <name>', 'the queue (default: the one of this engine version)')
    .option(
      '--lock-ms <ms>',
      'how long a chunk stays locked to a worker that stops answering before another takes it',
      countFlag(1000, 3_600_000),
      DEFAULT_LOCK_MS,
    )
    .addHelpText(
      'after',
      `\nThe default queue is ${DEFAULT_QUEUE_NAME}: workers take only the chunks of their own engine version.\n\nExamples:\n  jirga worker --redis redis://127.0.0.1:6379 --concurrency 2\n  jirga sweep --runs 100000 --executor redis://127.0.0.1:6379`,
    )
    .action(async (flags) => {
      await requireRedis(flags.redis)
      const queueName = flags.queue ?? DEFAULT_QUEUE_NAME
      // Loaded here, so that commands other than this one never load BullMQ.
      const { createQueueWorker } = await import('../execution/queue-worker.ts')
      const worker = createQueueWorker({
        connection: flags.redis,
        queueName,
        concurrency: flags.concurrency,
        executor: chunkExecutor(flags.concurrency),
        lockMs: flags.lockMs,
        onChunk: (event) => {
          process.stderr.write(
            event.kind === 'taken'
              ? `chunk ${event.start}–${event.end} taken\n`
              : event.kind === 'completed'
                ? `chunk ${event.start}–${event.end} done in ${Math.round(event.ms)} ms\n`
                : `chunk ${event.jobId} failed: ${event.reason}\n`,
          )
        },
      })
      await worker.ready()
      process.stderr.write(
        `worker ready: ${displayRedisUrl(flags.redis)}, queue ${queueName}, engine ${ENGINE_VERSION}, ${flags.concurrency} at once (Ctrl-C stops)\n`,
      )
      await new Promise<void>((resolve) => {
        let stopping = false
        const stop = () => {
          if (stopping) {
            process.stderr.write('stopping now: chunks in hand go back to the queue\n')
            worker.close(true).then(resolve, resolve)
            return
          }
          stopping = true
          process.stderr.write('finishing the chunks in hand (Ctrl-C again to stop now)\n')
          worker.close().then(resolve, resolve)
        }
        process.on('SIGINT', stop)
        process.on('SIGTERM', stop)
      })
    })
}

/** Chunks run on worker threads, so the event loop stays free to renew the locks on the jobs. */
function chunkExecutor(threads: number): SweepExecutor {
  try {
    return createPoolExecutor({ threads })
  } catch (error) {
    if (!(error instanceof WorkerNotBuiltError)) throw error
    process.stderr.write(
      `note: ${error.message}; chunks run on the event loop, so a chunk longer than --lock-ms is taken again by another worker\n`,
    )
    return createInlineExecutor()
  }
}
