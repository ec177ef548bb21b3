/** docs/bargaining.md §2.4: indivisible issues and the side-payment window. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { effectivePayment, feasibleShortfall, sidePaymentWindow } from './indivisibility.ts'

const round = (value: number, digits = 4) => Number(value.toFixed(digits))
const RANGE = { low: 0.45, high: 0.7 }

describe('indivisibility (§2.4)', () => {
  test('F = {0, 1} and BR = [0.45, 0.70]: no feasible point lies in the range', () => {
    const result = feasibleShortfall({ points: [0, 1], range: RANGE })
    assert.equal(round(result.gap), 0.3)
    assert.equal(result.settlement, 1)
  })

  test('"x = 1 plus carrot t" is acceptable to both for t ∈ [0.30, 0.55]', () => {
    const window = sidePaymentWindow(1, RANGE)
    assert.equal(window.payer, 'high')
    assert.deepEqual([round(window.low), round(window.high)], [0.3, 0.55])
    const bridged = feasibleShortfall({ points: [0, 1], range: RANGE, highPayments: { max: 0.3 } })
    assert.equal(round(bridged.gap), 0)
    assert.equal(round(bridged.payment), 0.3)
    const short = feasibleShortfall({ points: [0, 1], range: RANGE, highPayments: { max: 0.2 } })
    assert.equal(round(short.gap), 0.1)
  })

  test('a payment for a sacred issue is worth t_eff = (1 − σ)t − σbt to the receiver', () => {
    assert.equal(round(effectivePayment(0.3, 0.2, 0.5)), 0.21)
    const sacred = feasibleShortfall({
      points: [1],
      range: RANGE,
      highPayments: { max: 0.55, sacredness: 0.5, backfire: 1 },
    })
    assert.equal(round(sacred.gap), 0.3)
  })
})
