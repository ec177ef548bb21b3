/** @module The identity of a scenario: the SHA-256 of its canonical JSON. */
import { canonicalJson } from '../lib/canonical-json.ts'
import { sha256Hex } from '../lib/sha256.ts'
import type { Scenario } from './types.ts'

/** The last text hashed and its hash. */
let last: { text: string; hash: string } | undefined

/**
 * Hashes a normalised scenario: `sha256:` and the hex digest of its canonical JSON.
 *
 * @example
 * hashScenario(scenario) //=> 'sha256:3f1c…'
 */
export function hashScenario(scenario: Scenario): string {
  const text = canonicalJson(scenario)
  // One run hashes the same scenario many times (every model, the diagnosis, the comparison):
  // the same text has the same digest.
  if (last?.text !== text) last = { text, hash: `sha256:${sha256Hex(text)}` }
  return last.hash
}
