/**
 * @module From plain data (already parsed from YAML, JSON or an importer) to a checked, normalised
 * scenario, or every problem at once.
 */

import { checkScenarioFile } from './check.ts'
import type { LoadResult, ScenarioIssue } from './issues.ts'
import { SCENARIO_LIMITS } from './limits.ts'
import { normaliseScenario } from './normalise.ts'
import { scenarioFileSchema } from './schema.ts'
import type { Scenario } from './types.ts'
import { convertZodIssues } from './zod-issues.ts'

/**
 * Validates and normalises scenario data; problems carry paths but no locations.
 *
 * @example
 * const result = parseScenarioData(YAML.parse(text))
 * if (result.ok) console.log(result.value.meta.title)
 */
export function parseScenarioData(data: unknown): LoadResult<Scenario> {
  const tooMany = countIssues(data)
  if (tooMany.length > 0) return { ok: false, issues: tooMany }
  const parsed = scenarioFileSchema.safeParse(data)
  if (!parsed.success) {
    return { ok: false, issues: convertZodIssues(parsed.error.issues, scenarioFileSchema, data) }
  }
  const issues = checkScenarioFile(parsed.data)
  if (issues.length > 0) return { ok: false, issues }
  return { ok: true, value: normaliseScenario(parsed.data) }
}

/** The actor and issue counts, checked before the schema walks either list. */
function countIssues(data: unknown): ScenarioIssue[] {
  if (data === null || typeof data !== 'object') return []
  const { actors, issues } = data as { actors?: unknown; issues?: unknown }
  const found: ScenarioIssue[] = []
  if (Array.isArray(actors) && actors.length > SCENARIO_LIMITS.actors) {
    found.push({
      code: 'too_many_actors',
      value: actors.length,
      maximum: SCENARIO_LIMITS.actors,
      path: ['actors'],
    })
  }
  if (Array.isArray(issues) && issues.length > SCENARIO_LIMITS.issues) {
    found.push({
      code: 'too_many_issues',
      value: issues.length,
      maximum: SCENARIO_LIMITS.issues,
      path: ['issues'],
    })
  }
  return found
}
