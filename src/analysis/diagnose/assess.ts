/**
 * @module Each cause assessed on its own (docs/bargaining.md §2.2–§2.7): its tests against the
 * principals' bargaining range, the margin of the most binding test, and the evidence behind it.
 */

import { assessCommitment } from './assess-commitment.ts'
import { assessInformation } from './assess-information.ts'
import { assessSpoiler } from './assess-spoiler.ts'
import { assessIndivisibility, assessOutsideOption, assessTwoLevel } from './assess-zone.ts'
import type { Assessment, Unassessed } from './assessment.ts'
import type { PairContext } from './context.ts'
import type { CauseId } from './measures.ts'

export type { Assessment } from './assessment.ts'

/**
 * Assesses one cause of a pair, or returns the reason it cannot be assessed.
 *
 * @example
 * assessCause('two-level', context) //=> { test: 'gap', margin: 10, unit: 'issue scale', … }
 */
export function assessCause<Cause extends CauseId>(
  cause: Cause,
  context: PairContext,
): Assessment<Cause> | Unassessed {
  return ASSESSORS[cause](context) as Assessment<Cause> | Unassessed
}

const ASSESSORS: {
  [Cause in CauseId]: (context: PairContext) => Assessment<Cause> | Unassessed
} = {
  information: assessInformation,
  commitment: assessCommitment,
  indivisibility: assessIndivisibility,
  'two-level': assessTwoLevel,
  'outside-option': assessOutsideOption,
  spoiler: assessSpoiler,
}
