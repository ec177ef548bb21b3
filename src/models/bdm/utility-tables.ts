/**
 * @module Each round's success and failure utilities, U_s(a→b; r_a) and U_f(a→b; r_a) (eqs. 15–16),
 * so the receiver's and the partner's perspectives read the same table. The plain path fills them
 * for every ordered pair of actors with `pow`; the fast path for every actor and group of equal
 * positions, one logarithm per pair of groups serving every actor's exponent, `exp(r_a·log(base))`
 * (within a few ulps of `pow`, at a fraction of its cost).
 */
import { fastExp } from './fast-math.ts'
import type { PositionGroups } from './position-groups.ts'
import { failureUtility, successUtility } from './utilities.ts'

/**
 * U_s and U_f evaluated with the challenger a's exponent: at a·n + b for target actor b (plain
 * path), at a·n + q for target group q (fast path; entries for a's own group are not filled).
 */
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
 * The plain path: fills both tables for every ordered pair of actors from the positions, the range
 * and each actor's exponent.
 *
 * @example
 * fillUtilityTables(positions, risk, 6, tables) // tables.success[1·n + 4] = U_s(Belgium→France; r_Belgium)
 */
export function fillUtilityTables(
  positions: Float64Array,
  exponents: Float64Array,
  range: number,
  tables: UtilityTables,
): void {
  const n = positions.length
  const { success, failure } = tables
  for (let a = 0; a < n; a++) {
    const xa = positions[a] as number
    const exponent = exponents[a] as number
    const row = a * n
    for (let b = 0; b < n; b++) {
      const distance = Math.abs(xa - (positions[b] as number))
      // An equal distance earlier in the row has the same utilities: `pow` only once per distance.
      let same = 0
      while (same < b && Math.abs(xa - (positions[same] as number)) !== distance) same++
      if (same < b) {
        success[row + b] = success[row + same] as number
        failure[row + b] = failure[row + same] as number
      } else {
        const value = successUtility(distance, range, exponent)
        success[row + b] = value
        // At distance 0 both bases are 0.5 exactly (for a positive range): one `pow`.
        failure[row + b] =
          distance === 0 && range > 0 ? value : failureUtility(distance, range, exponent)
      }
    }
  }
}

/**
 * The fast path: fills both tables for every actor and every group other than its own, from the
 * groups' logarithms (`fillGroupLogarithms`).
 *
 * @example
 * fillGroupUtilityTables(groups, risk, tables) // tables.success[a·n + group[b]] = U_s(a→b; r_a)
 */
export function fillGroupUtilityTables(
  groups: PositionGroups,
  exponents: Float64Array,
  tables: UtilityTables,
): void {
  const { count: n, size: m, group, logSuccessBases, logFailureBases } = groups
  const { success, failure } = tables
  for (let a = 0; a < n; a++) {
    const own = group[a] as number
    const exponent = exponents[a] as number
    const row = own * n
    const out = a * n
    for (let q = 0; q < m; q++) {
      if (q === own) continue
      success[out + q] = 2 - 4 * fastExp(exponent * (logSuccessBases[row + q] as number))
      failure[out + q] = 2 - 4 * fastExp(exponent * (logFailureBases[row + q] as number))
    }
  }
}
