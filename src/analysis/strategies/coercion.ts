/**
 * @module Coercion and inducement (Schelling 1966, Arms and Influence; Pape 1996, Bombing to Win;
 * Drezner 1999, The Sanctions Paradox, and 1999, "The trouble with carrots", Security Studies 9):
 * Schelling's credibility test and the two-type update of a threat's credibility, Pape's value of
 * resistance, Drezner's conditions for a credible threat and the most it extracts, and the
 * reliability of carrots learned from delivery.
 */

/**
 * π′ = πa/(πa + (1 − π)b): a threat's credibility after the sender carries it out, when resolved
 * senders act with probability a and unresolved ones with b (docs/bargaining.md §4.2, design;
 * Bayes' rule).
 *
 * @example
 * credibilityAfterAct(0.4, 0.9, 0.3) //=> 0.6667
 */
export function credibilityAfterAct(
  credibility: number,
  actIfResolved: number,
  actIfUnresolved: number,
): number {
  const resolved = credibility * actIfResolved
  const total = resolved + (1 - credibility) * actIfUnresolved
  return total > 0 ? resolved / total : credibility
}

/**
 * π′ = π(1 − a)/(π(1 − a) + (1 − π)(1 − b)): after a missed ultimatum (§4.2, design).
 *
 * @example
 * credibilityAfterNoAct(0.4, 0.9, 0.3) //=> 0.087
 */
export function credibilityAfterNoAct(
  credibility: number,
  actIfResolved: number,
  actIfUnresolved: number,
): number {
  const resolved = credibility * (1 - actIfResolved)
  const total = resolved + (1 - credibility) * (1 - actIfUnresolved)
  return total > 0 ? resolved / total : credibility
}

/**
 * ρ ← ρ + γ(1 − ρ): a carrot's reliability after it is delivered (§4.2, design).
 *
 * @example
 * reliabilityAfterDelivery(0.2, 0.3) //=> 0.44
 */
export function reliabilityAfterDelivery(reliability: number, gain: number): number {
  return reliability + gain * (1 - reliability)
}

/**
 * ρ ← ρ(1 − γ′): after reneging, e.g. closing the border again (§4.2, design).
 *
 * @example
 * reliabilityAfterRenege(0.44, 0.5) //=> 0.22
 */
export function reliabilityAfterRenege(reliability: number, loss: number): number {
  return reliability * (1 - loss)
}

/** Schelling's test: the target complies iff π·C ≥ K (§4.3). */
export interface SchellingTest {
  credibility: number
  threatenedCost: number
  complianceCost: number
  /** π·C. */
  expectedCost: number
  complies: boolean
  /** K/C: the credibility at which it would comply (null when C ≤ 0). */
  credibilityNeeded: number | null
}

/**
 * Schelling's compliance test (§4.3).
 *
 * @example
 * schellingTest({ credibility: 0.5, threatenedCost: 10, complianceCost: 4 }).complies //=> true
 */
export function schellingTest(input: {
  credibility: number
  threatenedCost: number
  complianceCost: number
}): SchellingTest {
  const expectedCost = input.credibility * input.threatenedCost
  return {
    ...input,
    expectedCost,
    complies: expectedCost >= input.complianceCost,
    credibilityNeeded:
      input.threatenedCost > 0 ? input.complianceCost / input.threatenedCost : null,
  }
}

/** Pape's value of resistance R = B·p(B) − C·p(C): coercion succeeds iff R < 0 (§4.4). */
export interface PapeTest {
  benefit: number
  benefitProbability: number
  cost: number
  costProbability: number
  resistance: number
  coerces: boolean
  /** B·p(B)/C: p(C) above which punishment coerces (null when C ≤ 0). */
  costProbabilityNeeded: number | null
  /** C·p(C)/B: p(B) below which denial coerces (null when B ≤ 0). */
  benefitProbabilityNeeded: number | null
}

/**
 * Pape's value of resistance and the thresholds of punishment and denial (§4.4, standard).
 *
 * @example
 * papeTest({ benefit: 0.5, benefitProbability: 0.8, cost: 0.6, costProbability: 0.5 }).resistance //=> 0.1
 */
export function papeTest(input: {
  benefit: number
  benefitProbability: number
  cost: number
  costProbability: number
}): PapeTest {
  const { benefit, benefitProbability, cost, costProbability } = input
  const resistance = benefit * benefitProbability - cost * costProbability
  return {
    ...input,
    resistance,
    coerces: resistance < 0,
    costProbabilityNeeded: cost > 0 ? (benefit * benefitProbability) / cost : null,
    benefitProbabilityNeeded: benefit > 0 ? (cost * costProbability) / benefit : null,
  }
}

/**
 * Drezner's utility U = β·P_own + (1 − β)(P_own − P_other): absolute and relative gains weighted by
 * conflict expectations (§4.5).
 *
 * @example
 * dreznerUtility(0.3, -0.5, -0.2) //=> -0.36
 */
export function dreznerUtility(conflictExpectation: number, own: number, other: number): number {
  return conflictExpectation * own + (1 - conflictExpectation) * (own - other)
}

/** Drezner's conditions by backward induction (§4.5, derived). */
export interface DreznerTest {
  conflictExpectation: number
  targetCost: number
  senderCost: number
  /** (1 − β)·c_T ≥ c_S: the sender would rather impose than back down. */
  credible: boolean
  /** D* = (c_T − (1 − β)c_S)/(2 − β): the largest demand the target concedes. */
  maxConcession: number
  demand?: number
  /** Credible and the demand is at most D*. */
  concedes?: boolean
}

/**
 * Drezner's sanctions game: is the threat credible, and how much does it extract (§4.5)?
 *
 * @example
 * dreznerTest({ conflictExpectation: 0.3, targetCost: 0.5, senderCost: 0.2 }).maxConcession //=> 0.2118
 */
export function dreznerTest(input: {
  conflictExpectation: number
  targetCost: number
  senderCost: number
  demand?: number
}): DreznerTest {
  const { conflictExpectation: beta, targetCost, senderCost } = input
  const credible = (1 - beta) * targetCost >= senderCost
  const maxConcession = (targetCost - (1 - beta) * senderCost) / (2 - beta)
  const result: DreznerTest = {
    conflictExpectation: beta,
    targetCost,
    senderCost,
    credible,
    maxConcession,
  }
  if (input.demand !== undefined) {
    result.demand = input.demand
    result.concedes = credible && input.demand <= maxConcession
  }
  return result
}
