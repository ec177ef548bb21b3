/** @module The `--redis URL` / `--executor redis://…` flags: the URL checked, then Redis reached in bounded time. */
import { InvalidArgumentError } from '@commander-js/extra-typings'
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
