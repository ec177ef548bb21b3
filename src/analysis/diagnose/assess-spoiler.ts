/**
 * @module Spoilers assessed (after Kydd & Walter 2002): armed actors outside the pair who lose from
 * every settlement in the zone of agreement (or, without one, the principals' range) compared with
 * the status quo, and can act.
 */
import { type Assessment, conclude, rangeOf, type Unassessed } from './assessment.ts'
import { type PairContext, toAmount, toPosition } from './context.ts'
import { distanceToInterval, TOLERANCE } from './interval.ts'
import { CAUSES, principalBounds, settlementBounds } from './measures.ts'
import { SIDE_NAMES } from './pair-model.ts'

/**
 * Assesses spoilers: each candidate's smallest loss over the zone against the status quo.
 *
 * @example
 * assessSpoiler(context) //=> { test: 'spoiler loss', margin: 0.25, … }
 */
export function assessSpoiler(context: PairContext): Assessment<'spoiler'> | Unassessed {
  const { pair, actors } = context
  const statusQuo = pair.statusQuo
  if (statusQuo === undefined) return { reason: 'the issue has no status quo to compare with' }
  const sides = new Set(SIDE_NAMES.map((side) => pair[side].actor))
  const members = new Set(
    SIDE_NAMES.flatMap((side) => pair[side].constituencies.flatMap((item) => item.actor ?? [])),
  )
  const candidates =
    pair.spoilers ??
    actors
      .filter(
        (actor) => actor.kind === 'armed-group' && !sides.has(actor.id) && !members.has(actor.id),
      )
      .map((actor) => actor.id)
  if (candidates.length === 0) return { reason: 'no armed group outside the pair' }
  const all = settlementBounds(pair, new Set(CAUSES))
  const principals = principalBounds(pair, false)
  const basis = all.low <= all.high + TOLERANCE ? 'zone' : 'range'
  const zone = basis === 'zone' ? all : principals
  if (zone.low > zone.high + TOLERANCE)
    return { reason: "the principals' own bounds leave no range" }
  const issueId = context.issue.id
  const spoilers = candidates.flatMap((id) => {
    const actor = actors.find((item) => item.id === id)
    const position = actor?.positions[issueId]
    if (actor === undefined || position === undefined) return []
    const unitPosition = (position - context.scale.min) / context.scale.span
    const loss = distanceToInterval(unitPosition, zone) - Math.abs(statusQuo - unitPosition)
    return [{ actor: id, name: actor.name, capability: actor.capability, position, loss }]
  })
  if (spoilers.length === 0) return { reason: 'no armed group outside the pair' }
  const able = spoilers.filter((spoiler) => spoiler.capability > 0)
  const worst = able.reduce(
    (most, spoiler) => Math.max(most, spoiler.loss),
    Number.NEGATIVE_INFINITY,
  )
  return conclude(
    context,
    [
      {
        name: 'spoiler loss',
        normalized: Number.isFinite(worst) ? worst : -1,
        unit: 'issue scale',
      },
    ],
    {
      statusQuo: toPosition(context, statusQuo),
      zone: rangeOf(context, zone),
      basis,
      spoilers: spoilers.map((spoiler) => ({
        ...spoiler,
        loss: toAmount(context, spoiler.loss),
        spoils: spoiler.capability > 0 && spoiler.loss > TOLERANCE,
      })),
    },
  )
}
