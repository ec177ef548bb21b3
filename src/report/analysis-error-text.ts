/** @module An analysis entry point's refusal, in words. */
import type { AnalysisError } from '../analysis/entry-checks.ts'
import { formatWholeNumber } from '../lib/whole-number.ts'

/**
 * Describes why an analysis did not start, in one sentence.
 *
 * @example
 * describeAnalysisError({ code: 'invalid-seed', value: -1 }) //=> 'seed -1: expected a whole number from 0 to 4294967295'
 */
export function describeAnalysisError(error: AnalysisError): string {
  switch (error.code) {
    case 'invalid-seed':
      return `seed ${error.value}: expected a whole number from 0 to 4294967295`
    case 'invalid-count':
      return `${error.name} ${error.value}: expected a whole number from ${error.min} to ${formatWholeNumber(error.max)}`
    case 'invalid-probability':
      return `${error.name} ${error.value}: expected a probability strictly between 0 and 1`
    case 'missing-section':
      return `the scenario has no ${error.section}: section`
    case 'unknown-issue':
      return `${error.where}: the scenario has no issue "${error.issue}"`
    case 'unknown-model':
      return `no model "${error.model}" (see 'jirga models')`
    case 'missing-as-of':
      return 'meta.asOf: the integrated forecast (escalation: and questions:) counts its months from the as-of date; give one (YYYY-MM-DD)'
  }
}
