/**
 * @module Commitment problems (docs/bargaining.md §2.3): preventive war under shifting power, the enforcement
 * condition of a deal that can be broken in secret, and the leadership's control over its fighters.
 */

export interface PreventiveWarOptions {
  /** p₀: the declining side's chance of prevailing now. */
  winProbabilityNow: number
  /** p₁: its chance one period from now. */
  winProbabilityNext: number
  /** δ: its discount factor per period. */
  discount: number
  /** c_W: the one-time cost of war in stream units (one period's value of the issue is 1). */
  warCost: number
}

export interface PreventiveWar {
  /** W = p₀/(1 − δ) − c_W: the value of fighting now. */
  warNow: number
  /** O = 1 + δ·(p₁/(1 − δ) − c_W): the best offer the rising side can credibly make. */
  bestOffer: number
  /** W > O ⇔ p₀ − δp₁ > (1 − δ)(1 + (1 − δ)c_W). */
  war: boolean
  /** p₁* = (p₀ − (1 − δ)(1 + (1 − δ)c_W))/δ: a fall below it triggers preventive war. */
  threshold: number
}

/**
 * The preventive-war condition (Fearon 1995; Powell 2006; §2.3, derived).
 *
 * @example
 * preventiveWar({ winProbabilityNow: 0.6, winProbabilityNext: 0.5, discount: 0.9, warCost: 1 }) //=> { warNow: 5, bestOffer: 4.6, war: true, threshold: 0.5444… }
 */
export function preventiveWar(options: PreventiveWarOptions): PreventiveWar {
  const { winProbabilityNow: p0, winProbabilityNext: p1, discount: delta, warCost } = options
  const warNow = p0 / (1 - delta) - warCost
  const bestOffer = 1 + delta * (p1 / (1 - delta) - warCost)
  const threshold = (p0 - (1 - delta) * (1 + (1 - delta) * warCost)) / delta
  return { warNow, bestOffer, war: warNow > bestOffer, threshold }
}

export interface EnforcementOptions {
  /** δ: the patience of the side that could cheat. */
  discount: number
  /** q: probability per period that cheating is detected (then punished forever). */
  detection: number
  /** g: the one-period gain from cheating. */
  cheatGain: number
  /** v: the per-period payoff while complying. */
  cooperationValue: number
  /** w: the per-period payoff once punished. */
  punishmentValue: number
}

export interface EnforcementTest {
  /** V_C = v/(1 − δ). */
  comply: number
  /** V_D = v + g + δ·[q·w/(1 − δ) + (1 − q)·V_C]. */
  deviate: number
  /** δ·q·(v − w)/(1 − δ): the largest cheating gain the deal survives. */
  bound: number
  /** g ≤ bound. */
  selfEnforcing: boolean
  /** q* = g(1 − δ)/(δ(v − w)): the least detection probability that holds the deal. */
  detectionNeeded: number
}

/**
 * The one-shot-deviation condition of a deal that can be broken in secret (Schultz 2010; §2.3).
 *
 * @example
 * enforcementTest({ discount: 0.9, detection: 0.1, cheatGain: 0.3, cooperationValue: 0.5, punishmentValue: 0.3 }).detectionNeeded //=> 0.1667
 */
export function enforcementTest(options: EnforcementOptions): EnforcementTest {
  const { discount: delta, detection: q, cheatGain: g } = options
  const { cooperationValue: v, punishmentValue: w } = options
  const comply = v / (1 - delta)
  const deviate = v + g + delta * ((q * w) / (1 - delta) + (1 - q) * comply)
  const bound = (delta * q * (v - w)) / (1 - delta)
  const detectionNeeded = v > w ? (g * (1 - delta)) / (delta * (v - w)) : Number.POSITIVE_INFINITY
  return { comply, deviate, bound, selfEnforcing: g <= bound, detectionNeeded }
}

/**
 * The control a conceding side needs so that what its fighters deliver, κ·x, still meets the other
 * side's minimum for the most it can promise (x_eff = κ·x, after Wolford & Rider 2024; §2.3).
 *
 * @example
 * controlNeeded(0.45, 0.7) //=> 0.642857…
 */
export function controlNeeded(requiredDelivery: number, mostPromised: number): number {
  if (requiredDelivery <= 0) return 0
  return mostPromised > 0 ? requiredDelivery / mostPromised : Number.POSITIVE_INFINITY
}
