/**
 * @module The scenario language (v1): one zod schema, the single source of truth for the types of a
 * scenario file, its validation and its published JSON Schema.
 */
import { z } from 'zod'

/** Distributions an uncertain value may be sampled from (default uniform on [low, high]). */
export const DISTRIBUTIONS = ['uniform', 'triangular', 'normal', 'beta'] as const

/** Kinds of actor the language knows. */
export const ACTOR_KINDS = [
  'state',
  'government',
  'armed-group',
  'faction',
  'mediator',
  'other',
] as const

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

const idSchema = z
  .string()
  .regex(ID_PATTERN, 'use lower-case letters, digits, "_" and "-" (e.g. ttp_action)')
  .describe('An identifier: lower-case letters, digits, "_" and "-".')

/** A number with its uncertainty range and provenance. Models read `value`. */
export const valueSpecSchema = z
  .strictObject({
    value: z.number().describe('The point value the models use.'),
    low: z.number().optional().describe('Lower end of the plausible range.'),
    high: z.number().optional().describe('Upper end of the plausible range.'),
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
export const numberSchema = z.union([z.number(), valueSpecSchema])

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  publisher: z.string().optional(),
  url: z.string().optional(),
  date: z.string().optional().describe('When the source was published or the fact dated.'),
  note: z.string().optional(),
})

export const metaSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  asOf: z
    .string()
    .regex(DATE_PATTERN, 'write the date as YYYY-MM-DD')
    .optional()
    .describe('The date the forecast is made as of: nothing later goes in.'),
  description: z.string().optional(),
  sources: z.array(sourceSchema).optional(),
})

export const scaleSchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  minLabel: z.string().optional(),
  maxLabel: z.string().optional(),
})

export const issueSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  description: z.string().optional(),
  scale: scaleSchema,
  statusQuo: numberSchema.optional(),
})

export const actorSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  description: z.string().optional(),
  capability: numberSchema.describe('Relative power to move the outcome (any positive scale).'),
  positions: z.record(z.string(), numberSchema).describe('Issue id → position on its scale.'),
  saliences: z.record(z.string(), numberSchema).describe('Issue id → salience, 0–100.'),
  risk: numberSchema.optional().describe('Risk attitude, -1 (averse) … 1 (acceptant).'),
  group: z.string().optional(),
  constituencyOf: idSchema
    .optional()
    .describe('Id of the leader whose consent this faction gives.'),
  veto: z.boolean().optional().describe('Can block any agreement alone.'),
})

/** The whole scenario file. */
export const scenarioFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1).optional().describe('Scenario language version (1).'),
  meta: metaSchema,
  issues: z.array(issueSchema).min(1),
  actors: z.array(actorSchema).min(1),
})

export type ScenarioFile = z.infer<typeof scenarioFileSchema>
export type ValueSpec = z.infer<typeof valueSpecSchema>
export type NumberInput = z.infer<typeof numberSchema>
