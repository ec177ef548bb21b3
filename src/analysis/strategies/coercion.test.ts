/**
 * docs/bargaining.md §4.2–§4.5: the worked numbers of Schelling, Pape and Drezner, and carrot
 * reliability.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  credibilityAfterAct,
  credibilityAfterNoAct,
  dreznerTest,
  dreznerUtility,
  papeTest,
  reliabilityAfterDelivery,
  reliabilityAfterRenege,
  schellingTest,
} from './coercion.ts'

const round = (value: number, digits: number) => Number(value.toFixed(digits))

describe('§4.2 and §4.3 Schelling: credibility', () => {
  test('π = 0.4, a = 0.9, b = 0.3: 0.6667 after a strike, 0.087 after a missed ultimatum', () => {
    assert.equal(round(credibilityAfterAct(0.4, 0.9, 0.3), 4), 0.6667)
    assert.equal(round(credibilityAfterNoAct(0.4, 0.9, 0.3), 3), 0.087)
  })

  test('empty threats destroy credibility quickly: three missed ultimatums', () => {
    let credibility = 0.4
    for (let month = 0; month < 3; month++)
      credibility = credibilityAfterNoAct(credibility, 0.9, 0.3)
    assert.ok(credibility < 0.002)
  })

  test('the target complies iff π·C ≥ K', () => {
    const test1 = schellingTest({ credibility: 0.4, threatenedCost: 10, complianceCost: 5 })
    assert.equal(test1.complies, false)
    assert.equal(test1.credibilityNeeded, 0.5)
    assert.equal(
      schellingTest({ credibility: 0.6667, threatenedCost: 10, complianceCost: 5 }).complies,
      true,
    )
  })
})

describe('§4.4 Pape: the value of resistance', () => {
  test('B = 0.5, p(B) = 0.8, C = 0.6, p(C) = 0.5: R = +0.10, needs p(C) > 0.6667 or p(B) < 0.6', () => {
    const result = papeTest({
      benefit: 0.5,
      benefitProbability: 0.8,
      cost: 0.6,
      costProbability: 0.5,
    })
    assert.equal(round(result.resistance, 10), 0.1)
    assert.equal(result.coerces, false)
    assert.equal(round(result.costProbabilityNeeded ?? Number.NaN, 4), 0.6667)
    assert.equal(round(result.benefitProbabilityNeeded ?? Number.NaN, 10), 0.6)
  })

  test('denial below the threshold coerces', () => {
    const result = papeTest({
      benefit: 0.5,
      benefitProbability: 0.55,
      cost: 0.6,
      costProbability: 0.5,
    })
    assert.equal(result.coerces, true)
  })
})

describe('§4.5 Drezner: conflict expectations and the sanctions paradox', () => {
  test('c_S = 0.2, c_T = 0.5, adversaries β = 0.3: credible, D* = 0.2118', () => {
    const result = dreznerTest({ conflictExpectation: 0.3, targetCost: 0.5, senderCost: 0.2 })
    assert.equal(result.credible, true)
    assert.equal(round(result.maxConcession, 4), 0.2118)
  })

  test('allies β = 0.9: not credible, though D* would be 0.4364', () => {
    const result = dreznerTest({
      conflictExpectation: 0.9,
      targetCost: 0.5,
      senderCost: 0.2,
      demand: 0.1,
    })
    assert.equal(result.credible, false)
    assert.equal(round(result.maxConcession, 4), 0.4364)
    assert.equal(result.concedes, false)
  })

  test('at β = 0.3 and D = D*, the target is indifferent: U_T(acquiesce) = U_T(deadlock) = −0.36', () => {
    const { maxConcession } = dreznerTest({
      conflictExpectation: 0.3,
      targetCost: 0.5,
      senderCost: 0.2,
    })
    assert.equal(round(dreznerUtility(0.3, -maxConcession, maxConcession), 10), -0.36)
    assert.equal(round(dreznerUtility(0.3, -0.5, -0.2), 10), -0.36)
  })
})

describe('§4.2 the trouble with carrots: reliability is learned', () => {
  test('ρ ← ρ + γ(1 − ρ) after delivery, ρ ← ρ(1 − γ′) after reneging', () => {
    assert.equal(round(reliabilityAfterDelivery(0.2, 0.3), 10), 0.44)
    assert.equal(round(reliabilityAfterRenege(0.44, 0.5), 10), 0.22)
  })
})
