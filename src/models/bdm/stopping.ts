/**
 * @module The stopping rules of docs/models.md §5: an exact fixed point (a round with no move) and a cycle
 * (the state within a tolerance of the one p rounds earlier, p = 2..8), told apart from a slow
 * convergence that also looks like period 2.
 */

/** The shortest and longest cycle periods looked for. */
export const CYCLE_PERIODS = { shortest: 2, longest: 8 } as const

/** The cycle tolerance as a fraction of the range L. */
export const CYCLE_TOLERANCE = 1e-9

/** What the stopping rules see after a round. */
export type StopSignal =
  | { kind: 'fixed-point' }
  | { kind: 'converging'; period: number }
  | { kind: 'cycle'; period: number }

/**
 * Checks the rules after the last round of `history` (round 0 first): a fixed point when nobody
 * moved, else the smallest period p with max_i |x_i(t) − x_i(t−p)| ≤ `tolerance`, reported as
 * converging when every state from t−p to t is within `tolerance` of the last. Period 1 is never
 * tested by tolerance: a near-stationary actor may still jump (Columbus, round 9).
 *
 * @example
 * detectStop([a, b, a], 2, 1e-9) //=> { kind: 'cycle', period: 2 }
 */
export function detectStop(
  history: readonly Float64Array[],
  moveCount: number,
  tolerance: number,
): StopSignal | undefined {
  if (moveCount === 0) return { kind: 'fixed-point' }
  const last = history.length - 1
  const current = history[last]
  if (!current) return undefined
  for (let period = CYCLE_PERIODS.shortest; period <= CYCLE_PERIODS.longest; period++) {
    const earlier = history[last - period]
    if (!earlier) break
    if (!(largestDifference(current, earlier) <= tolerance)) continue
    let converging = true
    for (let back = 1; back < period && converging; back++) {
      const state = history[last - back]
      converging = state !== undefined && largestDifference(current, state) <= tolerance
    }
    return converging ? { kind: 'converging', period } : { kind: 'cycle', period }
  }
  return undefined
}

function largestDifference(a: Float64Array, b: Float64Array): number {
  let largest = 0
  for (let i = 0; i < a.length; i++) {
    const difference = Math.abs((a[i] as number) - (b[i] as number))
    if (!(difference <= largest)) largest = difference
  }
  return largest
}
