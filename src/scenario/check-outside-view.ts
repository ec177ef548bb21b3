/**
 * @module Checks of the `outsideView:` section a schema cannot express: the capability ratio's ends in
 * order, the onset not after the as-of date, and every source declared.
 */
import { unknownReference } from './check-helpers.ts'
import type { ScenarioIssue } from './issues.ts'
import type { ScenarioFile } from './schema.ts'

/**
 * Appends the problems of a file's `outsideView:` section to `issues`.
 *
 * @example
 * checkOutsideView(file, sourceIds, issues)
 */
export function checkOutsideView(
  file: ScenarioFile,
  sourceIds: ReadonlyMap<string, unknown>,
  issues: ScenarioIssue[],
): void {
  const section = file.outsideView
  if (section === undefined) return
  const ratio = section.capabilityRatio
  if (ratio !== undefined && ratio.max < ratio.min) {
    issues.push({
      code: 'value_order',
      value: ratio.max,
      what: 'capabilityRatio.max',
      other: 'capabilityRatio.min',
      otherValue: ratio.min,
      orEqual: true,
      path: ['outsideView', 'capabilityRatio', 'max'],
    })
  }
  const asOf = file.meta.asOf
  if (section.since !== undefined && asOf !== undefined && String(section.since) > String(asOf)) {
    issues.push({
      code: 'not_applicable',
      what: `since ${section.since}`,
      reason: `it is after the scenario's as-of date ${asOf}`,
      path: ['outsideView', 'since'],
    })
  }
  section.sources?.forEach((source, index) => {
    if (!sourceIds.has(source))
      issues.push(
        unknownReference(
          source,
          'source',
          [...sourceIds.keys()],
          ['outsideView', 'sources', index],
        ),
      )
  })
}
