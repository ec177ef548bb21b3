/**
 * @module What the cross-field checks share: the limits of a number, the check of one number against
 * them (with its range and source), and unknown-reference problems with a "did you mean".
 */
import { suggestClosest } from '../lib/suggest.ts'
import type { ReferenceKind, ScenarioIssue } from './issues.ts'
import type { NumberInput } from './schema.ts'
import type { ScenarioPath } from './types.ts'

/** Limits of a number, each named as the error message names it ("issue's max"). */
export interface Bounds {
  min: number
  max: number
  minName: string
  maxName: string
  /** The limits themselves are excluded (a discount factor lies strictly between 0 and 1). */
  open?: boolean
}

/** Probabilities: 0–1. */
export const PROBABILITY: Bounds = {
  min: 0,
  max: 1,
  minName: 'probability min',
  maxName: 'probability max',
}

/** Shares: 0–1. */
export const SHARE: Bounds = { min: 0, max: 1, minName: 'share min', maxName: 'share max' }

/** A salience: 0–100. */
export const SALIENCE: Bounds = {
  min: 0,
  max: 100,
  minName: 'salience min',
  maxName: 'salience max',
}

/** What the scenario checks hand each section's checks: the declared ids and the check of one number. */
export interface SectionCheckContext {
  issueIds: Map<string, ScenarioPath>
  actorIds: Map<string, ScenarioPath>
  checkNumber: (input: NumberInput | undefined, path: ScenarioPath, bounds?: Bounds) => void
  issues: ScenarioIssue[]
}

/**
 * Non-negative amounts, named in messages as `what` ("the cost min 0").
 *
 * @example
 * atLeastZero('cost').minName //=> 'cost min'
 */
export function atLeastZero(what: string): Bounds {
  return { min: 0, max: Number.POSITIVE_INFINITY, minName: `${what} min`, maxName: `${what} max` }
}

/**
 * Positive amounts: 0 itself is excluded.
 *
 * @example
 * aboveZero('spread').open //=> true
 */
export function aboveZero(what: string): Bounds {
  return { ...atLeastZero(what), open: true }
}

/**
 * The bounds of positions on a scale; none for an empty scale, which is reported on its own.
 *
 * @example
 * scaleBounds({ min: 0, max: 100 })?.maxName //=> "issue's max"
 */
export function scaleBounds(scale: { min: number; max: number }): Bounds | undefined {
  if (!(scale.max > scale.min)) return undefined
  return { ...scale, minName: "issue's min", maxName: "issue's max" }
}

/**
 * Checks one number: its value, low and high within `bounds`, low ≤ value ≤ high, a declared source.
 *
 * @example
 * checkValue(140, ['actors', 0, 'positions', 'x'], scaleBounds({ min: 0, max: 100 }), new Map(), issues)
 */
export function checkValue(
  input: NumberInput,
  path: ScenarioPath,
  bounds: Bounds | undefined,
  sourceIds: Map<string, ScenarioPath>,
  issues: ScenarioIssue[],
): void {
  const spec = typeof input === 'number' ? { value: input } : input
  const parts = [
    ['value', spec.value],
    ['low', 'low' in spec ? spec.low : undefined],
    ['high', 'high' in spec ? spec.high : undefined],
  ] as const
  for (const [key, value] of parts) {
    if (value === undefined || bounds === undefined) continue
    const at = typeof input === 'number' ? path : [...path, key]
    const open = bounds.open === true
    if (value > bounds.max || (open && value === bounds.max)) {
      issues.push({
        code: 'out_of_range',
        value,
        limit: bounds.max,
        bound: 'max',
        what: bounds.maxName,
        ...(open ? { open } : {}),
        path: at,
      })
    } else if (value < bounds.min || (open && value === bounds.min)) {
      issues.push({
        code: 'out_of_range',
        value,
        limit: bounds.min,
        bound: 'min',
        what: bounds.minName,
        ...(open ? { open } : {}),
        path: at,
      })
    }
  }
  if (typeof input === 'number') return
  const low = input.low ?? input.value
  const high = input.high ?? input.value
  if (!(low <= input.value && input.value <= high)) {
    issues.push({ code: 'range_order', low, value: input.value, high, path })
  }
  if (input.source !== undefined && !sourceIds.has(input.source)) {
    issues.push(
      unknownReference(input.source, 'source', [...sourceIds.keys()], [...path, 'source']),
    )
  }
}

/**
 * A reference to an undeclared id, with the closest declared one as a suggestion.
 *
 * @example
 * unknownReference('pakistn', 'actor', ['pakistan'], path).suggestion //=> 'pakistan'
 */
export function unknownReference(
  id: string,
  kind: ReferenceKind,
  known: string[],
  path: ScenarioPath,
): ScenarioIssue {
  const suggestion = suggestClosest(id, known)
  return { code: 'unknown_reference', id, kind, path, ...(suggestion ? { suggestion } : {}) }
}
