/**
 * @module One month's scenario: a copy of the base with the effects of the levers pulled that month
 * applied, each scaled by its strength and kept within its limits. The stance, backlash and
 * defection of the responses are written by the simulation into the same copy.
 */
import { cloneData } from '../../lib/clone-data.ts'
import type {
  Actor,
  BargainingPair,
  BargainingSide,
  Constituency,
  Issue,
  Scenario,
} from '../../scenario/types.ts'
import type { PlannedEffect } from './plan.ts'

/** A scenario whose actors, issues and pairs are copies the month may change. */
export type MonthScenario = Scenario & { bargaining: { pairs: BargainingPair[] } }

/**
 * Copies what a month may change: actors (positions, saliences), issues and bargaining pairs.
 *
 * @example
 * copyForMonth(scenario).actors[0] !== scenario.actors[0] //=> true
 */
export function copyForMonth(scenario: Scenario): MonthScenario {
  const actors: Actor[] = scenario.actors.map((actor) => ({
    ...actor,
    positions: { ...actor.positions },
    saliences: { ...actor.saliences },
  }))
  const issues: Issue[] = scenario.issues.map((issue) => ({ ...issue }))
  const pairs = cloneData(scenario.bargaining?.pairs ?? [])
  return { ...scenario, actors, issues, bargaining: { pairs } }
}

/**
 * Applies one effect at a strength s (intensity × credibility where it applies): `to` moves the value
 * the share s of the way there, `by` adds s·by; a side payment moves the constituency's no-deal
 * equivalent by θ·s·by toward the other side (θ its carrotShare, docs/bargaining.md §2.5).
 *
 * @example
 * applyEffect(month, { quantity: 'position', actorIndex: 0, issue: 'trade_access', to: 70, … }, 0.5)
 */
export function applyEffect(month: MonthScenario, effect: PlannedEffect, strength: number): void {
  if (strength === 0) return
  const move = (value: number) =>
    effect.to !== undefined
      ? value + strength * (effect.to - value)
      : value + strength * (effect.by ?? 0)
  const actor = month.actors[effect.actorIndex] as Actor
  const scale = month.issues.find((issue) => issue.id === effect.issue)?.scale
  const onScale = (value: number) => (scale ? clip(value, scale.min, scale.max) : value)
  switch (effect.quantity) {
    case 'position': {
      const issue = effect.issue as string
      actor.positions[issue] = onScale(move(actor.positions[issue] ?? 0))
      return
    }
    case 'salience': {
      const issue = effect.issue as string
      actor.saliences[issue] = clip(move(actor.saliences[issue] ?? 0), 0, 100)
      return
    }
    case 'capability':
      actor.capability = Math.max(0, move(actor.capability))
      return
    case 'winProbability': {
      const pair = pairOf(month, effect)
      pair.winProbability = clip(move(pair.winProbability), 0, 1)
      return
    }
  }
  const pair = pairOf(month, effect)
  const side = pair[effect.side ?? 'low']
  switch (effect.quantity) {
    case 'fightCost':
      side.fightCost = Math.max(0, move(side.fightCost))
      return
    case 'outsideOption': {
      // No option is one at the side's own end: it never narrows the range.
      const none = effect.side === 'high' ? (scale?.min ?? 0) : (scale?.max ?? 1)
      side.outsideOption = onScale(move(side.outsideOption ?? none))
      return
    }
    case 'control':
      side.control = clip(move(side.control ?? 1), 0, 1)
      return
    case 'detection':
    case 'cheatGain':
    case 'cooperationValue':
    case 'punishmentValue':
      applyEnforcement(side, effect.quantity, move)
      return
  }
  const constituency = constituencyOf(side, effect)
  switch (effect.quantity) {
    case 'ideal':
      constituency.ideal = onScale(move(constituency.ideal))
      return
    case 'noDealEquivalent':
      constituency.noDealEquivalent = onScale(move(constituency.noDealEquivalent))
      return
    case 'carrotShare':
      constituency.carrotShare = clip(move(constituency.carrotShare ?? 0), 0, 1)
      return
    case 'sidePayment': {
      const shift = (constituency.carrotShare ?? 0) * strength * (effect.by ?? 0)
      const toward = effect.side === 'high' ? -shift : shift
      constituency.noDealEquivalent = onScale(constituency.noDealEquivalent + toward)
      return
    }
    case 'exitShare':
      if (constituency.exit)
        constituency.exit.maxShare = clip(move(constituency.exit.maxShare), 0, 1)
      return
    case 'exitMidpoint':
      if (constituency.exit) constituency.exit.midpoint = onScale(move(constituency.exit.midpoint))
      return
  }
}

function applyEnforcement(
  side: BargainingSide,
  quantity: 'detection' | 'cheatGain' | 'cooperationValue' | 'punishmentValue',
  move: (value: number) => number,
): void {
  const enforcement = side.enforcement
  if (enforcement === undefined) return
  const value = move(enforcement[quantity])
  enforcement[quantity] =
    quantity === 'detection'
      ? clip(value, 0, 1)
      : quantity === 'cheatGain'
        ? Math.max(0, value)
        : value
}

function pairOf(month: MonthScenario, effect: PlannedEffect): BargainingPair {
  const pair = month.bargaining.pairs[effect.pairIndex ?? -1]
  if (pair === undefined) throw new Error(`effect on ${effect.quantity} has no pair`)
  return pair
}

function constituencyOf(side: BargainingSide, effect: PlannedEffect): Constituency {
  const constituency = side.constituencies?.[effect.constituencyIndex ?? -1]
  if (constituency === undefined)
    throw new Error(`effect on ${effect.quantity} has no constituency`)
  return constituency
}

/**
 * Clips a value to [min, max].
 *
 * @example
 * clip(120, 0, 100) //=> 100
 */
export function clip(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
