/**
 * @module Wilson score intervals for a binomial proportion (Wilson 1927; Newcombe 1998, method 3),
 * at the 80% and 95% levels the outside view reports.
 */

/** A proportion with its two intervals. */
export interface RateWithIntervals {
  /** Successes. */
  count: number
  /** Trials. */
  total: number
  /** count / total (0 when total is 0). */
  rate: number
  /** Wilson 80% interval. */
  interval80: [number, number]
  /** Wilson 95% interval. */
  interval95: [number, number]
}

/** Standard-normal quantiles: z for the 80% and 95% two-sided levels. */
export const Z_80 = 1.2815515655446004
export const Z_95 = 1.959963984540054

/**
 * The Wilson score interval for `count` successes in `total` trials at normal quantile `z`:
 * (p + z²/2n ± z √(p(1−p)/n + z²/4n²)) / (1 + z²/n). Defined for non-integer counts too (the
 * horizon scaling passes weighted counts); `[0, 1]` when total is 0.
 *
 * @example
 * wilsonInterval(0, 20, 1.959963984540054) //=> [0, 0.16113...]
 */
export function wilsonInterval(count: number, total: number, z: number): [number, number] {
  if (!(total > 0)) return [0, 1]
  const p = count / total
  const z2 = z * z
  const denominator = 1 + z2 / total
  const centre = (p + z2 / (2 * total)) / denominator
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}

/**
 * A proportion with its Wilson 80% and 95% intervals.
 *
 * @example
 * rateWithIntervals(14, 58).rate //=> 0.2413...
 */
export function rateWithIntervals(count: number, total: number): RateWithIntervals {
  return {
    count,
    total,
    rate: total > 0 ? count / total : 0,
    interval80: wilsonInterval(count, total, Z_80),
    interval95: wilsonInterval(count, total, Z_95),
  }
}
