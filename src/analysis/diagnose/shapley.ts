/**
 * @module Shapley values: an order-independent attribution of a measure to players switched on and
 * off in every combination (docs/bargaining.md §2.8: 2⁵ = 32 runs for five causes).
 */

/**
 * Each player's Shapley value φ_i = Σ_{S ∌ i} |S|!(n − |S| − 1)!/n! · [v(S ∪ {i}) − v(S)]; the
 * values add up to v(all) − v(none).
 *
 * @example
 * shapleyValues(['a', 'b'], (on) => (on.has('a') && on.has('b') ? 1 : 0)) //=> { a: 0.5, b: 0.5 }
 */
export function shapleyValues<Player extends string>(
  players: readonly Player[],
  value: (on: ReadonlySet<Player>) => number,
): Record<Player, number> {
  const count = players.length
  const values = new Float64Array(1 << count)
  for (let mask = 0; mask < 1 << count; mask++) {
    values[mask] = value(new Set(players.filter((_, index) => (mask & (1 << index)) !== 0)))
  }
  const factorial = [1]
  for (let index = 1; index <= count; index++)
    factorial[index] = (factorial[index - 1] ?? 1) * index
  const result = {} as Record<Player, number>
  players.forEach((player, index) => {
    const bit = 1 << index
    let total = 0
    for (let mask = 0; mask < 1 << count; mask++) {
      if ((mask & bit) !== 0) continue
      const size = popCount(mask)
      const weight =
        ((factorial[size] ?? 1) * (factorial[count - size - 1] ?? 1)) / (factorial[count] ?? 1)
      total += weight * ((values[mask | bit] ?? 0) - (values[mask] ?? 0))
    }
    result[player] = total
  })
  return result
}

function popCount(mask: number): number {
  let count = 0
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++
  return count
}
