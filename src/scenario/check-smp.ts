/**
 * @module Checks of the `smp:` section: the accommodation matrix names declared actors, once per
 * pair, and no row sums above 1 (it starts as the identity, so an actor's own entry is 1 unless given).
 */
import { unknownReference } from './check-helpers.ts'
import type { ScenarioIssue } from './issues.ts'
import type { ScenarioFile } from './schema.ts'
import type { ScenarioPath } from './types.ts'

/**
 * Appends the problems of a file's `smp:` section to `issues`.
 *
 * @example
 * checkSmp(file, actorIds, issues)
 */
export function checkSmp(
  file: ScenarioFile,
  actorIds: Map<string, ScenarioPath>,
  issues: ScenarioIssue[],
): void {
  const pairs = file.smp?.idealAdjustment ?? []
  const known = [...actorIds.keys()]
  const seen = new Map<string, ScenarioPath>()
  pairs.forEach((pair, index) => {
    const path = ['smp', 'idealAdjustment', index]
    for (const key of ['actor', 'reference'] as const) {
      if (!actorIds.has(pair[key]))
        issues.push(unknownReference(pair[key], 'actor', known, [...path, key]))
    }
    const key = `${pair.actor}→${pair.reference}`
    const first = seen.get(key)
    if (first) issues.push({ code: 'duplicate_id', id: key, firstPath: first, path })
    else seen.set(key, path)
  })
  const rows = new Map<string, { sum: number; path: ScenarioPath; ownGiven: boolean }>()
  pairs.forEach((pair, index) => {
    const row = rows.get(pair.actor) ?? {
      sum: 0,
      path: ['smp', 'idealAdjustment', index],
      ownGiven: false,
    }
    row.sum += pair.adjust
    if (pair.reference === pair.actor) row.ownGiven = true
    rows.set(pair.actor, row)
  })
  for (const [, row] of rows) {
    const sum = row.sum + (row.ownGiven ? 0 : 1)
    if (sum > 1 + 1e-10) {
      issues.push({
        code: 'out_of_range',
        value: sum,
        limit: 1,
        bound: 'max',
        what: "limit on an accommodation row's sum (the identity counts 1 for an actor's own entry unless given)",
        path: row.path,
      })
    }
  }
}
