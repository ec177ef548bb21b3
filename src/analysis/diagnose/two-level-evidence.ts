/**
 * @module What the report says about one ratifier (docs/bargaining.md §2.5): its win-set, whether it binds,
 * how likely it ratifies and how many of its members defect at the settlements that matter.
 */
import { actorOf, type PairContext, toPosition } from './context.ts'
import { type Interval, TOLERANCE } from './interval.ts'
import type { SideName, UnitConstituency } from './pair-model.ts'
import { defectionShare, ratificationProbability, winSet } from './two-level.ts'
import type { ConstituencyEvidence, ValueAt } from './types.ts'

/**
 * The evidence on one constituency of `side`, given the principals' bounds [L, U] and what the other
 * side needs with its own ratifiers (its effective set's near end).
 *
 * @example
 * constituencyEvidence(context, 'low', ranks, { low: 0.45, high: 0.7 }, 0.45).winSet //=> { low: 0, high: 35 }
 */
export function constituencyEvidence(
  context: PairContext,
  side: SideName,
  constituency: UnitConstituency,
  bounds: Interval,
  otherBound: number,
): ConstituencyEvidence {
  const set = winSet(constituency.ideal, constituency.noDealEquivalent)
  const binds =
    side === 'low' ? set.high < bounds.high - TOLERANCE : set.low > bounds.low + TOLERANCE
  const edge = side === 'low' ? set.high : set.low
  const points: { label: string; unit: number }[] = [
    { label: side === 'low' ? 'the most it tolerates' : 'the least it accepts', unit: edge },
    {
      label: side === 'low' ? 'what the other side needs' : 'the most the other side concedes',
      unit: otherBound,
    },
  ]
  if (bounds.low <= bounds.high) {
    points.push({ label: 'the principals’ Nash settlement', unit: (bounds.low + bounds.high) / 2 })
  }
  const at = (value: (unit: number) => number): ValueAt[] =>
    points.map((point) => ({
      label: point.label,
      settlement: toPosition(context, point.unit),
      value: value(point.unit),
    }))
  const evidence: ConstituencyEvidence = {
    of: actorOf(context, side),
    name: constituency.name,
    ideal: toPosition(context, constituency.ideal),
    noDealEquivalent: toPosition(context, constituency.noDealEquivalent),
    winSet: { low: toPosition(context, set.low), high: toPosition(context, set.high) },
    binds,
  }
  if (constituency.actor !== undefined) evidence.actor = constituency.actor
  const spread = constituency.thresholdSpread
  if (spread !== undefined) {
    evidence.ratification = {
      threshold: toPosition(context, edge),
      spread: spread * context.scale.span,
      at: at((unit) => ratificationProbability(unit, { threshold: edge, spread, side })),
    }
  }
  const exit = constituency.exit
  if (exit !== undefined) {
    evidence.defection = {
      ...(exit.to === undefined ? {} : { to: exit.to }),
      at: at((unit) => defectionShare(unit, exit, side)),
    }
  }
  const share = constituency.carrotShare
  if (share !== undefined) {
    evidence.carrotShare = share
    // The side payment that moves its no-deal equivalent, by θ·t, as far as the other side needs (§2.5).
    const shortfall = side === 'low' ? otherBound - edge : edge - otherBound
    if (shortfall > TOLERANCE && share > 0) {
      evidence.carrotNeeded = (shortfall * context.scale.span) / share
    }
  }
  return evidence
}
