/** @module What assessing one cause produces, and how the margins of its tests are concluded. */
import { type PairContext, toAmount, toPosition } from './context.ts'
import type { Interval } from './interval.ts'
import type { CauseId } from './measures.ts'
import type { EvidenceOf, MarginUnit, Range } from './types.ts'

/** One cause assessed on its own. */
export interface Assessment<Cause extends CauseId = CauseId> {
  test: string
  /** The margin of the most binding test, in `unit` (issue-scale margins on the scale). */
  margin: number
  unit: MarginUnit
  /** The same on a common footing (unit scale or probability): > 0 blocks; root finding reads it. */
  normalized: number
  evidence: EvidenceOf[Cause]
}

/** Why a cause could not be assessed (the scenario lacks its parameters). */
export interface Unassessed {
  reason: string
}

/** One test of a cause: its margin on the unit scale or as a probability. */
export interface Test {
  name: string
  normalized: number
  unit: MarginUnit
}

/**
 * Picks the most binding test and states its margin in its own unit.
 *
 * @example
 * conclude(context, [{ name: 'gap', normalized: 0.1, unit: 'issue scale' }], evidence).margin //=> 10 on 0–100
 */
export function conclude<Cause extends CauseId>(
  context: PairContext,
  tests: Test[],
  evidence: EvidenceOf[Cause],
): Assessment<Cause> {
  let worst = tests[0] as Test
  for (const test of tests) if (test.normalized > worst.normalized) worst = test
  const margin =
    worst.unit === 'issue scale' ? toAmount(context, worst.normalized) : worst.normalized
  return { test: worst.name, margin, unit: worst.unit, normalized: worst.normalized, evidence }
}

/**
 * A unit-scale interval on the scale.
 *
 * @example
 * rangeOf(context, { low: 0.45, high: 0.7 }) //=> { low: 45, high: 70 } on 0–100
 */
export function rangeOf(context: PairContext, interval: Interval): Range {
  return { low: toPosition(context, interval.low), high: toPosition(context, interval.high) }
}
