/** @module Split-conformal prediction intervals from out-of-sample absolute residuals. */

/**
 * The conformal half-width for nominal coverage `level` from n calibration absolute residuals: the
 * ⌈(n + 1)·level⌉-th smallest (Infinity when that exceeds n). Under exchangeability a new residual
 * falls within it with probability ≥ level (Vovk et al. 2005; Lei et al. 2018).
 *
 * @example
 * conformalHalfWidth([1, 2, 3, 4, 5, 6, 7, 8, 9], 0.8) //=> 8
 */
export function conformalHalfWidth(absoluteResiduals: readonly number[], level: number): number {
  const sorted = [...absoluteResiduals].sort((a, b) => a - b)
  const rank = Math.ceil((sorted.length + 1) * level)
  if (rank > sorted.length) return Number.POSITIVE_INFINITY
  return sorted[Math.max(rank, 1) - 1] as number
}
