/**
 * @module The two deterministic measures the causes are attributed by (docs/bargaining.md §2.8, design): the
 * gap that blocks a deal, and the probability that talks break down even so. Each cause switched off
 * is the §2.8 counterfactual: information — beliefs true and no uncertainty about costs; commitment —
 * full control, enforcement and no shift of power; indivisibility — a continuous issue; two-level —
 * no ratifiers; outside-option — no alternatives. Spoilers threaten a deal's implementation, not its
 * existence, and move neither measure.
 */
import { enforcementTest, type PreventiveWar, preventiveWar } from './commitment.ts'
import { highSideMinimum, lowSideMaximum } from './fearon.ts'
import { feasibleShortfall } from './indivisibility.ts'
import { type OptimalDemand, optimalDemand } from './information.ts'
import { clipUnit, type Interval } from './interval.ts'
import { SIDE_NAMES, type SideName, type UnitPair } from './pair-model.ts'
import { winSet } from './two-level.ts'

/** The causes of failure, in the order of docs/bargaining.md §2.2–§2.7. */
export const CAUSES = [
  'information',
  'commitment',
  'indivisibility',
  'two-level',
  'outside-option',
  'spoiler',
] as const

export type CauseId = (typeof CAUSES)[number]

/**
 * [L, U]: the least the high side accepts and the most the low side concedes, each by its Fearon
 * bound or its stated reservation; with `beliefs`, each side's bound uses its own belief of p.
 *
 * @example
 * principalBounds(pair, false) //=> { low: 0.45, high: 0.7 } for the §2.1 example
 */
export function principalBounds(pair: UnitPair, beliefs: boolean): Interval {
  const p = pair.winProbability
  const highBelief = beliefs ? (pair.high.winProbabilityBelief ?? p) : p
  const lowBelief = beliefs ? (pair.low.winProbabilityBelief ?? p) : p
  return {
    low:
      pair.high.reservation ??
      highSideMinimum(highBelief, pair.high.fightCost, pair.high.riskExponent),
    high:
      pair.low.reservation ?? lowSideMaximum(lowBelief, pair.low.fightCost, pair.low.riskExponent),
  }
}

/**
 * The settlements every active constraint allows, as [L, U] (empty when L > U): the principals'
 * bounds, narrowed by outside options and ratifiers' win-sets, and by control (a side whose fighters
 * deliver only κ of its concession must promise L/κ for the other side to get L; §2.3).
 *
 * @example
 * settlementBounds(pair, new Set(['two-level'])) //=> { low: 0.45, high: 0.35 } for §2.5
 */
export function settlementBounds(pair: UnitPair, active: ReadonlySet<CauseId>): Interval {
  let { low, high } = principalBounds(pair, active.has('information'))
  if (active.has('outside-option')) {
    if (pair.high.outsideOption !== undefined) low = Math.max(low, pair.high.outsideOption)
    if (pair.low.outsideOption !== undefined) high = Math.min(high, pair.low.outsideOption)
  }
  if (active.has('two-level')) {
    for (const side of SIDE_NAMES) {
      for (const constituency of pair[side].constituencies) {
        const set = winSet(constituency.ideal, constituency.noDealEquivalent)
        low = Math.max(low, set.low)
        high = Math.min(high, set.high)
      }
    }
  }
  if (active.has('commitment')) {
    const lowControl = pair.low.control
    if (lowControl !== undefined && low > 0) low = lowControl > 0 ? low / lowControl : 1
    const highControl = pair.high.control
    if (highControl !== undefined && high < 1) {
      high = highControl > 0 ? 1 - (1 - high) / highControl : 0
    }
  }
  return { low: clipUnit(low), high: clipUnit(high) }
}

/**
 * The gap that blocks a deal (unit scale, 0 when a settlement exists): L − U, or for an indivisible
 * issue the smallest shortfall over its feasible points after side payments.
 *
 * @example
 * gapMeasure(pair, new Set(['two-level'])) //=> 0.1 for §2.5
 */
export function gapMeasure(pair: UnitPair, active: ReadonlySet<CauseId>): number {
  const bounds = settlementBounds(pair, active)
  if (active.has('indivisibility') && pair.feasible !== undefined) {
    return feasibleShortfall({
      points: pair.feasible,
      range: bounds,
      ...(pair.high.sidePayments ? { highPayments: pair.high.sidePayments } : {}),
      ...(pair.low.sidePayments ? { lowPayments: pair.low.sidePayments } : {}),
    }).gap
  }
  return Math.max(0, bounds.low - bounds.high)
}

/**
 * The probability that talks break down although a settlement exists: 1 when a commitment problem
 * unravels any deal (enforcement fails, or power shifts enough for preventive war), else the risk of
 * war under the optimal demand when one side is unsure of the other's resolve.
 *
 * @example
 * breakdownMeasure(pair, new Set(['information'])) //=> 0.3125 for §2.2
 */
export function breakdownMeasure(pair: UnitPair, active: ReadonlySet<CauseId>): number {
  if (active.has('commitment')) {
    const unravels = SIDE_NAMES.some((side) => enforcementOf(pair, side)?.selfEnforcing === false)
    if (unravels || powerShiftOf(pair)?.war.war === true) return 1
  }
  if (!active.has('information')) return 0
  let holds = 1
  for (const demand of riskReturnOf(pair)) holds *= 1 - demand.breakdown
  return 1 - holds
}

/** A demand made under uncertainty, on the unit scale (x: the high side's share). */
export interface RiskReturn extends OptimalDemand {
  demander: SideName
  /** The demanded settlement x. */
  settlement: number
  /** The settlement the safe demand gives. */
  safeSettlement: number
}

/**
 * The §2.2 demand of each side unsure of the other's cost (the side with `fightCostBeliefMax` is the
 * one the other is unsure of); the low side's demand is the mirror image on 1 − x.
 *
 * @example
 * riskReturnOf(pair)[0].breakdown //=> 0.3125
 */
export function riskReturnOf(pair: UnitPair): RiskReturn[] {
  const range = principalBounds(pair, false)
  const p = pair.winProbability
  const result: RiskReturn[] = []
  const lowCostMax = pair.low.fightCostBeliefMax
  if (lowCostMax !== undefined) {
    const demand = optimalDemand({
      winProbability: p,
      ownCost: p - range.low,
      opponentCostMax: lowCostMax,
    })
    result.push({ ...demand, demander: 'high', settlement: demand.demand, safeSettlement: p })
  }
  const highCostMax = pair.high.fightCostBeliefMax
  if (highCostMax !== undefined) {
    const demand = optimalDemand({
      winProbability: 1 - p,
      ownCost: range.high - p,
      opponentCostMax: highCostMax,
    })
    result.push({ ...demand, demander: 'low', settlement: 1 - demand.demand, safeSettlement: p })
  }
  return result
}

/**
 * The enforcement test of a side that could break a deal in secret (§2.3), when it has one.
 *
 * @example
 * enforcementOf(pair, 'low')?.detectionNeeded //=> 0.1667
 */
export function enforcementOf(pair: UnitPair, side: SideName) {
  const { enforcement, discount } = pair[side]
  if (enforcement === undefined || discount === undefined) return undefined
  return enforcementTest({ discount, ...enforcement })
}

/**
 * The preventive-war test of the side whose chance of prevailing falls (§2.3); its one-time war cost
 * in stream units is its fightCost as a share of the stream, c/(1 − δ).
 *
 * @example
 * powerShiftOf(pair)?.war.threshold //=> 0.5444
 */
export function powerShiftOf(
  pair: UnitPair,
): { side: SideName; now: number; next: number; war: PreventiveWar } | undefined {
  const next = pair.nextWinProbability
  if (next === undefined || next === pair.winProbability) return undefined
  const side: SideName = next < pair.winProbability ? 'high' : 'low'
  const discount = pair[side].discount
  if (discount === undefined) return undefined
  const now = side === 'high' ? pair.winProbability : 1 - pair.winProbability
  const later = side === 'high' ? next : 1 - next
  const war = preventiveWar({
    winProbabilityNow: now,
    winProbabilityNext: later,
    discount,
    warCost: pair[side].fightCost / (1 - discount),
  })
  return { side, now, next: later, war }
}
