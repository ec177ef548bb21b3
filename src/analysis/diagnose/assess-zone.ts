/**
 * @module The causes that narrow the zone of agreement, assessed against the principals' range:
 * indivisibility (docs/bargaining.md §2.4), two-level ratification (§2.5) and outside options (§2.6).
 */
import { type Assessment, conclude, rangeOf, type Unassessed } from './assessment.ts'
import { actorOf, type PairContext, toAmount, toPosition } from './context.ts'
import { feasibleShortfall, sidePaymentWindow } from './indivisibility.ts'
import { TOLERANCE } from './interval.ts'
import { principalBounds, settlementBounds } from './measures.ts'
import { SIDE_NAMES } from './pair-model.ts'
import { winSet, zopa } from './two-level.ts'
import { constituencyEvidence } from './two-level-evidence.ts'
import type { EvidenceOf } from './types.ts'

/**
 * Assesses indivisibility: the nearest feasible settlement after side payments (§2.4).
 *
 * @example
 * assessIndivisibility(context) //=> { test: 'feasible settlement', margin: 0.3, … }
 */
export function assessIndivisibility(
  context: PairContext,
): Assessment<'indivisibility'> | Unassessed {
  const { pair } = context
  if (pair.feasible === undefined)
    return { reason: 'the issue is divisible: no feasible settlements are listed' }
  const bounds = principalBounds(pair, false)
  const result = feasibleShortfall({
    points: pair.feasible,
    range: bounds,
    ...(pair.high.sidePayments ? { highPayments: pair.high.sidePayments } : {}),
    ...(pair.low.sidePayments ? { lowPayments: pair.low.sidePayments } : {}),
  })
  const window = sidePaymentWindow(result.settlement, bounds)
  const evidence: EvidenceOf['indivisibility'] = {
    feasible: pair.feasible.map((point) => toPosition(context, point)),
    range: rangeOf(context, bounds),
    settlement: toPosition(context, result.settlement),
    shortfall: toAmount(context, result.gap),
    payment: toAmount(context, result.payment),
  }
  if (window.payer !== 'none') {
    evidence.payer = actorOf(context, window.payer)
    evidence.window = { low: toAmount(context, window.low), high: toAmount(context, window.high) }
    const payments = pair[window.payer].sidePayments
    if (payments !== undefined) evidence.maxPayment = toAmount(context, payments.max)
  }
  return conclude(
    context,
    [{ name: 'feasible settlement', normalized: result.gap, unit: 'issue scale' }],
    evidence,
  )
}

/**
 * Assesses the two-level game: the effective sets and their gap (§2.5).
 *
 * @example
 * assessTwoLevel(context) //=> { test: 'gap', margin: 0.1, … }
 */
export function assessTwoLevel(context: PairContext): Assessment<'two-level'> | Unassessed {
  const { pair } = context
  if (SIDE_NAMES.every((side) => pair[side].constituencies.length === 0)) {
    return { reason: 'no side has constituencies' }
  }
  const bounds = principalBounds(pair, false)
  const highSets = [{ low: bounds.low, high: 1 }]
  const lowSets = [{ low: 0, high: bounds.high }]
  for (const constituency of pair.high.constituencies) {
    highSets.push(winSet(constituency.ideal, constituency.noDealEquivalent))
  }
  for (const constituency of pair.low.constituencies) {
    lowSets.push(winSet(constituency.ideal, constituency.noDealEquivalent))
  }
  const result = zopa(highSets, lowSets)
  const highSet = zopa(highSets, []).zone
  const lowSet = zopa(lowSets, []).zone
  const evidence: EvidenceOf['two-level'] = {
    highSet: rangeOf(context, highSet ?? { low: Number.NaN, high: Number.NaN }),
    lowSet: rangeOf(context, lowSet ?? { low: Number.NaN, high: Number.NaN }),
    zone: result.zone ? rangeOf(context, result.zone) : null,
    gap: toAmount(context, result.gap),
    constituencies: SIDE_NAMES.flatMap((side) =>
      pair[side].constituencies.map((constituency) => {
        const other = side === 'low' ? (highSet?.low ?? bounds.low) : (lowSet?.high ?? bounds.high)
        return constituencyEvidence(context, side, constituency, bounds, other)
      }),
    ),
  }
  return conclude(
    context,
    [{ name: 'gap', normalized: -result.overlap, unit: 'issue scale' }],
    evidence,
  )
}

/**
 * Assesses outside options: the range they leave between the principals (§2.6).
 *
 * @example
 * assessOutsideOption(context) //=> { test: 'gap', margin: -0.15, … }
 */
export function assessOutsideOption(
  context: PairContext,
): Assessment<'outside-option'> | Unassessed {
  const { pair } = context
  if (SIDE_NAMES.every((side) => pair[side].outsideOption === undefined)) {
    return { reason: 'no side states an outside option' }
  }
  const bounds = principalBounds(pair, false)
  const narrowed = settlementBounds(pair, new Set(['outside-option']))
  const options = SIDE_NAMES.flatMap((side) => {
    const option = pair[side].outsideOption
    if (option === undefined) return []
    const bound = side === 'high' ? bounds.low : bounds.high
    const binds = side === 'high' ? option > bound + TOLERANCE : option < bound - TOLERANCE
    return [
      {
        actor: actorOf(context, side),
        option: toPosition(context, option),
        bound: toPosition(context, bound),
        binds,
      },
    ]
  })
  const gap = narrowed.low - narrowed.high
  return conclude(context, [{ name: 'gap', normalized: gap, unit: 'issue scale' }], {
    options,
    highMinimum: toPosition(context, narrowed.low),
    lowMaximum: toPosition(context, narrowed.high),
    gap: toAmount(context, Math.max(0, gap)),
  })
}
