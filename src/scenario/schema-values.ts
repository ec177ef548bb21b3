/**
 * @module The building blocks every section of the scenario language shares: identifiers and numbers
 * written plainly or with their range and provenance.
 */
import { z } from 'zod'
import { SCENARIO_LIMITS } from './limits.ts'

/** Distributions an uncertain value may be sampled from (default uniform on [low, high]). */
export const DISTRIBUTIONS = ['uniform', 'triangular', 'normal', 'beta'] as const

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/

/** An identifier: lower-case letters, digits, "_" and "-". */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'use lower-case letters, digits, "_" and "-" (e.g. ttp_action)')
  .describe('An identifier: lower-case letters, digits, "_" and "-".')

/**
 * A finite number of at most `SCENARIO_LIMITS.magnitude` in absolute value and, unless 0, at least
 * `SCENARIO_LIMITS.smallestMagnitude`, so that no model's arithmetic (squares of distances, products
 * of capabilities and saliences, quotients by discount factors) overflows.
 */
export const boundedNumberSchema = z
  .number()
  .min(-SCENARIO_LIMITS.magnitude, `numbers are limited to ±${SCENARIO_LIMITS.magnitude}`)
  .max(SCENARIO_LIMITS.magnitude, `numbers are limited to ±${SCENARIO_LIMITS.magnitude}`)
  .refine(
    (value) => value === 0 || Math.abs(value) >= SCENARIO_LIMITS.smallestMagnitude,
    `a number other than 0 must be at least ${SCENARIO_LIMITS.smallestMagnitude} in size`,
  )

/** A number with its uncertainty range and provenance. Models read `value`. */
export const valueSpecSchema = z
  .strictObject({
    value: boundedNumberSchema.describe('The point value the models use.'),
    low: boundedNumberSchema.optional().describe('Lower end of the plausible range.'),
    high: boundedNumberSchema.optional().describe('Upper end of the plausible range.'),
    dist: z
      .enum(DISTRIBUTIONS)
      .optional()
      .describe('How to sample within [low, high] (default uniform).'),
    source: idSchema.optional().describe('Id of a declared source (meta.sources).'),
    quote: z.string().optional().describe('The words of the source this value rests on.'),
    note: z.string().optional().describe('Reasoning; say "judgement:" when the value is one.'),
  })
  .describe('A number with its range and provenance.')

/** A number, written plainly or with its range and provenance. */
export const numberSchema = z.union([boundedNumberSchema, valueSpecSchema])
