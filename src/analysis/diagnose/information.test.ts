/** docs/bargaining.md §2.2: the risk-return trade-off and the mutual-optimism gap. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { demandUtility, optimalDemand, optimismGap } from './information.ts'

const round = (value: number, digits = 4) => Number(value.toFixed(digits))
const EXAMPLE = { winProbability: 0.6, ownCost: 0.15, opponentCostMax: 0.4 }

describe('private information (§2.2)', () => {
  test('c̄ = 0.4 gives x* = 0.725, P(war) = 0.3125, EU_A = 0.6391 against 0.60 for x = p', () => {
    const result = optimalDemand(EXAMPLE)
    assert.equal(round(result.demand), 0.725)
    assert.equal(round(result.breakdown), 0.3125)
    assert.equal(round(result.expectedUtility), 0.6391)
    assert.equal(round(result.safeUtility), 0.6)
  })

  test('a grid search over 400,001 points agrees with the closed form', () => {
    let best = 0
    let bestUtility = Number.NEGATIVE_INFINITY
    for (let index = 0; index <= 400_000; index++) {
      const demand = index / 400_000
      const utility = demandUtility(demand, EXAMPLE)
      if (utility > bestUtility) {
        bestUtility = utility
        best = demand
      }
    }
    assert.equal(round(best), 0.725)
    assert.equal(round(bestUtility), 0.6391)
  })

  test('p drops out of P(war); a smaller c̄ or a larger own cost lowers it', () => {
    for (const p of [0.3, 0.5, 0.55]) {
      assert.equal(round(optimalDemand({ ...EXAMPLE, winProbability: p }).breakdown), 0.3125)
    }
    assert.ok(optimalDemand({ ...EXAMPLE, opponentCostMax: 0.2 }).breakdown < 0.3125)
    assert.ok(optimalDemand({ ...EXAMPLE, ownCost: 0.3 }).breakdown < 0.3125)
    assert.equal(optimalDemand({ ...EXAMPLE, opponentCostMax: 0.1 }).breakdown, 0)
  })

  test("mutual optimism: p_A^A = 0.75, p_A^B = 0.45 give A's minimum 0.60 > B's maximum 0.55, G = 0.05", () => {
    const gap = optimismGap({ highBelief: 0.75, lowBelief: 0.45, highCost: 0.15, lowCost: 0.1 })
    assert.equal(round(gap.highMinimum), 0.6)
    assert.equal(round(gap.lowMaximum), 0.55)
    assert.equal(round(gap.gap), 0.05)
  })
})
