/**
 * @module Weighted summaries of positions on one issue: means and medians, the building blocks of the
 * baseline models (and the reported figures of the dynamic ones).
 */

/**
 * The weighted mean Σ w·x / Σ w; NaN when the weights sum to zero.
 *
 * @example
 * weightedMean([4, 10], [1, 3]) //=> 8.5
 */
export function weightedMean(positions: ArrayLike<number>, weights: ArrayLike<number>): number {
  let weighted = 0
  let total = 0
  for (let i = 0; i < positions.length; i++) {
    const weight = weights[i] as number
    weighted += weight * (positions[i] as number)
    total += weight
  }
  return weighted / total
}

/**
 * The lower weighted median: the lowest position at which the cumulative weight reaches half the
 * total. Positions are sorted by position, then weight, and every sum is taken in that order, so
 * the result does not depend on the input order, even at an exact half-weight tie (where the lower
 * of the two middle positions is returned).
 *
 * @example
 * weightedMedian([10, 4, 7], [1, 1, 1]) //=> 7
 * weightedMedian([0, 10, 20, 30], [0.9, 0.5, 0.8, 0.6]) //=> 10, in every order
 */
export function weightedMedian(positions: ArrayLike<number>, weights: ArrayLike<number>): number {
  const order = Array.from({ length: positions.length }, (_, index) => index)
  order.sort(
    (a, b) =>
      (positions[a] as number) - (positions[b] as number) ||
      (weights[a] as number) - (weights[b] as number),
  )
  // The weight above each place, summed from the top, is compared with the weight up to it, summed
  // from the bottom: at an exact tie both sides add the same decimals, so no rounding of a total
  // decides which of the two middle positions is returned.
  const above = new Float64Array(order.length + 1)
  for (let i = order.length - 1; i >= 0; i--) {
    above[i] = (above[i + 1] as number) + (weights[order[i] as number] as number)
  }
  let cumulative = 0
  for (let i = 0; i < order.length; i++) {
    const index = order[i] as number
    cumulative += weights[index] as number
    if (cumulative >= (above[i + 1] as number)) return positions[index] as number
  }
  return Number.NaN
}

/**
 * The plain median: the middle position, or the mean of the two middle ones for an even count.
 *
 * @example
 * plainMedian([4, 10, 7, 4]) //=> 5.5
 */
export function plainMedian(positions: ArrayLike<number>): number {
  const sorted = Array.from(positions).sort((a, b) => a - b)
  const middle = sorted.length >> 1
  if (sorted.length === 0) return Number.NaN
  if (sorted.length % 2 === 1) return sorted[middle] as number
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/**
 * The plain mean of positions.
 *
 * @example
 * plainMean([4, 7, 10]) //=> 7
 */
export function plainMean(positions: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < positions.length; i++) sum += positions[i] as number
  return sum / positions.length
}
