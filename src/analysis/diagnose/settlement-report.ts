/**
 * @module Predicted settlements from one set of disagreement points, side by side (docs/bargaining.md §2.10):
 * symmetric and asymmetric Nash, Rubinstein with the high side proposing first, and both conventions
 * for outside options — never one silently.
 */
import { actorOf, type PairContext, toPosition } from './context.ts'
import { type Interval, TOLERANCE } from './interval.ts'
import { nashSplit, patiencePower, rubinsteinSplit } from './settlement.ts'
import type { SettlementReport } from './types.ts'

/**
 * The settlements predicted when the high side's disagreement payoff is `inside.low` and the low
 * side's is 1 − `inside.high` (its share), or null when they leave no surplus. Outside options are
 * added both ways: raising the disagreement point (BATNA convention, symmetric Nash) and counting only
 * when they beat the inside share (outside-option principle, on Rubinstein or else Nash).
 *
 * @example
 * settlementReport(context, { low: 0.45, high: 0.7 })?.nash //=> 57.5 on a 0–100 scale
 */
export function settlementReport(context: PairContext, inside: Interval): SettlementReport | null {
  if (inside.low > inside.high + TOLERANCE) return null
  const { pair } = context
  const highDisagreement = inside.low
  const lowDisagreement = 1 - Math.max(inside.low, inside.high)
  const nash = nashSplit({ highDisagreement, lowDisagreement })?.high ?? inside.low
  const report: SettlementReport = {
    disagreement: { low: toPosition(context, inside.low), high: toPosition(context, inside.high) },
    nash: toPosition(context, nash),
  }
  const highDiscount = pair.high.discount
  const lowDiscount = pair.low.discount
  const patient = highDiscount !== undefined && lowDiscount !== undefined
  const power =
    pair.bargainingPower ?? (patient ? patiencePower(highDiscount, lowDiscount) : undefined)
  if (power !== undefined) {
    const split = nashSplit({ highDisagreement, lowDisagreement, highPower: power })
    report.nashAsymmetric = {
      power,
      basis: pair.bargainingPower === undefined ? 'patience' : 'bargaining power',
      settlement: toPosition(context, split?.high ?? nash),
    }
  }
  let inner = nash
  if (patient) {
    const split = rubinsteinSplit({ highDisagreement, lowDisagreement, highDiscount, lowDiscount })
    inner = split?.high ?? nash
    report.rubinstein = {
      proposer: actorOf(context, 'high'),
      settlement: toPosition(context, inner),
    }
  }
  const highOption = pair.high.outsideOption
  const lowOption = pair.low.outsideOption
  if (highOption !== undefined || lowOption !== undefined) {
    const raised = nashSplit({
      highDisagreement: Math.max(highDisagreement, highOption ?? 0),
      lowDisagreement: Math.max(lowDisagreement, lowOption === undefined ? 0 : 1 - lowOption),
    })
    let principled = inner
    if (lowOption !== undefined) principled = Math.min(principled, lowOption)
    if (highOption !== undefined) principled = Math.max(principled, highOption)
    const holds =
      principled >= highDisagreement - TOLERANCE &&
      principled <= 1 - lowDisagreement + TOLERANCE &&
      (lowOption === undefined || principled <= lowOption + TOLERANCE) &&
      (highOption === undefined || principled >= highOption - TOLERANCE)
    report.outsideOptions = {
      batnaAsDisagreement: raised ? toPosition(context, raised.high) : null,
      outsideOptionPrinciple: holds ? toPosition(context, principled) : null,
    }
  }
  return report
}
