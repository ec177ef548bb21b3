/**
 * @module Fearon (1995): the bargaining range between two sides who can fight (docs/bargaining.md §2.1). On the
 * unit scale the high side prevails (imposes 1) with probability p; each side pays its cost of
 * fighting; the utility of a share s is s^e (e < 1 risk-averse).
 */
import { clipUnit, type Interval } from './interval.ts'

export interface BargainingRangeOptions {
  /** p: probability that the high side prevails if they fight. */
  winProbability: number
  /** c_A: the high side's cost of fighting (unit scale). */
  highCost: number
  /** c_B: the low side's cost of fighting (unit scale). */
  lowCost: number
  /** The high side's utility exponent (1: risk-neutral). */
  highRiskExponent?: number
  /** The low side's utility exponent (1: risk-neutral). */
  lowRiskExponent?: number
}

/** The bargaining range with its width. */
export interface BargainingRange extends Interval {
  width: number
}

/**
 * The least the high side accepts: u⁻¹(p·u(1) + (1 − p)·u(0) − c) with u(s) = s^e (§2.1).
 *
 * @example
 * highSideMinimum(0.6, 0.15) //=> 0.45 (0.2025 with exponent 0.5)
 */
export function highSideMinimum(winProbability: number, cost: number, exponent = 1): number {
  return clipUnit(Math.max(0, winProbability - cost) ** (1 / exponent))
}

/**
 * The most the low side concedes: it accepts x while u(1 − x) ≥ (1 − p) − c.
 *
 * @example
 * lowSideMaximum(0.6, 0.1) //=> 0.7
 */
export function lowSideMaximum(winProbability: number, cost: number, exponent = 1): number {
  return clipUnit(1 - Math.max(0, 1 - winProbability - cost) ** (1 / exponent))
}

/**
 * The bargaining range BR = [p − c_A, p + c_B] ∩ [0, 1], bent by risk aversion (Fearon 1995, §2.1).
 *
 * @example
 * bargainingRange({ winProbability: 0.6, highCost: 0.15, lowCost: 0.1 }) //=> { low: 0.45, high: 0.7, width: 0.25 }
 */
export function bargainingRange(options: BargainingRangeOptions): BargainingRange {
  const low = highSideMinimum(options.winProbability, options.highCost, options.highRiskExponent)
  const high = lowSideMaximum(options.winProbability, options.lowCost, options.lowRiskExponent)
  return { low, high, width: Math.max(0, high - low) }
}

/**
 * Which side prefers fighting to the status quo: the high side when q lies below the range, the low
 * side when above (§2.1).
 *
 * @example
 * revisionistSide(0.2, { low: 0.45, high: 0.7 }) //=> 'high'
 */
export function revisionistSide(statusQuo: number, range: Interval): 'high' | 'low' | undefined {
  if (statusQuo < range.low) return 'high'
  if (statusQuo > range.high) return 'low'
  return undefined
}
