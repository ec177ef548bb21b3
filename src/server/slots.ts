/** @module Bounded concurrency with a bounded queue: at most `concurrency` holders, `maxQueue` waiting. */

/** A slot given back with `release`, or why none was given. */
export type SlotOutcome =
  | { ok: true; release: () => void }
  | { ok: false; code: 'full' | 'aborted' }

/** Hands out slots in arrival order. */
export interface Slots {
  /** Waits for a slot; `full` at once when the queue is full, `aborted` when the signal fires first. */
  acquire(signal: AbortSignal): Promise<SlotOutcome>
  /** Holders and waiters now. */
  counts(): { running: number; waiting: number }
}

/**
 * Creates the slots.
 *
 * @example
 * const slots = createSlots(2, 1000)
 * const slot = await slots.acquire(AbortSignal.timeout(60_000))
 * if (slot.ok) slot.release()
 */
export function createSlots(concurrency: number, maxQueue: number): Slots {
  let running = 0
  const waiting: Array<(granted: boolean) => void> = []
  const release = () => {
    const next = waiting.shift()
    if (next) next(true)
    else running--
  }
  const once = () => {
    let released = false
    return () => {
      if (released) return
      released = true
      release()
    }
  }
  return {
    acquire(signal) {
      if (signal.aborted) return Promise.resolve({ ok: false, code: 'aborted' })
      if (running < concurrency) {
        running++
        return Promise.resolve({ ok: true, release: once() })
      }
      if (waiting.length >= maxQueue) return Promise.resolve({ ok: false, code: 'full' })
      return new Promise((resolve) => {
        const grant = (granted: boolean) => {
          signal.removeEventListener('abort', onAbort)
          resolve(granted ? { ok: true, release: once() } : { ok: false, code: 'aborted' })
        }
        const onAbort = () => {
          const index = waiting.indexOf(grant)
          if (index >= 0) waiting.splice(index, 1)
          grant(false)
        }
        waiting.push(grant)
        signal.addEventListener('abort', onAbort, { once: true })
      })
    },
    counts: () => ({ running, waiting: waiting.length }),
  }
}
