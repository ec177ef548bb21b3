/** @module The published JSON Schema of the scenario language, made from the zod schema. */
import { z } from 'zod'
import { scenarioFileSchema } from './schema.ts'

/**
 * Returns the JSON Schema (draft 2020-12) of a scenario file, for editors and other tools.
 *
 * @example
 * scenarioJsonSchema().properties.meta.required //=> ['id', 'title']
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioFileSchema, { io: 'input' }),
    title: 'Jirga scenario (v1)',
  }
}
