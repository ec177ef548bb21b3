/**
 * @module KTAB's scalar building blocks: votes, victory probabilities, spatial utility with a risk
 * attitude, and risk attitudes inferred from position probabilities. Each follows the named KTAB
 * function operation by operation, so that results agree to the last bit where it matters.
 */
import { BigRAdjust, BigRRange, VictoryProbability, VotingRule } from './parameters.ts'

/**
 * The vote of a voter with weight `weight` between options a and b (KTAB `Model::vote`); positive
 * favours a. A non-positive weight gives 0 (KTAB throws).
 *
 * @example
 * vote(VotingRule.Prop, 2, 0.75, 0.5) //=> 0.5
 */
export function vote(rule: number, weight: number, utilityA: number, utilityB: number): number {
  const difference = utilityA - utilityB
  switch (rule) {
    case VotingRule.Prop:
      return weight * difference
    case VotingRule.Binary:
      return weight * binaryResponse(difference)
    case VotingRule.PropBin:
      return weight * ((1 - 0.2) * difference + 0.2 * binaryResponse(difference))
    case VotingRule.PropCbc:
      return weight * ((1 - 0.5) * difference + 0.5 * (difference * difference * difference))
    case VotingRule.Cubic:
      return weight * (difference * difference * difference)
    default:
      // ASymProsp: losses count fully, gains two thirds.
      if (difference < 0) return weight * difference
      if (difference > 0) return (2 * weight * difference) / 3
      return 0
  }
}

function binaryResponse(difference: number): number {
  const response = difference / 1e-8
  return response > 1 ? 1 : Math.max(response, -1)
}

/**
 * The probability that a coalition of strength `strength` beats one of strength `against` (KTAB
 * `Model::vProb(vpm, s1, s2)`, first component).
 *
 * @example
 * victoryProbability(VictoryProbability.Square, 3, 1) //=> 0.9
 */
export function victoryProbability(model: number, strength: number, against: number): number {
  victoryWeights(model, strength, against, scratch)
  const x1 = scratch[0] as number
  return x1 / (x1 + (scratch[1] as number))
}

const scratch = new Float64Array(2)

/**
 * The two unnormalised weights of KTAB `Model::vProb(vpm, s1, s2)`, written into `out`: the
 * probabilities are `out[0] / (out[0] + out[1])` and `out[1] / (out[0] + out[1])`.
 *
 * @example
 * victoryWeights(VictoryProbability.Square, 3, 1, out) // out = [9, 1]
 */
export function victoryWeights(
  model: number,
  strength: number,
  against: number,
  out: Float64Array,
): void {
  switch (model) {
    case VictoryProbability.Linear:
      out[0] = strength
      out[1] = against
      return
    case VictoryProbability.Square:
      out[0] = strength * strength
      out[1] = against * against
      return
    case VictoryProbability.Quartic:
      out[0] = strength * strength * strength * strength
      out[1] = against * against * against * against
      return
    case VictoryProbability.Octic: {
      // KTAB: sqr(qrtc(x)).
      const s4 = strength * strength * strength * strength
      const a4 = against * against * against * against
      out[0] = s4 * s4
      out[1] = a4 * a4
      return
    }
    default: {
      // Binary: a 10% advantage wins outright, with linear interpolation inside the band.
      const threshold = 1.1
      if (strength >= threshold * against) {
        out[0] = 1
        out[1] = 1e-6
      } else if (against >= threshold * strength) {
        out[0] = 1e-6
        out[1] = 1
      } else {
        const ratio = strength / (strength + against)
        const x1 = (ratio * (threshold + 1.0) - 1.0) / (threshold - 1.0)
        out[0] = x1
        out[1] = 1 - x1
      }
    }
  }
}

/**
 * Utility of a salience-weighted distance `distance` ∈ [0, 1] to an actor with risk attitude `risk`
 * ∈ [−1, 1] (KTAB `SMPModel::bsUtil`).
 *
 * @example
 * spatialUtility(0.5, 1) //=> 0.75
 */
export function spatialUtility(distance: number, risk: number): number {
  return distance <= 1 ? (1 - distance) * (1 + distance * risk) : (1 - distance) * (1 + risk)
}

/**
 * h's estimate of i's risk attitude from both true attitudes (KTAB `Model::estNRA`).
 *
 * @example
 * estimateRisk(BigRAdjust.Half, 1, 0) //=> 0.5
 */
export function estimateRisk(adjust: number, riskH: number, riskI: number): number {
  switch (adjust) {
    case BigRAdjust.Full:
      return riskI
    case BigRAdjust.TwoThirds:
      return (riskH + 2.0 * riskI) / 3.0
    case BigRAdjust.Half:
      return (riskH + riskI) / 2
    case BigRAdjust.OneThird:
      return (2.0 * riskH + riskI) / 3.0
    default:
      return riskH
  }
}

/**
 * Risk attitudes from position probabilities (KTAB `Model::bigRfromProb`): the most likely position's
 * holder is the most risk-averse (R = 1). Writes into `risks`; returns false, leaving every R = 0
 * (risk neutral), when all probabilities are equal (KTAB divides by zero there).
 *
 * @example
 * riskFromProbabilities(BigRRange.Max, Float64Array.of(0.2, 0.8), risks) //=> true; risks = [-1, 1]
 */
export function riskFromProbabilities(
  range: number,
  probabilities: Float64Array,
  risks: Float64Array,
): boolean {
  let pMin = 1.0
  let pMax = 0.0
  for (const p of probabilities) {
    pMin = Math.min(p, pMin)
    pMax = Math.max(p, pMax)
  }
  if (!(pMax - pMin > 1e-12)) {
    risks.fill(0)
    return false
  }
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i] as number
    risks[i] =
      range === BigRRange.Min
        ? (p - pMin) / (pMax - pMin)
        : range === BigRRange.Mid
          ? (3 * p - (pMax + 2 * pMin)) / (2 * (pMax - pMin))
          : (2 * p - (pMax + pMin)) / (pMax - pMin)
  }
  return true
}
