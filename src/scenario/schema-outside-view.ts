/**
 * @module The `outsideView:` section of the scenario language: the reference class of real disputes
 * (GML MID 2.2.1, `data/mid/`) the scenario's dispute belongs to, when it began, and the weight the
 * outside view gets when pooled with the engine's own forecast (docs/outside-view.md).
 */
import { z } from 'zod'
import { idSchema } from './schema-values.ts'

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')

/** What a side sought to revise, as the MID codes it (1–4). */
export const REVISION_TYPE_NAMES = ['territory', 'policy', 'regime', 'other'] as const

const noteSchema = z.string().min(1)

/** The `outsideView:` section. */
export const outsideViewSchema = z
  .strictObject({
    contiguous: z
      .boolean()
      .optional()
      .describe(
        'true: the two states share a land or river border (MID contiguity 1); false: they do not.',
      ),
    rivals: z
      .boolean()
      .optional()
      .describe('true: a strategic rivalry (Thompson & Dreyer) between them; false: none.'),
    capabilityRatio: z
      .strictObject({
        min: z.number().min(1, 'a ratio of the stronger over the weaker is at least 1'),
        max: z.number().min(1, 'a ratio of the stronger over the weaker is at least 1'),
      })
      .optional()
      .describe("The stronger side's capability (CINC) over the weaker's, both ends included."),
    revisionTypes: z
      .array(z.enum(REVISION_TYPE_NAMES))
      .min(1)
      .optional()
      .describe('A side seeks to revise one of these (territory, policy, regime, other).'),
    minHostility: z
      .number()
      .int('a hostility level 2–5')
      .min(2, 'a hostility level 2–5')
      .max(5, 'a hostility level 2–5')
      .optional()
      .describe('The least hostility already reached: 2 threat, 3 display, 4 use of force, 5 war.'),
    fromYear: z
      .number()
      .int('a year')
      .min(1816, 'the data begin in 1816')
      .max(2010, 'the data end in 2010')
      .optional()
      .describe('Only disputes that began in this year or later.'),
    since: dateSchema
      .optional()
      .describe(
        "The dispute's onset: the months from it to the as-of date condition the horizon probabilities.",
      ),
    minimumSize: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Widen the class while it has fewer disputes than this (default 30).'),
    weight: z
      .number()
      .min(0, 'a weight in 0–1')
      .max(1, 'a weight in 0–1')
      .optional()
      .describe("The outside view's weight in the pool, 0–1 (default 0.5)."),
    pool: z
      .enum(['linear', 'logarithmic'])
      .optional()
      .describe(
        'How the outside view is pooled with the engine\'s: "linear" (default) w·outside + (1 − w)·inside, or "logarithmic" (geometric odds, which a probability of 0 on either side pins at 0).',
      ),
    notes: z
      .strictObject({
        contiguous: noteSchema.optional(),
        rivals: noteSchema.optional(),
        capabilityRatio: noteSchema.optional(),
        revisionTypes: noteSchema.optional(),
        minHostility: noteSchema.optional(),
        fromYear: noteSchema.optional(),
        since: noteSchema.optional(),
        weight: noteSchema.optional(),
        pool: noteSchema.optional(),
      })
      .optional()
      .describe('Why each choice was made.'),
    sources: z.array(idSchema).optional().describe('Ids of declared sources (meta.sources).'),
  })
  .describe('The reference class of real disputes and the weight of the outside view.')

export type OutsideViewSection = z.infer<typeof outsideViewSchema>
