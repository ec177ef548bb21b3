/** @module Closed intervals on the unit issue scale, the currency of bargaining ranges and win-sets. */

/**
 * Differences smaller than this are rounding, not substance: a gap of 1e-12 is a zone of one point,
 * and a margin of 1e-12 does not block.
 */
export const TOLERANCE = 1e-9

/** A closed interval; `low > high` means it is empty. */
export interface Interval {
  low: number
  high: number
}

/**
 * Intersects intervals: the largest low and the smallest high (empty when low > high).
 *
 * @example
 * intersect([{ low: 0.45, high: 1 }, { low: 0, high: 0.7 }]) //=> { low: 0.45, high: 0.7 }
 */
export function intersect(intervals: readonly Interval[]): Interval {
  let low = Number.NEGATIVE_INFINITY
  let high = Number.POSITIVE_INFINITY
  for (const interval of intervals) {
    low = Math.max(low, interval.low)
    high = Math.min(high, interval.high)
  }
  return { low, high }
}

/**
 * The distance from a point to an interval (0 inside it).
 *
 * @example
 * distanceToInterval(0, { low: 0.45, high: 0.7 }) //=> 0.45
 */
export function distanceToInterval(point: number, interval: Interval): number {
  if (point < interval.low) return interval.low - point
  if (point > interval.high) return point - interval.high
  return 0
}

/**
 * Clips a number to [0, 1].
 *
 * @example
 * clipUnit(1.2) //=> 1
 */
export function clipUnit(value: number): number {
  return Math.min(1, Math.max(0, value))
}
