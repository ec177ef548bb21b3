/**
 * @module The diagnosis of one bargaining pair: the principals' range, each cause assessed on its own
 * with the smallest change that removes it, the Shapley attribution of the gap and of the breakdown
 * probability, the ranking, and the settlements predicted side by side.
 */
import type { Parameter } from '../../scenario/types.ts'
import { type Assessment, assessCause } from './assess.ts'
import { actorOf, type PairContext, toAmount, toPosition } from './context.ts'
import { revisionistSide } from './fearon.ts'
import { feasibleShortfall } from './indivisibility.ts'
import { TOLERANCE } from './interval.ts'
import {
  breakdownMeasure,
  CAUSES,
  type CauseId,
  gapMeasure,
  principalBounds,
  settlementBounds,
} from './measures.ts'
import { settlementReport } from './settlement-report.ts'
import { shapleyValues } from './shapley.ts'
import { smallestChanges } from './smallest-change.ts'
import type { Attribution, CauseDiagnosis, PairDiagnosis, Range } from './types.ts'

export interface DiagnosePairOptions {
  pairIndex: number
  parameters: readonly Parameter[]
}

/**
 * Diagnoses one pair.
 *
 * @example
 * diagnosePair(context, { pairIndex: 0, parameters: [] }).causes[0].cause //=> 'two-level'
 */
export function diagnosePair(context: PairContext, options: DiagnosePairOptions): PairDiagnosis {
  const { pair, issue } = context
  const assessed = new Map<CauseId, Assessment>()
  const notAssessed: PairDiagnosis['notAssessed'] = []
  for (const cause of CAUSES) {
    const result = assessCause(cause, context)
    if ('reason' in result) notAssessed.push({ cause, reason: result.reason })
    else assessed.set(cause, result)
  }
  const players = [...assessed.keys()]
  const all = new Set(players)
  const gap = attribute(players, (on) => toAmount(context, gapMeasure(pair, on)))
  const breakdown = attribute(players, (on) => breakdownMeasure(pair, on))

  const causes = players.map((cause) => {
    const assessment = assessed.get(cause) as Assessment
    const blocksAlone = assessment.normalized > TOLERANCE
    const gapShare = gap.shares[cause] ?? 0
    const changes = blocksAlone ? smallestChanges(cause, context, options) : []
    return {
      cause,
      blocks: blocksAlone || (gap.total > TOLERANCE && gapShare > TOLERANCE),
      blocksAlone,
      test: assessment.test,
      margin: assessment.margin,
      unit: assessment.unit,
      evidence: assessment.evidence,
      smallestChange: changes[0] ?? null,
      alternatives: changes.slice(1),
      share: { gap: gapShare, breakdown: breakdown.shares[cause] ?? 0 },
    } as CauseDiagnosis
  })
  causes.sort(
    (a, b) =>
      Number(b.blocks) - Number(a.blocks) ||
      b.share.gap - a.share.gap ||
      b.share.breakdown - a.share.breakdown ||
      normalized(b, context) - normalized(a, context),
  )

  const principals = principalBounds(pair, false)
  const statusQuo = pair.statusQuo
  const revisionist = statusQuo === undefined ? undefined : revisionistSide(statusQuo, principals)
  const zone = zoneOf(context, all)
  const status = causes.some((cause) => cause.blocks)
    ? 'blocked'
    : zone === null
      ? 'no-range'
      : 'deal-available'
  const inside = settlementBounds(
    pair,
    new Set(players.filter((cause) => cause !== 'outside-option')),
  )
  const zoneReport = zone === null ? null : settlementReport(context, inside)
  const diagnosis: PairDiagnosis = {
    issue: {
      id: issue.id,
      name: issue.name,
      min: issue.scale.min,
      max: issue.scale.max,
      ...(issue.statusQuo === undefined ? {} : { statusQuo: issue.statusQuo }),
    },
    high: { actor: actorOf(context, 'high'), name: nameOf(context, 'high') },
    low: { actor: actorOf(context, 'low'), name: nameOf(context, 'low') },
    ...(context.raw.period === undefined ? {} : { period: context.raw.period }),
    ...(context.raw.exchangeRate === undefined ? {} : { exchangeRate: context.raw.exchangeRate }),
    status,
    range: {
      low: toPosition(context, principals.low),
      high: toPosition(context, principals.high),
      width: toAmount(context, Math.max(0, principals.high - principals.low)),
      revisionist: revisionist === undefined ? null : actorOf(context, revisionist),
    },
    zone,
    gap: gap.total,
    breakdown: breakdown.total,
    causes,
    notAssessed,
    attribution: { gap, breakdown },
    settlement: {
      principals: settlementReport(context, principals),
      zone: zoneReport,
      predicted: status === 'deal-available' && zone !== null ? (zone.low + zone.high) / 2 : null,
    },
  }
  return diagnosis
}

/** Shapley shares of a measure over the assessed causes (docs/bargaining.md §2.8). */
function attribute(players: CauseId[], measure: (on: ReadonlySet<CauseId>) => number): Attribution {
  const shares = shapleyValues(players, measure)
  return { total: measure(new Set(players)), base: measure(new Set()), shares }
}

/** What every constraint allows together: an interval, a feasible point, or null. */
function zoneOf(context: PairContext, all: ReadonlySet<CauseId>): Range | null {
  const { pair } = context
  const bounds = settlementBounds(pair, all)
  if (all.has('indivisibility') && pair.feasible !== undefined) {
    const result = feasibleShortfall({
      points: pair.feasible,
      range: bounds,
      ...(pair.high.sidePayments ? { highPayments: pair.high.sidePayments } : {}),
      ...(pair.low.sidePayments ? { lowPayments: pair.low.sidePayments } : {}),
    })
    if (result.gap > TOLERANCE) return null
    const point = toPosition(context, result.settlement)
    return { low: point, high: point }
  }
  if (bounds.low > bounds.high + TOLERANCE) return null
  const high = Math.max(bounds.low, bounds.high)
  return { low: toPosition(context, bounds.low), high: toPosition(context, high) }
}

function nameOf(context: PairContext, side: 'high' | 'low'): string {
  const id = actorOf(context, side)
  return context.actors.find((actor) => actor.id === id)?.name ?? id
}

function normalized(cause: CauseDiagnosis, context: PairContext): number {
  return cause.unit === 'issue scale' ? cause.margin / context.scale.span : cause.margin
}
