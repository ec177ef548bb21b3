/** @module The `--redis URL` / `--executor redis://…` flags: the URL checked, then Redis reached in bounded time. */
import { InvalidArgumentError } from '@commander-js/extra-typings'
import type { SweepExecutor } from '../execution/executor.ts'
import { displayRedisUrl } from '../execution/queue-wire.ts'
import { UserError } from './io.ts'

/**
 * Parses a Redis URL flag: `redis://host[:port][/db]` or `rediss://…` (TLS).
 *
 * @example
 * parseRedisUrl('redis://127.0.0.1:6379') //=> 'redis://127.0.0.1:6379'
 */
export function parseRedisUrl(text: string): string {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new InvalidArgumentError(`"${text}" is not a URL; expected redis://host:port`)
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new InvalidArgumentError(`"${text}" is not a Redis URL; expected redis://host:port`)
  }
  if (url.hostname === '') throw new InvalidArgumentError(`"${text}" names no host`)
  return text
}

/**
 * Checks that Redis answers (within 3 s); a clear message and exit code 2 when it does not.
 *
 * @example
 * await requireRedis('redis://127.0.0.1:6379')
 */
export async function requireRedis(url: string): Promise<void> {
  const { probeRedis } = await import('../execution/queue-executor.ts')
  const probe = await probeRedis(url)
  if (!probe.ok) {
    throw new UserError([
      `cannot reach Redis at ${displayRedisUrl(url)}: ${probe.error.message}`,
      'start it (redis-server) or give the right --redis / --executor URL',
    ])
  }
}

/**
 * The queue executor on `url`, once Redis answers; a note when no worker listens yet (the chunks
 * wait in the queue until one starts).
 *
 * @example
 * const executor = await openQueueExecutor('redis://127.0.0.1:6379')
 */
export async function openQueueExecutor(url: string, queueName?: string): Promise<SweepExecutor> {
  await requireRedis(url)
  // Loaded here, so that a sweep on threads never loads BullMQ.
  const { createQueueExecutor } = await import('../execution/queue-executor.ts')
  const executor = createQueueExecutor({
    connection: url,
    ...(queueName === undefined ? {} : { queueName }),
  })
  if ((await executor.workerCount()) === 0) {
    process.stderr.write(
      `note: no worker listens on ${executor.name} yet; the chunks wait until one starts: jirga worker --redis ${displayRedisUrl(url)}\n`,
    )
  }
  return executor
}

/**
 * A chunk that failed on a worker, or Redis lost, as a user error (exit 1); undefined for any other error.
 *
 * @example
 * throw queueFailure(error) ?? error
 */
export function queueFailure(error: unknown): UserError | undefined {
  if (!(error instanceof Error)) return undefined
  if (error.name !== 'QueueJobFailedError' && error.name !== 'QueueConnectionLostError')
    return undefined
  return new UserError([error.message], 1)
}
