/**
 * @module From plain data (already parsed from YAML, JSON or an importer) to a checked, normalised
 * scenario, or every problem at once.
 */

import { checkScenarioFile } from './check.ts'
import type { LoadResult } from './issues.ts'
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
  const parsed = scenarioFileSchema.safeParse(data)
  if (!parsed.success) {
    return { ok: false, issues: convertZodIssues(parsed.error.issues, scenarioFileSchema) }
  }
  const issues = checkScenarioFile(parsed.data)
  if (issues.length > 0) return { ok: false, issues }
  return { ok: true, value: normaliseScenario(parsed.data) }
}
