/**
 * @module The queue executor: each chunk becomes a BullMQ job on Redis, run by whichever
 * `jirga worker` takes it; its result comes back as the job's return value. A worker that dies
 * holding a chunk loses its lock, the stalled-job check of another worker puts the chunk back, and
 * the chunk (the same job, so counted once) is run again there.
 */
import { randomUUID } from 'node:crypto'
import { type Job, Queue, QueueEvents } from 'bullmq'
import { Redis } from 'ioredis'
import { canonicalJson } from '../lib/canonical-json.ts'
import { sha256Hex } from '../lib/sha256.ts'
import type { ExecutorJob, JobResult, SweepExecutor } from './executor.ts'
import { DEFAULT_QUEUE_NAME, displayRedisUrl, toWireJob, type WireJob } from './queue-wire.ts'
import { decodeWire } from './wire-codec.ts'

/** How long closing waits for Redis before it disconnects. */
const CLOSE_WAIT_MS = 2000

/** Chunks in flight at once by default: enough to keep a few dozen worker threads busy. */
const DEFAULT_IN_FLIGHT = 64

export interface CreateQueueExecutorOptions {
  /** The Redis URL, `redis://host:port[/db]` (or `rediss://` for TLS). */
  connection: string
  /** The queue (default: one per engine version, see {@link DEFAULT_QUEUE_NAME}). */
  queueName?: string
  /** Chunks submitted at once (default 64). */
  concurrency?: number
  /** Attempts of a job whose processing threw (default 3); a stalled job is retried apart from these. */
  attempts?: number
  /** How often a waiting chunk also asks Redis for its job's state, in case an event was missed (default 2000 ms). */
  pollMs?: number
  /** A chunk fails when Redis has not answered about it for this long (default 30 s). */
  lostAfterMs?: number
}

/** A job that failed on the workers (after its attempts), with the worker's reason. */
export class QueueJobFailedError extends Error {
  readonly reason: string
  constructor(jobId: string, reason: string) {
    super(`queue job ${jobId} failed on a worker: ${reason}`)
    this.name = 'QueueJobFailedError'
    this.reason = reason
  }
}

/** Redis stopped answering while a chunk was out. */
export class QueueConnectionLostError extends Error {
  constructor(url: string, ms: number) {
    super(`Redis at ${url} has not answered for ${Math.round(ms / 1000)} s; the sweep is abandoned`)
    this.name = 'QueueConnectionLostError'
  }
}

/** The queue executor: a SweepExecutor plus a look at the workers listening. */
export interface QueueExecutor extends SweepExecutor {
  /** How many workers are connected to the queue now. */
  workerCount(): Promise<number>
}

interface Waiter {
  settle(outcome: { ok: true; value: unknown } | { ok: false; error: Error }): void
}

/**
 * Creates an executor that sends chunks to `jirga worker`s through a BullMQ queue on Redis.
 *
 * @example
 * const executor = createQueueExecutor({ connection: 'redis://127.0.0.1:6379' })
 * const outcome = await runSweep(executor, scenario, task)
 * await executor.close()
 */
export function createQueueExecutor(options: CreateQueueExecutorOptions): QueueExecutor {
  const queueName = options.queueName ?? DEFAULT_QUEUE_NAME
  const connection = { url: options.connection }
  const queue = new Queue<WireJob>(queueName, { connection })
  const events = new QueueEvents(queueName, { connection })
  // An 'error' event without a listener would end the process; a lost connection shows as commands
  // that fail, which reach the caller through runChunk.
  queue.on('error', () => {})
  events.on('error', () => {})
  const ready = Promise.all([queue.waitUntilReady(), events.waitUntilReady()])
  // One id prefix per executor: a chunk retried is the same job, and two sweeps never share one.
  const session = randomUUID()
  const sweepKeys = new WeakMap<object, WeakMap<object, string>>()
  const waiters = new Map<string, Waiter>()
  const pollMs = options.pollMs ?? 2000
  const lostAfterMs = options.lostAfterMs ?? 30_000
  const shownUrl = displayRedisUrl(options.connection)

  events.on('completed', ({ jobId, returnvalue }) => {
    waiters.get(jobId)?.settle({ ok: true, value: returnvalue })
  })
  events.on('failed', ({ jobId, failedReason }) => {
    waiters.get(jobId)?.settle({ ok: false, error: new QueueJobFailedError(jobId, failedReason) })
  })

  const sweepKey = (job: ExecutorJob): string => {
    let byTask = sweepKeys.get(job.scenario)
    if (!byTask) {
      byTask = new WeakMap()
      sweepKeys.set(job.scenario, byTask)
    }
    let key = byTask.get(job.task)
    if (!key) {
      key = sha256Hex(canonicalJson(toWireJob({ ...job, start: 0, end: 0 } as ExecutorJob))).slice(
        0,
        16,
      )
      byTask.set(job.task, key)
    }
    return key
  }

  /** The job's result if it has finished, undefined while it has not. */
  const finished = async (jobId: string): Promise<Parameters<Waiter['settle']>[0] | undefined> => {
    const state = await queue.getJobState(jobId)
    if (state !== 'completed' && state !== 'failed') return undefined
    const job = (await queue.getJob(jobId)) as Job<WireJob> | undefined
    if (!job) return undefined
    return state === 'completed'
      ? { ok: true, value: job.returnvalue }
      : { ok: false, error: new QueueJobFailedError(jobId, job.failedReason) }
  }

  return {
    name: `queue(${shownUrl}, ${queueName})`,
    concurrency: options.concurrency ?? DEFAULT_IN_FLIGHT,
    async runChunk<J extends ExecutorJob>(job: J, signal?: AbortSignal): Promise<JobResult<J>> {
      if (signal?.aborted) throw signal.reason
      await ready
      const jobId = `${session}-${sweepKey(job)}-${job.kind ?? 'sweep'}-${job.start}-${job.end}`
      const value = await new Promise<unknown>((resolve, reject) => {
        let timer: ReturnType<typeof setInterval> | undefined
        const done = (outcome: Parameters<Waiter['settle']>[0]) => {
          if (!waiters.has(jobId)) return
          waiters.delete(jobId)
          clearInterval(timer)
          signal?.removeEventListener('abort', onAbort)
          if (outcome.ok) resolve(outcome.value)
          else reject(outcome.error)
        }
        const onAbort = () => {
          done({ ok: false, error: signal?.reason as Error })
          // A chunk nobody has taken yet is withdrawn; one being run finishes and is dropped.
          queue.remove(jobId).catch(() => {})
        }
        // Redis is asked every pollMs; when it has not answered for lostAfterMs the chunk fails
        // instead of waiting for ever.
        let added = false
        let asking = false
        let heard = Date.now()
        const check = () => {
          if (Date.now() - heard > lostAfterMs) {
            done({ ok: false, error: new QueueConnectionLostError(shownUrl, lostAfterMs) })
            return
          }
          if (!added || asking) return
          asking = true
          finished(jobId).then(
            (outcome) => {
              asking = false
              heard = Date.now()
              if (outcome) done(outcome)
            },
            () => {
              asking = false
            },
          )
        }
        waiters.set(jobId, { settle: done })
        signal?.addEventListener('abort', onAbort, { once: true })
        timer = setInterval(check, pollMs)
        queue
          .add('chunk', toWireJob(job), {
            jobId,
            attempts: options.attempts ?? 3,
            backoff: { type: 'fixed', delay: 500 },
            removeOnComplete: { age: 3600 },
            removeOnFail: { age: 24 * 3600 },
          })
          .then(() => {
            added = true
            heard = Date.now()
            check()
          })
          .catch((error: Error) => done({ ok: false, error }))
      })
      // The result has been read: the job need not stay in Redis.
      queue.remove(jobId).catch(() => {})
      return decodeWire(value) as JobResult<J>
    },
    workerCount: () => queue.getWorkersCount(),
    async close() {
      for (const waiter of waiters.values())
        waiter.settle({ ok: false, error: new Error('the queue executor was closed') })
      // A clean close waits for Redis; when Redis is gone, disconnect after a moment instead.
      let timer: ReturnType<typeof setTimeout> | undefined
      const closed = Promise.allSettled([events.close(), queue.close()]).then(() => true)
      const late = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), CLOSE_WAIT_MS)
      })
      const clean = await Promise.race([closed, late])
      clearTimeout(timer)
      // Not awaited: with Redis gone, a disconnect may never report back.
      if (!clean) for (const client of [events, queue]) client.disconnect().catch(() => {})
    },
  }
}

/** Why Redis could not be used. */
export interface RedisUnreachable {
  code: 'redis-unreachable'
  url: string
  message: string
}

export interface ProbeRedisOptions {
  /** Give up after this long (default 3000 ms). */
  timeoutMs?: number
}

/**
 * Checks that Redis answers at `url` within a bounded time, so a command can say so plainly instead
 * of retrying for ever.
 *
 * @example
 * const probe = await probeRedis('redis://127.0.0.1:6379')
 * if (!probe.ok) console.error(`cannot reach Redis at ${probe.error.url}: ${probe.error.message}`)
 */
export async function probeRedis(
  url: string,
  options: ProbeRedisOptions = {},
): Promise<{ ok: true } | { ok: false; error: RedisUnreachable }> {
  const timeoutMs = options.timeoutMs ?? 3000
  const shown = displayRedisUrl(url)
  let client: Redis
  try {
    client = new Redis(url, {
      lazyConnect: true,
      connectTimeout: timeoutMs,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      retryStrategy: () => null,
    })
  } catch (error) {
    return {
      ok: false,
      error: { code: 'redis-unreachable', url: shown, message: messageOf(error) },
    }
  }
  // The cause (ECONNREFUSED, ENOTFOUND, a TLS error…) arrives as an event; the rejection only says the
  // connection closed.
  let cause: unknown
  client.on('error', (error) => {
    cause ??= error
  })
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
    })
    await Promise.race([client.connect().then(() => client.ping()), timeout])
    return { ok: true }
  } catch (error) {
    const message = messageOf(cause ?? error)
    return { ok: false, error: { code: 'redis-unreachable', url: shown, message } }
  } finally {
    clearTimeout(timer)
    client.disconnect()
  }
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message === '' && error instanceof AggregateError
    ? error.errors.map(messageOf).join('; ')
    : message
}
