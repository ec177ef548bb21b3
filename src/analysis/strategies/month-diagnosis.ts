/**
 * @module The diagnosis's measures in one month of a strategy (docs/bargaining.md §2.8, §2.5):
 * whether a zone of agreement exists with the active causes, the gap otherwise, the probability that
 * talks break down, and the share of the target's constituency that defects at its policy.
 */
import type { Actor, BargainingPair, Issue } from '../../scenario/types.ts'
import { pairContext, toPosition } from '../diagnose/context.ts'
import { feasibleShortfall } from '../diagnose/indivisibility.ts'
import { TOLERANCE } from '../diagnose/interval.ts'
import {
  breakdownMeasure,
  type CauseId,
  gapMeasure,
  settlementBounds,
} from '../diagnose/measures.ts'
import type { UnitPair } from '../diagnose/pair-model.ts'
import { defectionShare } from '../diagnose/two-level.ts'
import type { Range } from '../diagnose/types.ts'

export interface MonthDiagnosis {
  /** The pair on the unit scale. */
  unit: UnitPair
  /** On the issue's scale, or null. */
  zone: Range | null
  /** In the issue's units; 0 when a zone exists. */
  gap: number
  breakdown: number
  defection: number | null
}

/**
 * Diagnoses a month's pair for a response on one side with a constituency (index −1 for none).
 *
 * @example
 * diagnoseMonth(pair, issue, actors, active, 'low', 0, 14.1).zone //=> null
 */
export function diagnoseMonth(
  pair: BargainingPair,
  issue: Issue,
  actors: readonly Actor[],
  active: ReadonlySet<CauseId>,
  side: 'high' | 'low',
  constituencyIndex: number,
  policy: number,
): MonthDiagnosis {
  const context = pairContext(pair, issue, actors, 0.15)
  const unit = context.pair
  const gap = gapMeasure(unit, active)
  const zone = gap > TOLERANCE ? null : zoneOf(unit, active)
  const exit = unit[side].constituencies[constituencyIndex]?.exit
  const { min, max } = issue.scale
  return {
    unit,
    zone:
      zone === null
        ? null
        : { low: toPosition(context, zone.low), high: toPosition(context, zone.high) },
    gap: gap > TOLERANCE ? gap * (max - min) : 0,
    breakdown: breakdownMeasure(unit, active),
    defection: exit === undefined ? null : defectionShare((policy - min) / (max - min), exit, side),
  }
}

/**
 * What every active constraint allows (unit scale): an interval, or a feasible point — the rule of
 * the diagnosis's own zone.
 */
function zoneOf(pair: UnitPair, active: ReadonlySet<CauseId>): Range {
  const bounds = settlementBounds(pair, active)
  if (active.has('indivisibility') && pair.feasible !== undefined) {
    const result = feasibleShortfall({
      points: pair.feasible,
      range: bounds,
      ...(pair.high.sidePayments ? { highPayments: pair.high.sidePayments } : {}),
      ...(pair.low.sidePayments ? { lowPayments: pair.low.sidePayments } : {}),
    })
    return { low: result.settlement, high: result.settlement }
  }
  return { low: bounds.low, high: Math.max(bounds.low, bounds.high) }
}
