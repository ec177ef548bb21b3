/** @module The identity of a scenario: the SHA-256 of its canonical JSON. */
import { canonicalJson } from '../lib/canonical-json.ts'
import { sha256Hex } from '../lib/sha256.ts'
import type { Scenario } from './types.ts'

/**
 * Hashes a normalised scenario: `sha256:` and the hex digest of its canonical JSON.
 *
 * @example
 * hashScenario(scenario) //=> 'sha256:3f1c…'
 */
export function hashScenario(scenario: Scenario): string {
  return `sha256:${sha256Hex(canonicalJson(scenario))}`
}
