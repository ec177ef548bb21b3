/** docs/bargaining.md §2.3: preventive war under shifting power, and the enforcement condition. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { controlNeeded, enforcementTest, preventiveWar } from './commitment.ts'

const round = (value: number, digits = 4) => Number(value.toFixed(digits))

describe('preventive war (§2.3)', () => {
  const base = { winProbabilityNow: 0.6, discount: 0.9, warCost: 1 }

  test('p₁ = 0.5: W = 5.0 > O = 4.6, so war', () => {
    const result = preventiveWar({ ...base, winProbabilityNext: 0.5 })
    assert.equal(round(result.warNow), 5)
    assert.equal(round(result.bestOffer), 4.6)
    assert.equal(result.war, true)
  })

  test('p₁ = 0.55: W = 5.0 < O = 5.05, so no war', () => {
    const result = preventiveWar({ ...base, winProbabilityNext: 0.55 })
    assert.equal(round(result.bestOffer), 5.05)
    assert.equal(result.war, false)
  })

  test('threshold p₁* = 0.5444: a one-period loss of more than 0.0556 triggers preventive action', () => {
    const result = preventiveWar({ ...base, winProbabilityNext: 0.5 })
    assert.equal(round(result.threshold), 0.5444)
    assert.equal(round(0.6 - result.threshold), 0.0556)
    const atThreshold = preventiveWar({ ...base, winProbabilityNext: result.threshold })
    assert.ok(Math.abs(atThreshold.warNow - atThreshold.bestOffer) < 1e-12)
  })
})

describe('enforcement (§2.3)', () => {
  const base = { discount: 0.9, cheatGain: 0.3, cooperationValue: 0.5, punishmentValue: 0.3 }

  test('q = 0.3: bound 0.54, the deal holds (V_C = 5.00 > V_D = 4.76)', () => {
    const result = enforcementTest({ ...base, detection: 0.3 })
    assert.equal(round(result.bound), 0.54)
    assert.equal(round(result.comply), 5)
    assert.equal(round(result.deviate), 4.76)
    assert.equal(result.selfEnforcing, true)
  })

  test('q = 0.1: bound 0.18, it unravels (V_D = 5.12 > 5.00)', () => {
    const result = enforcementTest({ ...base, detection: 0.1 })
    assert.equal(round(result.bound), 0.18)
    assert.equal(round(result.deviate), 5.12)
    assert.equal(result.selfEnforcing, false)
  })

  test('q* = 0.1667, where V_C = V_D', () => {
    const result = enforcementTest({ ...base, detection: 0.1 })
    assert.equal(round(result.detectionNeeded), 0.1667)
    const atThreshold = enforcementTest({ ...base, detection: result.detectionNeeded })
    assert.ok(Math.abs(atThreshold.comply - atThreshold.deviate) < 1e-12)
  })

  test('no detection holds a deal whose cooperation pays no more than punishment', () => {
    const result = enforcementTest({ ...base, detection: 1, cooperationValue: 0.3 })
    assert.equal(result.detectionNeeded, Number.POSITIVE_INFINITY)
  })
})

describe('leadership control (§2.3)', () => {
  test('the control needed for κ·x to meet the minimum at the most promised', () => {
    assert.equal(round(controlNeeded(0.45, 0.7)), 0.6429)
    assert.equal(controlNeeded(0, 0.7), 0)
    assert.equal(controlNeeded(0.45, 0), Number.POSITIVE_INFINITY)
  })
})
