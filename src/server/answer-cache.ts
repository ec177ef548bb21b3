/**
 * @module The answers of the most asked stored runs, as the bytes sent: a repeated request skips reading
 * its result from the store (an analysis is about 470 KB of JSON) and encoding it again. Bounded in
 * bytes; the least recently used answer goes first.
 */

/** Answers by run key. */
export interface AnswerCache {
  get(key: string): Uint8Array | undefined
  set(key: string, answer: Uint8Array): void
}

/**
 * A cache holding at most `maxBytes` of answers (an answer larger than that is not kept).
 *
 * @example
 * const cache = createAnswerCache(64 * 2 ** 20)
 * cache.set('k', new TextEncoder().encode('{}'))
 * cache.get('k') //=> Uint8Array [123, 125]
 */
export function createAnswerCache(maxBytes: number): AnswerCache {
  const entries = new Map<string, Uint8Array>()
  let bytes = 0
  return {
    get(key) {
      const answer = entries.get(key)
      if (answer) {
        entries.delete(key)
        entries.set(key, answer)
      }
      return answer
    },
    set(key, answer) {
      if (answer.byteLength > maxBytes || entries.has(key)) return
      entries.set(key, answer)
      bytes += answer.byteLength
      for (const [oldest, old] of entries) {
        if (bytes <= maxBytes) break
        entries.delete(oldest)
        bytes -= old.byteLength
      }
    },
  }
}
