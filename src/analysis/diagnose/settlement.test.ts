/** docs/bargaining.md §2.10: Nash, outside options and Rubinstein. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  nashSplit,
  outsideOptionPrinciple,
  patiencePower,
  rubinsteinShare,
  rubinsteinSplit,
} from './settlement.ts'

const round = (value: number, digits = 4) => Number(value.toFixed(digits))
const D = { highDisagreement: 0.45, lowDisagreement: 0.3 }
const PATIENCE = { highDiscount: 0.8, lowDiscount: 0.9 }

describe('Nash bargaining solution (§2.10)', () => {
  test('d = (0.45, 0.30), S = 0.25: symmetric x_P = 0.575; α_P = 0.6: x_P = 0.600', () => {
    assert.equal(round(nashSplit(D)?.high ?? Number.NaN), 0.575)
    assert.equal(round(nashSplit({ ...D, highPower: 0.6 })?.high ?? Number.NaN), 0.6)
  })

  test('numeric maximisation of the Nash product agrees', () => {
    for (const alpha of [0.5, 0.6]) {
      let best = 0
      let bestProduct = Number.NEGATIVE_INFINITY
      for (let index = 0; index <= 100_000; index++) {
        const x = 0.45 + (0.25 * index) / 100_000
        const product = (x - 0.45) ** alpha * (1 - x - 0.3) ** (1 - alpha)
        if (product > bestProduct) {
          bestProduct = product
          best = x
        }
      }
      assert.equal(round(best, 3), round(nashSplit({ ...D, highPower: alpha })?.high ?? 0, 3))
    }
  })

  test('no solution when the disagreement points leave no surplus', () => {
    assert.equal(nashSplit({ highDisagreement: 0.6, lowDisagreement: 0.5 }), undefined)
  })
})

describe('outside options (§2.10)', () => {
  const inside = rubinsteinSplit({ ...D, ...PATIENCE })?.low ?? Number.NaN

  test('BATNA as disagreement: o_T = 0.40 raises d_T, S = 0.15 and x_P = 0.525 (T 0.475)', () => {
    const split = nashSplit({ highDisagreement: 0.45, lowDisagreement: Math.max(0.3, 0.4) })
    assert.equal(round(split?.high ?? Number.NaN), 0.525)
    assert.equal(round(split?.low ?? Number.NaN), 0.475)
    assert.equal(round(1 - 0.45 - 0.4), 0.15)
  })

  test('outside-option principle: o_T = 0.40 is non-binding (T 0.4607, P 0.5393)', () => {
    assert.equal(round(inside), 0.4607)
    assert.equal(round(outsideOptionPrinciple(inside, 0.4)), 0.4607)
    assert.equal(round(1 - outsideOptionPrinciple(inside, 0.4)), 0.5393)
  })

  test('o_T = 0.50 binds: T = 0.50 (P 0.50); convention 1 gives T 0.525', () => {
    assert.equal(round(outsideOptionPrinciple(inside, 0.5)), 0.5)
    const split = nashSplit({ highDisagreement: 0.45, lowDisagreement: 0.5 })
    assert.equal(round(split?.low ?? Number.NaN), 0.525)
  })
})

describe('Rubinstein alternating offers (§2.10)', () => {
  test("δ_P = 0.8, δ_T = 0.9: Pakistan's proposer share (1 − 0.9)/(1 − 0.72) = 0.3571", () => {
    assert.equal(round(rubinsteinShare(0.8, 0.9)), 0.3571)
  })

  test('a fixed-point iteration of the alternating offers agrees', () => {
    let proposer = 0.5
    for (let round = 0; round < 500; round++) {
      const responder = 1 - 0.8 * proposer
      proposer = 1 - 0.9 * responder
    }
    assert.equal(round(proposer), 0.3571)
  })

  test('with d: P = 0.45 + 0.25·0.3571 = 0.5393 and T = 0.4607', () => {
    const split = rubinsteinSplit({ ...D, ...PATIENCE })
    assert.equal(round(split?.high ?? Number.NaN), 0.5393)
    assert.equal(round(split?.low ?? Number.NaN), 0.4607)
  })

  test('BRW: α_P = 0.105/(0.223 + 0.105) = 0.3207 and x_P = 0.5302; impatience costs 0.045', () => {
    const alpha = patiencePower(0.8, 0.9)
    assert.equal(round(alpha), 0.3207)
    const split = nashSplit({ ...D, highPower: alpha })
    assert.equal(round(split?.high ?? Number.NaN), 0.5302)
    assert.equal(round(0.575 - (split?.high ?? 0), 3), 0.045)
  })

  test('the low side proposing first gets its proposer share of the surplus', () => {
    const split = rubinsteinSplit({ ...D, ...PATIENCE, proposer: 'low' })
    assert.equal(round(split?.low ?? Number.NaN), round(0.3 + 0.25 * rubinsteinShare(0.9, 0.8)))
  })
})
