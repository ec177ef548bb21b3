/**
 * @module Turns zod's issues into scenario issues: unknown keys point at the key itself with a
 * "did you mean", and union failures report the branch the user evidently meant.
 */
import type { z } from 'zod'
import { suggestClosest } from '../lib/suggest.ts'
import type { ScenarioIssue } from './issues.ts'
import type { ScenarioPath } from './types.ts'

type ZodIssue = z.core.$ZodIssue
type AnySchema = z.core.$ZodType

/**
 * Converts zod issues (from parsing `data` against `schema`) into scenario issues; a required key
 * absent from `data` reads "required key … is missing", whatever its type.
 *
 * @example
 * convertZodIssues(scenarioFileSchema.safeParse({}).error.issues, scenarioFileSchema, {})[0].code //=> 'schema'
 */
export function convertZodIssues(
  issues: readonly ZodIssue[],
  schema: AnySchema,
  data?: unknown,
): ScenarioIssue[] {
  const result: ScenarioIssue[] = []
  for (const issue of issues) convertOne(issue, [], schema, result, data)
  return result
}

function convertOne(
  issue: ZodIssue,
  prefix: ScenarioPath,
  schema: AnySchema,
  into: ScenarioIssue[],
  data: unknown,
): void {
  const path = [...prefix, ...(issue.path as (string | number)[])]
  if (issue.code !== 'unrecognized_keys' && isMissingKey(data, path)) {
    into.push({ code: 'schema', path, message: `required key "${String(path.at(-1))}" is missing` })
    return
  }
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(schema, path)
    for (const key of issue.keys) {
      const suggestion = suggestClosest(key, known)
      into.push({
        code: 'unknown_key',
        key,
        path: [...path, key],
        ...(suggestion === undefined ? {} : { suggestion }),
      })
    }
    return
  }
  if (issue.code === 'invalid_union') {
    const branches = issue.errors.filter(
      (branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
    )
    const chosen = branches.length === 1 ? branches[0] : undefined
    if (chosen !== undefined) {
      for (const inner of chosen) convertOne(inner, path, schema, into, data)
      return
    }
    into.push({
      code: 'schema',
      path,
      message: 'expected a number, or { value, low, high, dist, source, quote, note }',
    })
    return
  }
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    const key = path[path.length - 1]
    into.push({ code: 'schema', path, message: `required key "${String(key)}" is missing` })
    return
  }
  into.push({ code: 'schema', path, message: issue.message })
}

/** Whether `path` ends at a key its parent object (present in `data`) does not have. */
function isMissingKey(data: unknown, path: ScenarioPath): boolean {
  if (data === undefined || path.length === 0) return false
  let parent: unknown = data
  for (const part of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false
    parent = (parent as Record<string | number, unknown>)[part]
  }
  const key = path[path.length - 1]
  return (
    parent !== null &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    typeof key === 'string' &&
    !Object.hasOwn(parent, key)
  )
}

/** The keys an object schema accepts at `path`, found by walking the schema. */
function knownKeysAt(schema: AnySchema, path: ScenarioPath): string[] {
  const candidates = schemasAt(schema, path)
  const keys = new Set<string>()
  for (const candidate of candidates) {
    const def = candidate._zod.def as { type: string; shape?: Record<string, AnySchema> }
    if (def.type === 'object' && def.shape) for (const key of Object.keys(def.shape)) keys.add(key)
  }
  return [...keys]
}

function schemasAt(schema: AnySchema, path: ScenarioPath): AnySchema[] {
  let current: AnySchema[] = [schema]
  for (const part of path) {
    const next: AnySchema[] = []
    for (const candidate of current.flatMap(unwrap)) {
      const def = candidate._zod.def as unknown as Record<string, unknown> & { type: string }
      if (def.type === 'object' && typeof part === 'string') {
        const child = (def.shape as Record<string, AnySchema>)[part]
        if (child) next.push(child)
      } else if (def.type === 'array' && typeof part === 'number') {
        next.push(def.element as AnySchema)
      } else if (def.type === 'record') {
        next.push(def.valueType as AnySchema)
      }
    }
    current = next
  }
  return current.flatMap(unwrap)
}

function unwrap(schema: AnySchema): AnySchema[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string }
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
    return unwrap(def.innerType as AnySchema)
  }
  if (def.type === 'union') return (def.options as AnySchema[]).flatMap(unwrap)
  return [schema]
}
