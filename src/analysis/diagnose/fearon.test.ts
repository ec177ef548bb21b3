/** docs/bargaining.md §2.1: the worked example of the bargaining range. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { bargainingRange, highSideMinimum, revisionistSide } from './fearon.ts'

const round = (value: number, digits = 4) => Number(value.toFixed(digits))

describe('Fearon bargaining range (§2.1)', () => {
  test('p = 0.6, c_P = 0.15, c_T = 0.10 gives BR = [0.45, 0.70], width 0.25', () => {
    const range = bargainingRange({ winProbability: 0.6, highCost: 0.15, lowCost: 0.1 })
    assert.equal(round(range.low), 0.45)
    assert.equal(round(range.high), 0.7)
    assert.equal(round(range.width), 0.25)
  })

  test('the status quo 0.20 lies below the range: Pakistan is revisionist (EU 0.45 > 0.20)', () => {
    const range = bargainingRange({ winProbability: 0.6, highCost: 0.15, lowCost: 0.1 })
    assert.equal(revisionistSide(0.2, range), 'high')
    assert.equal(round(range.low), 0.45)
    assert.equal(revisionistSide(0.5, range), undefined)
    assert.equal(revisionistSide(0.8, range), 'low')
  })

  test('a risk-averse Pakistan (u = √x) accepts anything ≥ (0.6 − 0.15)² = 0.2025', () => {
    assert.equal(round(highSideMinimum(0.6, 0.15, 0.5)), 0.2025)
    const range = bargainingRange({
      winProbability: 0.6,
      highCost: 0.15,
      lowCost: 0.1,
      highRiskExponent: 0.5,
    })
    assert.deepEqual([round(range.low), round(range.high)], [0.2025, 0.7])
  })

  test('the width is c_A + c_B whenever the range lies inside [0, 1]', () => {
    for (const [p, a, b] of [
      [0.5, 0.1, 0.2],
      [0.3, 0.05, 0.05],
    ] as const) {
      assert.equal(
        round(bargainingRange({ winProbability: p, highCost: a, lowCost: b }).width),
        round(a + b),
      )
    }
  })
})
