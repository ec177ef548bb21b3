/**
 * @module The scenarios the API has loaded, by the SHA-256 of their text: loading and hashing the
 * flagship takes a few hundred ms, so a repeated request (the common case: a stored run asked again)
 * skips both. Bounded: the least recently used text goes first.
 */
import { createHash } from 'node:crypto'
import { hashScenario } from '../scenario/hash.ts'
import type { LoadResult } from '../scenario/issues.ts'
import type { Scenario } from '../scenario/types.ts'

/** A scenario text loaded: its result and, when it loaded, the scenario's hash. */
export type LoadedScenario =
  | { ok: true; value: Scenario; hash: string }
  | Extract<LoadResult<Scenario>, { ok: false }>

/** Loads a text once, then answers from memory. */
export interface ScenarioCache {
  load(text: string, loader: (text: string) => LoadResult<Scenario>): LoadedScenario
}

/**
 * A cache of at most `capacity` texts.
 *
 * @example
 * const cache = createScenarioCache(64)
 * cache.load(FLAGSHIP.text, loadScenarioText).ok //=> true
 */
export function createScenarioCache(capacity: number): ScenarioCache {
  const entries = new Map<string, LoadedScenario>()
  return {
    load(text, loader) {
      const key = createHash('sha256').update(text).digest('hex')
      const cached = entries.get(key)
      if (cached) {
        entries.delete(key)
        entries.set(key, cached)
        return cached
      }
      const result = loader(text)
      const loaded: LoadedScenario = result.ok
        ? { ok: true, value: result.value, hash: hashScenario(result.value) }
        : result
      entries.set(key, loaded)
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string)
      return loaded
    },
  }
}
