/**
 * @module Private information (docs/bargaining.md §2.2): the risk-return trade-off of a demand made under
 * uncertainty about the other side's cost of fighting, and the mutual-optimism gap.
 */

export interface OptimalDemandOptions {
  /** p: the demander's probability of prevailing. */
  winProbability: number
  /** c_A: the demander's own cost of fighting. */
  ownCost: number
  /** c̄: the demander believes the other side's cost is uniform on [0, c̄]. */
  opponentCostMax: number
}

export interface OptimalDemand {
  /** x*: the demand that maximises the demander's expected utility. */
  demand: number
  /** P(war) = F(x* − p): the chance that the other side rejects and fights. */
  breakdown: number
  /** EU_A(x*) = [1 − F(x* − p)]·x* + F(x* − p)·(p − c_A). */
  expectedUtility: number
  /** The expected utility of the safe demand x = p, which is always accepted. */
  safeUtility: number
}

/**
 * The optimal demand under a uniform belief about the other side's cost (§2.2, derived):
 * x* = p + (c̄ − c_A)/2 when c̄ > c_A, and P(war) = (c̄ − c_A)/(2c̄); the demand is capped at 1.
 *
 * @example
 * optimalDemand({ winProbability: 0.6, ownCost: 0.15, opponentCostMax: 0.4 }) //=> { demand: 0.725, breakdown: 0.3125, … }
 */
export function optimalDemand(options: OptimalDemandOptions): OptimalDemand {
  const { winProbability: p, ownCost, opponentCostMax } = options
  const unconstrained = opponentCostMax > ownCost ? p + (opponentCostMax - ownCost) / 2 : p
  const demand = Math.min(1, Math.max(p, unconstrained))
  return {
    demand,
    breakdown: rejectionProbability(demand, p, opponentCostMax),
    expectedUtility: demandUtility(demand, options),
    safeUtility: p,
  }
}

/**
 * The demander's expected utility of demanding x (§2.2).
 *
 * @example
 * demandUtility(0.725, { winProbability: 0.6, ownCost: 0.15, opponentCostMax: 0.4 }) //=> 0.6390625
 */
export function demandUtility(demand: number, options: OptimalDemandOptions): number {
  const { winProbability: p, ownCost, opponentCostMax } = options
  const rejection = rejectionProbability(demand, p, opponentCostMax)
  return (1 - rejection) * demand + rejection * (p - ownCost)
}

function rejectionProbability(demand: number, p: number, opponentCostMax: number): number {
  return Math.min(1, Math.max(0, (demand - p) / opponentCostMax))
}

export interface OptimismGapOptions {
  /** p_A^A: the high side's belief of its own chance of prevailing. */
  highBelief: number
  /** p_A^B: the low side's belief of the high side's chance. */
  lowBelief: number
  highCost: number
  lowCost: number
}

export interface OptimismGap {
  /** The least the high side accepts, by its belief: p_A^A − c_A. */
  highMinimum: number
  /** The most the low side concedes, by its belief: p_A^B + c_B. */
  lowMaximum: number
  /** G = p_A^A − p_A^B − (c_A + c_B); G > 0: no settlement satisfies both beliefs. */
  gap: number
}

/**
 * The mutual-optimism gap (§2.2, derived from Fearon's mutual optimism).
 *
 * @example
 * optimismGap({ highBelief: 0.75, lowBelief: 0.45, highCost: 0.15, lowCost: 0.1 }).gap //=> 0.05
 */
export function optimismGap(options: OptimismGapOptions): OptimismGap {
  const highMinimum = options.highBelief - options.highCost
  const lowMaximum = options.lowBelief + options.lowCost
  return { highMinimum, lowMaximum, gap: highMinimum - lowMaximum }
}
