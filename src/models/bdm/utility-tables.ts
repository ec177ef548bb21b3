/**
 * @module Each round's success and failure utilities for every ordered pair, U_s(a→b; r_a) and
 * U_f(a→b; r_a) (eqs. 15–16), so the receiver's and the partner's perspectives read the same
 * table. The plain path uses `pow`; the fast path shares one logarithm per unordered pair and
 * takes `exp(r_a·log(base))` (within a few ulps of `pow`, at a quarter of its cost).
 */
import type { Algorithm } from './settings.ts'
import { failureUtility, successUtility } from './utilities.ts'

/** U_s and U_f at a·n + b, evaluated with the challenger a's exponent. */
export interface UtilityTables {
  success: Float64Array
  failure: Float64Array
}

/**
 * Allocates the tables for `count` actors.
 *
 * @example
 * createUtilityTables(10).success.length //=> 100
 */
export function createUtilityTables(count: number): UtilityTables {
  return { success: new Float64Array(count * count), failure: new Float64Array(count * count) }
}

/**
 * Fills both tables from the positions, the range and each actor's exponent.
 *
 * @example
 * fillUtilityTables(positions, risk, 6, 'plain', tables) // tables.success[1·n + 4] = U_s(Belgium→France; r_Belgium)
 */
export function fillUtilityTables(
  positions: Float64Array,
  exponents: Float64Array,
  range: number,
  algorithm: Algorithm,
  tables: UtilityTables,
): void {
  const n = positions.length
  const { success, failure } = tables
  if (algorithm === 'plain') {
    for (let a = 0; a < n; a++) {
      const xa = positions[a] as number
      const exponent = exponents[a] as number
      for (let b = 0; b < n; b++) {
        const distance = Math.abs(xa - (positions[b] as number))
        success[a * n + b] = successUtility(distance, range, exponent)
        failure[a * n + b] = failureUtility(distance, range, exponent)
      }
    }
    return
  }
  for (let a = 0; a < n; a++) {
    const xa = positions[a] as number
    const exponentA = exponents[a] as number
    success[a * n + a] = successUtility(0, range, exponentA)
    failure[a * n + a] = failureUtility(0, range, exponentA)
    for (let b = a + 1; b < n; b++) {
      const exponentB = exponents[b] as number
      const half = (0.5 * Math.abs(xa - (positions[b] as number))) / range
      const logSuccess = Math.log(0.5 - half)
      const logFailure = Math.log(0.5 + half)
      success[a * n + b] = 2 - 4 * Math.exp(exponentA * logSuccess)
      success[b * n + a] = 2 - 4 * Math.exp(exponentB * logSuccess)
      failure[a * n + b] = 2 - 4 * Math.exp(exponentA * logFailure)
      failure[b * n + a] = 2 - 4 * Math.exp(exponentB * logFailure)
    }
  }
}
