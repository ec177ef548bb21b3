/** @module For tests: the value of an entry point's result, failing the test when it was refused. */
import assert from 'node:assert/strict'
import type { AnalysisResult } from './entry-checks.ts'

/**
 * The value of a result that must have succeeded.
 *
 * @example
 * expectOk(diagnoseScenario(scenario)).pairs //=> [...]
 */
export function expectOk<T>(result: AnalysisResult<T>): T {
  if (!result.ok) assert.fail(`refused: ${JSON.stringify(result.error)}`)
  return result.value
}
