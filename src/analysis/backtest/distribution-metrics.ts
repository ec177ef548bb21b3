/**
 * @module Scores of distributional forecasts: the continuous ranked probability score of a sample
 * (ensemble) forecast, and the coverage and interval score of prediction intervals.
 */

/**
 * The CRPS of the empirical distribution of `sample` for the outcome `outcome`:
 * E|X − y| − ½·E|X − X′| (Gneiting & Raftery 2007, eq. 21), in the units of the scale; 0 for a point
 * mass on the outcome. O(m log m) through the sorted sample: Σᵢⱼ|xᵢ − xⱼ| = 2·Σᵢ (2i − m − 1)·x₍ᵢ₎.
 *
 * @example
 * crpsSample([0, 10], 0) //=> 2.5
 */
export function crpsSample(sample: readonly number[], outcome: number): number {
  const count = sample.length
  if (count === 0) return Number.NaN
  const sorted = [...sample].sort((a, b) => a - b)
  let toOutcome = 0
  let spread = 0
  sorted.forEach((value, index) => {
    toOutcome += Math.abs(value - outcome)
    spread += (2 * (index + 1) - count - 1) * value
  })
  return toOutcome / count - spread / (count * count)
}

/** A central prediction interval. */
export interface PredictionInterval {
  low: number
  high: number
}

/**
 * The share of outcomes inside their intervals (bounds included); NaN when there are none.
 *
 * @example
 * intervalCoverage([{ low: 0, high: 10 }, { low: 0, high: 10 }], [10, 11]) //=> 0.5
 */
export function intervalCoverage(
  intervals: readonly PredictionInterval[],
  outcomes: readonly number[],
): number {
  let inside = 0
  intervals.forEach((interval, index) => {
    const outcome = outcomes[index] as number
    if (outcome >= interval.low && outcome <= interval.high) inside++
  })
  return inside / intervals.length
}

/**
 * The interval score of a central (1 − alpha) interval (Gneiting & Raftery 2007, eq. 43): its width
 * plus 2/alpha times the distance by which the outcome falls outside. Lower is better.
 *
 * @example
 * intervalScore({ low: 0, high: 10 }, 12, 0.2) //=> 10 + (2 / 0.2) * 2
 */
export function intervalScore(
  interval: PredictionInterval,
  outcome: number,
  alpha: number,
): number {
  const below = Math.max(0, interval.low - outcome)
  const above = Math.max(0, outcome - interval.high)
  return interval.high - interval.low + (2 / alpha) * (below + above)
}
