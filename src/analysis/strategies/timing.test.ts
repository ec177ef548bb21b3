/** docs/bargaining.md §3: the worked numbers of the three timing models. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { createRng } from '../../lib/rng.ts'
import {
  attritionMonteCarlo,
  attritionQuitTime,
  concessionProbability,
  constantPressureTotal,
  type ValueDistribution,
  warOfAttrition,
} from './timing.ts'

const round = (value: number, digits: number) => Number(value.toFixed(digits))

describe('§3.1 pressure accumulation with uncertain resolve', () => {
  test('c = 0.05/month, δ = 0.95, R_med = 0.5, σ = 0.5: the table of K_t and P(conceded by t)', () => {
    const rows = [
      [6, 0.2649, 0.102],
      [12, 0.4596, 0.4332],
      [24, 0.708, 0.7567],
    ] as const
    for (const [months, total, conceded] of rows) {
      const accumulated = constantPressureTotal(0.05, 0.95, months)
      assert.equal(round(accumulated, 4), total, `K_${months}`)
      const digits = months === 6 ? 3 : 4
      assert.equal(round(concessionProbability(accumulated, 0.5, 0.5), digits), conceded)
    }
  })

  test('the closed form is the discounted sum month by month', () => {
    let sum = 0
    for (let month = 1; month <= 12; month++) sum += 0.95 ** (month - 1) * 0.05
    assert.ok(Math.abs(sum - constantPressureTotal(0.05, 0.95, 12)) < 1e-12)
  })

  test('no pressure, no concession', () => {
    assert.equal(concessionProbability(0, 0.5, 0.5), 0)
  })
})

describe('§3.2 war of attrition, complete information', () => {
  test('c_P = 0.05, c_T = 0.03, V = 1: hazards 0.05 and 0.03, 12.5 months, P(Taliban first) 0.625', () => {
    const result = warOfAttrition({ costA: 0.05, valueA: 1, costB: 0.03, valueB: 1 })
    assert.equal(round(result.hazardB, 10), 0.05)
    assert.equal(round(result.hazardA, 10), 0.03)
    assert.equal(round(result.expectedDuration, 10), 12.5)
    assert.equal(round(result.probabilityBConcedesFirst, 10), 0.625)
  })

  test('a Monte Carlo of exponential concession times agrees (10⁵ draws)', () => {
    const rng = createRng(7)
    let duration = 0
    let taliban = 0
    const runs = 100_000
    for (let run = 0; run < runs; run++) {
      const pakistan = -Math.log(1 - rng.nextFloat()) / 0.03
      const talibanTime = -Math.log(1 - rng.nextFloat()) / 0.05
      duration += Math.min(pakistan, talibanTime)
      if (talibanTime < pakistan) taliban++
    }
    assert.ok(Math.abs(duration / runs - 12.5) < 0.15)
    assert.ok(Math.abs(taliban / runs - 0.625) < 0.005)
  })
})

describe('§3.2 war of attrition, private values', () => {
  const uniform: ValueDistribution = {
    density: () => 1,
    cdf: (value) => value,
    draw: (rng) => rng.nextFloat(),
  }

  test('b(v) = ∫ x f/(1 − F) = −v − ln(1 − v) for values uniform on [0, 1]', () => {
    for (const value of [0.1, 0.5, 0.9]) {
      const exact = -value - Math.log(1 - value)
      assert.ok(Math.abs(attritionQuitTime(value, uniform) - exact) < 1e-9, String(value))
    }
    assert.equal(round(attritionQuitTime(0.5, uniform), 4), 0.1931)
  })

  test('by Monte Carlo the lower value quits first, after 1/6 on average', () => {
    const result = attritionMonteCarlo(uniform, 20_000, createRng(3))
    assert.equal(result.lowerQuitsFirst, 1)
    assert.ok(Math.abs(result.expectedDuration - 1 / 6) < 0.01, String(result.expectedDuration))
  })
})
