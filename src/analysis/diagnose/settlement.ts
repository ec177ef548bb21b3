/**
 * @module Bargaining solutions (docs/bargaining.md §2.10): Nash (symmetric and generalised) with disagreement
 * points, Rubinstein alternating offers with patience, the Binmore–Rubinstein–Wolinsky limit, and the
 * two conventions for outside options. Shares of a unit pie: the high side gets x, the low side 1 − x.
 */

/** A split of the unit pie: the high side's share and the low side's. */
export interface Split {
  high: number
  low: number
}

export interface NashSplitOptions {
  /** d_A: the high side's disagreement payoff. */
  highDisagreement: number
  /** d_B: the low side's disagreement payoff. */
  lowDisagreement: number
  /** α: the high side's bargaining power (0.5: symmetric). */
  highPower?: number
}

/**
 * The Nash bargaining solution on a unit pie with linear utilities: x_A = d_A + α·S,
 * x_B = d_B + (1 − α)·S with S = 1 − d_A − d_B; undefined when S < 0 (§2.10).
 *
 * @example
 * nashSplit({ highDisagreement: 0.45, lowDisagreement: 0.3 }) //=> { high: 0.575, low: 0.425 }
 */
export function nashSplit(options: NashSplitOptions): Split | undefined {
  const alpha = options.highPower ?? 0.5
  const surplus = 1 - options.highDisagreement - options.lowDisagreement
  if (surplus < 0) return undefined
  return {
    high: options.highDisagreement + alpha * surplus,
    low: options.lowDisagreement + (1 - alpha) * surplus,
  }
}

/**
 * The proposer's share in Rubinstein's (1982) alternating offers: (1 − δ_B)/(1 − δ_A·δ_B) (§2.10).
 *
 * @example
 * rubinsteinShare(0.8, 0.9) //=> 0.357142…
 */
export function rubinsteinShare(proposerDiscount: number, responderDiscount: number): number {
  return (1 - responderDiscount) / (1 - proposerDiscount * responderDiscount)
}

export interface RubinsteinSplitOptions {
  highDisagreement: number
  lowDisagreement: number
  highDiscount: number
  lowDiscount: number
  /** Who proposes first (default the high side). */
  proposer?: 'high' | 'low'
}

/**
 * Rubinstein with inside options d: the surplus above d split by the proposer's share (§2.10).
 *
 * @example
 * rubinsteinSplit({ highDisagreement: 0.45, lowDisagreement: 0.3, highDiscount: 0.8, lowDiscount: 0.9 }) //=> { high: 0.5393, low: 0.4607 }
 */
export function rubinsteinSplit(options: RubinsteinSplitOptions): Split | undefined {
  const surplus = 1 - options.highDisagreement - options.lowDisagreement
  if (surplus < 0) return undefined
  const highProposes = (options.proposer ?? 'high') === 'high'
  const share = highProposes
    ? rubinsteinShare(options.highDiscount, options.lowDiscount)
    : 1 - rubinsteinShare(options.lowDiscount, options.highDiscount)
  return {
    high: options.highDisagreement + share * surplus,
    low: options.lowDisagreement + (1 - share) * surplus,
  }
}

/**
 * The high side's bargaining power in the limit of short periods (Binmore, Rubinstein & Wolinsky
 * 1986): α_A = r_B/(r_A + r_B) with r = −ln δ (§2.10).
 *
 * @example
 * patiencePower(0.8, 0.9) //=> 0.3207
 */
export function patiencePower(highDiscount: number, lowDiscount: number): number {
  const highRate = -Math.log(highDiscount)
  const lowRate = -Math.log(lowDiscount)
  return lowRate / (highRate + lowRate)
}

/**
 * The outside-option principle (Binmore, Shaked & Sutton 1989): an outside option counts only when it
 * beats what the player gets inside, payoff = max(inside share, option) (§2.10).
 *
 * @example
 * outsideOptionPrinciple(0.4607, 0.5) //=> 0.5
 */
export function outsideOptionPrinciple(insideShare: number, option: number): number {
  return Math.max(insideShare, option)
}
