import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { shapleyShubikIndex } from './shapley-shubik.ts'

/** Shapley–Shubik by its definition: the share of all n! orderings in which each player is pivotal. */
function byOrderings(weights: readonly number[], quota: number): number[] {
  const pivots = weights.map(() => 0)
  let orderings = 0
  const visit = (order: number[], rest: number[]) => {
    if (rest.length === 0) {
      orderings++
      let sum = 0
      for (const player of order) {
        sum += weights[player] as number
        if (sum >= quota) {
          pivots[player] = (pivots[player] as number) + 1
          return
        }
      }
      return
    }
    for (const player of rest) {
      visit(
        [...order, player],
        rest.filter((other) => other !== player),
      )
    }
  }
  visit(
    [],
    weights.map((_, index) => index),
  )
  return pivots.map((count) => count / orderings)
}

/** Shapley–Shubik by enumerating every coalition of the others (2^(n−1) per player). */
function byCoalitions(weights: readonly number[], quota: number): number[] {
  const n = weights.length
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1))
  return weights.map((weight, player) => {
    let share = 0
    for (let mask = 0; mask < 1 << n; mask++) {
      if (mask & (1 << player)) continue
      let sum = 0
      let size = 0
      for (let other = 0; other < n; other++) {
        if (mask & (1 << other)) {
          sum += weights[other] as number
          size++
        }
      }
      if (sum < quota && sum + weight >= quota) {
        share += (factorial(size) * factorial(n - 1 - size)) / factorial(n)
      }
    }
    return share
  })
}

describe('shapleyShubikIndex', () => {
  it('gives the EEC of 1958 [12; 4,4,4,2,2,1] its textbook values, Luxembourg a dummy', () => {
    const result = shapleyShubikIndex([4, 4, 4, 2, 2, 1], 12)
    assert.ok(result.ok)
    const expected = [7 / 30, 7 / 30, 7 / 30, 3 / 20, 3 / 20, 0]
    result.value.forEach((value, index) => {
      assert.ok(Math.abs(value - (expected[index] as number)) < 1e-12, `player ${index}: ${value}`)
    })
    const check = byOrderings([4, 4, 4, 2, 2, 1], 12)
    check.forEach((value, index) => {
      assert.ok(Math.abs(value - (result.value[index] as number)) < 1e-12)
    })
  })

  it('agrees with the definition on a small game with a veto player', () => {
    const weights = [5, 3, 2, 1, 1]
    const result = shapleyShubikIndex(weights, 9)
    assert.ok(result.ok)
    const check = byOrderings(weights, 9)
    check.forEach((value, index) => {
      assert.ok(Math.abs(value - (result.value[index] as number)) < 1e-12)
    })
  })

  it('gives 1/n each under unanimity and everything to a dictator', () => {
    const unanimity = shapleyShubikIndex([3, 2, 1, 1], 7)
    assert.ok(unanimity.ok)
    for (const value of unanimity.value) assert.ok(Math.abs(value - 0.25) < 1e-12)
    const dictator = shapleyShubikIndex([6, 2, 1, 1], 6)
    assert.ok(dictator.ok)
    assert.deepEqual(dictator.value, [1, 0, 0, 0])
  })

  it('computes the EU15 QMV game (62 of 87) exactly, summing to 1', () => {
    // de fr it uk es nl be el pt at se dk fi ie lu
    const weights = [10, 10, 10, 10, 8, 5, 5, 5, 5, 4, 4, 3, 3, 3, 2]
    const result = shapleyShubikIndex(weights, 62)
    assert.ok(result.ok)
    const check = byCoalitions(weights, 62)
    check.forEach((value, index) => {
      assert.ok(Math.abs(value - (result.value[index] as number)) < 1e-12, `player ${index}`)
    })
    assert.ok(Math.abs(result.value.reduce((sum, value) => sum + value, 0) - 1) < 1e-12)
    // The figures commonly quoted for EU15 QMV (large states 11.67 %, Spain 9.55 %, Luxembourg
    // 2.07 %); no source text in the reference material states them, the coalition count above is
    // the real check.
    assert.equal(Number(((result.value[0] as number) * 100).toFixed(2)), 11.67)
    assert.equal(Number(((result.value[4] as number) * 100).toFixed(2)), 9.55)
    assert.equal(Number(((result.value[14] as number) * 100).toFixed(2)), 2.07)
  })

  it('computes the EU28 Nice game (260 of 352) in well under a second', () => {
    const weights = [
      29, 29, 29, 29, 27, 27, 14, 13, 12, 12, 12, 12, 12, 10, 10, 10, 7, 7, 7, 7, 7, 7, 4, 4, 4, 4,
      4, 3,
    ]
    assert.equal(
      weights.reduce((sum, weight) => sum + weight, 0),
      352,
    )
    const started = performance.now()
    const result = shapleyShubikIndex(weights, 260)
    assert.ok(performance.now() - started < 1000)
    assert.ok(result.ok)
    assert.ok(Math.abs(result.value.reduce((sum, value) => sum + value, 0) - 1) < 1e-9)
    assert.ok((result.value[0] as number) > (result.value[4] as number))
  })

  it('refuses fractional weights and impossible quotas, as data', () => {
    assert.deepEqual(shapleyShubikIndex([1.5, 2], 2), {
      ok: false,
      issue: { code: 'non_integer_weight', index: 0, weight: 1.5 },
    })
    assert.deepEqual(shapleyShubikIndex([1, 2], 4), {
      ok: false,
      issue: { code: 'bad_quota', quota: 4, total: 3 },
    })
  })
})
