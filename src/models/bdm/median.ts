/**
 * @module The model's two weighted-median rules (docs/models.md §2.3): upstream's Condorcet sweep and the
 * lower weighted median. They agreed in every round of every fixture.
 */
import { weightedMedian } from '../weights.ts'
import type { MedianRule } from './settings.ts'

/**
 * Upstream's sweep: over the distinct positions in first-occurrence order, keep the current best
 * unless a later position wins the weighted linear pairwise vote, Σ_k w_k·(|x_k − best| −
 * |x_k − p|)/L > 0. `scratch` (at least as long as `positions`) keeps |x_k − best|/L between
 * candidates.
 *
 * @example
 * condorcetSweep([4, 7, 10], [1, 1, 1], 6) //=> 7
 */
export function condorcetSweep(
  positions: ArrayLike<number>,
  weights: ArrayLike<number>,
  range: number,
  scratch: Float64Array = new Float64Array(positions.length),
): number {
  const n = positions.length
  let best = positions[0] as number
  const bestDistances = scratch
  for (let k = 0; k < n; k++) bestDistances[k] = Math.abs((positions[k] as number) - best) / range
  for (let p = 1; p < n; p++) {
    const candidate = positions[p] as number
    let seen = false
    for (let q = 0; q < p && !seen; q++) seen = positions[q] === candidate
    if (seen) continue
    let votes = 0
    for (let k = 0; k < n; k++) {
      const xk = positions[k] as number
      votes +=
        (weights[k] as number) * ((bestDistances[k] as number) - Math.abs(xk - candidate) / range)
    }
    if (votes > 0) {
      best = candidate
      for (let k = 0; k < n; k++) {
        bestDistances[k] = Math.abs((positions[k] as number) - best) / range
      }
    }
  }
  return best
}

/**
 * The weighted median under the chosen rule (`scratch` as for {@link condorcetSweep}).
 *
 * @example
 * bdmMedian('lowerWeightedMedian', [4, 7, 10], [1, 1, 1], 6) //=> 7
 */
export function bdmMedian(
  rule: MedianRule,
  positions: ArrayLike<number>,
  weights: ArrayLike<number>,
  range: number,
  scratch?: Float64Array,
): number {
  return rule === 'condorcetSweep'
    ? condorcetSweep(positions, weights, range, scratch)
    : weightedMedian(positions, weights)
}
