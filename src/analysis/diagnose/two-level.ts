/**
 * @module Two-level games (Putnam 1988; docs/bargaining.md §2.5): win-sets of Level-II ratifiers, each side's
 * effective set, the zone of possible agreement or the gap, uncertain ratification and exit.
 * Unit scale: the high side wants 1, the low side 0.
 */

import { normalCdf } from '../../lib/normal.ts'
import { clipUnit, type Interval, intersect, TOLERANCE } from './interval.ts'

/**
 * The win-set of a ratifier with ideal r and no-deal equivalent q_R:
 * W = [r − |r − q_R|, r + |r − q_R|] ∩ [0, 1] (§2.5, derived).
 *
 * @example
 * winSet(0.1, 0.35) //=> { low: 0, high: 0.35 }
 */
export function winSet(ideal: number, noDealEquivalent: number): Interval {
  const reach = Math.abs(ideal - noDealEquivalent)
  return { low: clipUnit(ideal - reach), high: clipUnit(ideal + reach) }
}

/** The zone of possible agreement of two effective sets, or how far apart they are. */
export interface Zopa {
  /** E_A ∩ E_B, or null when empty. */
  zone: Interval | null
  /** min(high) − max(low): the zone's width when ≥ 0, minus the distance apart when < 0. */
  overlap: number
  /** max(0, −overlap): the distance apart. */
  gap: number
}

/**
 * ZOPA = E_A ∩ E_B and its gap (§2.5): each effective set is the side's own acceptable set
 * intersected with the win-set of every veto player.
 *
 * @example
 * zopa([{ low: 0.45, high: 1 }], [{ low: 0, high: 0.7 }, { low: 0, high: 0.35 }]).gap //=> 0.1
 */
export function zopa(highSets: readonly Interval[], lowSets: readonly Interval[]): Zopa {
  const both = intersect([...highSets, ...lowSets])
  const overlap = both.high - both.low
  if (overlap >= -TOLERANCE) {
    const zone = overlap >= 0 ? both : { low: both.low, high: both.low }
    return { zone, overlap: Math.max(0, overlap), gap: 0 }
  }
  return { zone: null, overlap, gap: -overlap }
}

/** Which side a ratifier belongs to: it resists settlements toward the other side's end. */
export type Side = 'high' | 'low'

/**
 * P(ratify x) for a ratifier whose tolerance threshold τ ~ N(μ, s): 1 − Φ((x − μ)/s) for the low
 * side's ratifier (it tolerates x up to τ), Φ((x − μ)/s) for the high side's (after Iida; §2.5, design).
 *
 * @example
 * ratificationProbability(0.45, { threshold: 0.35, spread: 0.1, side: 'low' }) //=> 0.1587
 */
export function ratificationProbability(
  settlement: number,
  options: { threshold: number; spread: number; side: Side },
): number {
  const z = (settlement - options.threshold) / options.spread
  return options.side === 'low' ? 1 - normalCdf(z) : normalCdf(z)
}

/** The defection curve of an exit option on the unit scale. */
export interface ExitCurve {
  /** D_max. */
  maxShare: number
  /** θ. */
  midpoint: number
  /** s. */
  spread: number
}

/**
 * The share defecting at settlement x: D(x) = D_max / (1 + exp(−(x − θ)/s)) for the low side's
 * constituency, mirrored for the high side's (§2.5, design).
 *
 * @example
 * defectionShare(0.45, { maxShare: 0.3, midpoint: 0.4, spread: 0.05 }, 'low') //=> 0.2193
 */
export function defectionShare(settlement: number, curve: ExitCurve, side: Side = 'low'): number {
  const distance = side === 'low' ? settlement - curve.midpoint : curve.midpoint - settlement
  return curve.maxShare / (1 + Math.exp(-distance / curve.spread))
}

/**
 * The no-deal equivalent after a side payment t of which a share θ reaches the ratifier: it moves by
 * θ·t toward the other side's end (§2.5, targeted carrot).
 *
 * @example
 * shiftNoDealEquivalent(0.35, 0.5, 0.2, 'low') //=> 0.45
 */
export function shiftNoDealEquivalent(
  noDealEquivalent: number,
  carrotShare: number,
  payment: number,
  side: Side,
): number {
  const shift = carrotShare * payment
  return clipUnit(side === 'low' ? noDealEquivalent + shift : noDealEquivalent - shift)
}
