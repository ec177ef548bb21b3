/**
 * @module The Shapley–Shubik index of a weighted voting game, computed exactly by counting coalitions
 * with dynamic programming over (size, weight), not by sampling orderings.
 */

/** Why an index could not be computed. */
export type ShapleyShubikIssue =
  | { code: 'non_integer_weight'; index: number; weight: number }
  | { code: 'bad_quota'; quota: number; total: number }

export type ShapleyShubikResult =
  | { ok: true; value: number[] }
  | { ok: false; issue: ShapleyShubikIssue }

/**
 * The Shapley–Shubik index of each player of the weighted game [quota; weights]: the share of the n!
 * orderings in which the player is pivotal, i.e. turns a losing coalition (weight < quota) into a
 * winning one (weight ≥ quota). For player i it is Σ over coalitions S of the others with
 * quota − wᵢ ≤ w(S) < quota of |S|!·(n−1−|S|)!/n!; the coalitions are counted by size and weight in
 * O(n²·W) per distinct weight, where W is the total weight. Weights must be non-negative integers and
 * the quota in (0, W].
 *
 * @example
 * shapleyShubikIndex([4, 4, 4, 2, 2, 1], 12).value //=> [7/30, 7/30, 7/30, 3/20, 3/20, 0]
 */
export function shapleyShubikIndex(weights: readonly number[], quota: number): ShapleyShubikResult {
  const count = weights.length
  let total = 0
  for (let index = 0; index < count; index++) {
    const weight = weights[index] as number
    if (!Number.isInteger(weight) || weight < 0) {
      return { ok: false, issue: { code: 'non_integer_weight', index, weight } }
    }
    total += weight
  }
  if (!(quota > 0 && quota <= total))
    return { ok: false, issue: { code: 'bad_quota', quota, total } }
  // orderingShare[k] = k!(n−1−k)!/n! = 1 / (n · C(n−1, k)).
  const orderingShare = new Float64Array(count)
  let binomial = 1
  for (let size = 0; size < count; size++) {
    orderingShare[size] = 1 / (count * binomial)
    binomial = (binomial * (count - 1 - size)) / (size + 1)
  }
  const byWeight = new Map<number, number>()
  const value = weights.map((weight, player) => {
    const known = byWeight.get(weight)
    if (known !== undefined) return known
    const index = pivotShare(weights, player, quota, total, orderingShare)
    byWeight.set(weight, index)
    return index
  })
  return { ok: true, value }
}

/** The share of orderings in which `player` is pivotal. */
function pivotShare(
  weights: readonly number[],
  player: number,
  quota: number,
  total: number,
  orderingShare: Float64Array,
): number {
  const count = weights.length
  const width = total + 1
  // coalitions[size * width + weight] = number of coalitions of the other players with that size and weight.
  const coalitions = new Float64Array(count * width)
  coalitions[0] = 1
  let members = 0
  for (let other = 0; other < count; other++) {
    if (other === player) continue
    const weight = weights[other] as number
    members++
    for (let size = members; size >= 1; size--) {
      const row = size * width
      const previous = (size - 1) * width
      for (let sum = total; sum >= weight; sum--) {
        coalitions[row + sum] =
          (coalitions[row + sum] as number) + (coalitions[previous + sum - weight] as number)
      }
    }
  }
  const low = Math.max(0, quota - (weights[player] as number))
  let share = 0
  for (let size = 0; size < count; size++) {
    let pivotal = 0
    for (let sum = low; sum < quota; sum++) pivotal += coalitions[size * width + sum] as number
    share += pivotal * (orderingShare[size] as number)
  }
  return share
}
