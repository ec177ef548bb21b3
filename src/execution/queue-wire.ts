/**
 * @module What the queue executor and its workers agree on: the queue's default name, the data of a
 * job (the engine version beside the encoded chunk) and where a Redis URL is shown without secrets.
 */
import { ENGINE_VERSION } from '../version.ts'
import type { ExecutorJob } from './executor.ts'
import { decodeWire, encodeWire } from './wire-codec.ts'

/**
 * The default queue: one per engine version, so a worker of another version never even sees a job
 * (the worker checks the version of every job too, for queues named by hand).
 */
export const DEFAULT_QUEUE_NAME = `jirga-sweeps-${ENGINE_VERSION}`

/** The lock a worker holds on a chunk by default; another worker takes a chunk whose lock lapsed. */
export const DEFAULT_LOCK_MS = 30_000

/** A job's data in Redis. */
export interface WireJob {
  /** The engine version of the submitter; a worker of another version refuses the job. */
  engine: string
  /** The chunk, encoded by `encodeWire`. */
  job: unknown
}

/**
 * Wraps a chunk for the queue.
 *
 * @example
 * toWireJob({ scenario, task, start: 0, end: 500 }).engine //=> '0.1.0'
 */
export function toWireJob(job: ExecutorJob): WireJob {
  return { engine: ENGINE_VERSION, job: encodeWire(job) }
}

/**
 * Unwraps a chunk from the queue, or says why this engine refuses it.
 *
 * @example
 * fromWireJob(toWireJob(job)) //=> { ok: true, job }
 */
export function fromWireJob(
  data: unknown,
):
  | { ok: true; job: ExecutorJob }
  | { ok: false; code: 'engine-mismatch'; jobEngine: string; workerEngine: string } {
  const wire = data as Partial<WireJob> | null
  const engine = typeof wire?.engine === 'string' ? wire.engine : 'unknown'
  if (engine !== ENGINE_VERSION)
    return { ok: false, code: 'engine-mismatch', jobEngine: engine, workerEngine: ENGINE_VERSION }
  return { ok: true, job: decodeWire(wire?.job) as ExecutorJob }
}

/**
 * A Redis URL as it may be printed: user name and password left out.
 *
 * @example
 * displayRedisUrl('redis://user:secret@host:6379/0') //=> 'redis://host:6379/0'
 */
export function displayRedisUrl(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    return parsed.toString().replace(/\/$/, '')
  } catch {
    return '(an invalid URL)'
  }
}
