/**
 * @module Commitment problems (docs/bargaining.md §2.3) assessed: the leadership's control over its fighters,
 * the enforcement of a deal that can be broken in secret, and preventive war under shifting power.
 */
import { type Assessment, conclude, type Test, type Unassessed } from './assessment.ts'
import { controlNeeded } from './commitment.ts'
import { actorOf, type PairContext, toAmount, toPosition } from './context.ts'
import {
  CAUSES,
  type CauseId,
  enforcementOf,
  powerShiftOf,
  principalBounds,
  settlementBounds,
} from './measures.ts'
import { SIDE_NAMES } from './pair-model.ts'
import type { EvidenceOf } from './types.ts'

const WITHOUT_COMMITMENT: ReadonlySet<CauseId> = new Set(
  CAUSES.filter((cause) => cause !== 'commitment'),
)

/**
 * Assesses commitment: control, enforcement and a shift of power (§2.3).
 *
 * @example
 * assessCommitment(context) //=> { test: 'enforcement', margin: 0.0667, … }
 */
export function assessCommitment(context: PairContext): Assessment<'commitment'> | Unassessed {
  const { pair } = context
  const tests: Test[] = []
  const evidence: EvidenceOf['commitment'] = { control: [], enforcement: [] }
  const bounds = principalBounds(pair, false)
  for (const side of SIDE_NAMES) {
    const control = pair[side].control
    if (control === undefined) continue
    // The low side's fighters deliver κx of a promised x; the high side's, 1 − κ(1 − x) (mirrored).
    const required = side === 'low' ? bounds.low : bounds.high
    const mostPromised = side === 'low' ? bounds.high : bounds.low
    const needed =
      side === 'low'
        ? controlNeeded(bounds.low, bounds.high)
        : controlNeeded(1 - bounds.high, 1 - bounds.low)
    // With every other constraint, what the other side needs and what must be promised to deliver it.
    const joint = settlementBounds(pair, WITHOUT_COMMITMENT)
    const jointRequired = side === 'low' ? joint.low : joint.high
    const promise = side === 'low' ? jointRequired / control : 1 - (1 - jointRequired) / control
    evidence.control.push({
      actor: actorOf(context, side),
      control,
      needed,
      required: toPosition(context, required),
      mostPromised: toPosition(context, mostPromised),
      withEveryConstraint: {
        required: toPosition(context, jointRequired),
        promise: toPosition(context, control > 0 ? promise : side === 'low' ? 1 : 0),
      },
    })
    tests.push({ name: 'control', normalized: needed - control, unit: 'share' })
  }
  for (const side of SIDE_NAMES) {
    const test = enforcementOf(pair, side)
    const enforcement = pair[side].enforcement
    if (test === undefined || enforcement === undefined) continue
    evidence.enforcement.push({
      actor: actorOf(context, side),
      detection: enforcement.detection,
      detectionNeeded: test.detectionNeeded,
      cheatGain: toAmount(context, enforcement.cheatGain),
      bound: toAmount(context, test.bound),
      comply: toAmount(context, test.comply),
      deviate: toAmount(context, test.deviate),
      selfEnforcing: test.selfEnforcing,
    })
    tests.push({
      name: 'enforcement',
      normalized: test.detectionNeeded - enforcement.detection,
      unit: 'probability',
    })
  }
  const shift = powerShiftOf(pair)
  if (shift !== undefined) {
    evidence.powerShift = {
      actor: actorOf(context, shift.side),
      now: shift.now,
      next: shift.next,
      threshold: shift.war.threshold,
      warNow: shift.war.warNow,
      bestOffer: shift.war.bestOffer,
      war: shift.war.war,
    }
    tests.push({
      name: 'power shift',
      normalized: shift.war.threshold - shift.next,
      unit: 'probability',
    })
  }
  if (tests.length === 0) {
    return { reason: 'no control, enforcement or shift of power (nextWinProbability) is stated' }
  }
  return conclude(context, tests, evidence)
}
