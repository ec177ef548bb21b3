/**
 * @module What the assessment of a pair reads: the pair on its issue's scale (so one parameter can be
 * moved and the pair re-read) and on the unit scale, the actors, and the breakdown threshold.
 */
import type { Actor, BargainingPair, Issue } from '../../scenario/types.ts'
import {
  type IssueScale,
  issueScale,
  type SideName,
  toUnitPair,
  type UnitPair,
} from './pair-model.ts'

export interface PairContext {
  /** The pair as written, on its issue's scale. */
  raw: BargainingPair
  /** The pair on the unit scale. */
  pair: UnitPair
  issue: Issue
  scale: IssueScale
  actors: readonly Actor[]
  /** P(breakdown) above which private information counts as blocking (docs/bargaining.md §2.2: 0.15). */
  threshold: number
}

/**
 * Builds the context of a pair.
 *
 * @example
 * pairContext(pair, issue, scenario.actors, 0.15).pair.winProbability //=> 0.6
 */
export function pairContext(
  raw: BargainingPair,
  issue: Issue,
  actors: readonly Actor[],
  threshold: number,
): PairContext {
  return { raw, pair: toUnitPair(raw, issue), issue, scale: issueScale(issue), actors, threshold }
}

/**
 * The same context with the pair replaced (for moving one parameter).
 *
 * @example
 * withPair(context, { ...context.raw, winProbability: 0.5 })
 */
export function withPair(context: PairContext, raw: BargainingPair): PairContext {
  return { ...context, raw, pair: toUnitPair(raw, context.issue) }
}

/**
 * A unit-scale position on the issue's scale.
 *
 * @example
 * toPosition(context, 0.45) //=> 45 on 0–100
 */
export function toPosition(context: PairContext, unit: number): number {
  return context.scale.min + unit * context.scale.span
}

/**
 * A unit-scale amount (cost, gap, payment) in the issue's units.
 *
 * @example
 * toAmount(context, 0.1) //=> 10 on 0–100
 */
export function toAmount(context: PairContext, unit: number): number {
  return unit * context.scale.span
}

/**
 * The actor id of a side.
 *
 * @example
 * actorOf(context, 'low') //=> 'taliban_leadership'
 */
export function actorOf(context: PairContext, side: SideName): string {
  return context.raw[side].actor
}
