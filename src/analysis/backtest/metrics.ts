/** @module Point-forecast error metrics: mean and median absolute error, root mean squared error. */

/** The error summary of a set of point forecasts. */
export interface ErrorSummary {
  n: number
  /** Mean absolute error. */
  mae: number
  /** Median absolute error (the mean of the two middle ones for an even count). */
  medianAe: number
  /** Root mean squared error. */
  rmse: number
}

/**
 * Summarises signed errors (prediction − outcome); NaN metrics when there are none.
 *
 * @example
 * summariseErrors([3, -4, 0]) //=> { n: 3, mae: 7/3, medianAe: 3, rmse: Math.sqrt(25/3) }
 */
export function summariseErrors(errors: readonly number[]): ErrorSummary {
  const n = errors.length
  let absolute = 0
  let squared = 0
  for (const error of errors) {
    absolute += Math.abs(error)
    squared += error * error
  }
  return {
    n,
    mae: absolute / n,
    medianAe: median(errors.map(Math.abs)),
    rmse: Math.sqrt(squared / n),
  }
}

/**
 * The median of numbers (the mean of the two middle ones for an even count); NaN when empty.
 *
 * @example
 * median([4, 1, 3, 2]) //=> 2.5
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  if (sorted.length === 0) return Number.NaN
  if (sorted.length % 2 === 1) return sorted[middle] as number
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/**
 * The q-quantile of numbers by linear interpolation between order statistics (type 7, the default of
 * R and NumPy); NaN when empty.
 *
 * @example
 * quantile([1, 2, 3, 4, 5], 0.25) //=> 2
 */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const position = (sorted.length - 1) * q
  const lower = Math.floor(position)
  const upper = Math.ceil(position)
  const low = sorted[lower] as number
  return low + ((sorted[upper] as number) - low) * (position - lower)
}
