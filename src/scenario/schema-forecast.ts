/**
 * @module The `escalation:` and `questions:` sections of the scenario language: the parameters of the
 * no-deal path's escalation model between two principals, how each issue moves on that path, and the
 * dated questions the integrated forecast answers.
 */
import { z } from 'zod'
import { idSchema, numberSchema } from './schema-values.ts'

/** The monthly events of the escalation model, in the order they are reported. */
export const ESCALATION_EVENTS = [
  'trigger',
  'strike',
  'hostilities',
  'ceasefire',
  'crossingsOpen',
  'talks',
  'agreement',
] as const
const eventSchema = z.enum(ESCALATION_EVENTS).describe('A monthly event of the escalation model.')
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')

/** The escalation model's parameters (monthly), each with its range and source. */
export const escalationSchema = z
  .strictObject({
    between: z
      .tuple([idSchema, idSchema])
      .describe('The state and the principal across the border.'),
    start: z.strictObject({
      ceasefire: z.boolean().describe('A ceasefire is in force on the as-of date.'),
      crossingsOpen: z.boolean().describe('The crossings are open to trade on the as-of date.'),
    }),
    levers: z
      .strictObject({
        closure: idSchema
          .optional()
          .describe('The lever that closes the crossings (kept closed while scheduled).'),
        strikes: idSchema
          .optional()
          .describe('The lever that strikes the other side (a strike each month scheduled).'),
        opening: idSchema
          .optional()
          .describe(
            'The lever that reopens the crossings (open each month scheduled without strikes).',
          ),
      })
      .optional()
      .describe("The strategy's levers that act on the no-deal path."),
    strategy: idSchema
      .optional()
      .describe('The strategy the forecast assumes (default: the first).'),
    strategies: z
      .array(
        z.strictObject({
          strategy: idSchema,
          weight: numberSchema.describe(
            'Its weight: the chance that the state follows this strategy (weights are shared out to sum to 1).',
          ),
        }),
      )
      .min(1)
      .optional()
      .describe(
        'The strategies the forecast mixes, one drawn per run by weight: which course the state takes is uncertain too. Replaces `strategy`.',
      ),
    triggerRate: numberSchema.describe('Mass-casualty attacks by the armed groups per month.'),
    retaliation: numberSchema.describe(
      'P(the state strikes across the border | a trigger that month).',
    ),
    counterRetaliation: numberSchema.describe(
      'P(the target answers a strike with force): open hostilities.',
    ),
    ceasefireHazard: numberSchema.describe(
      'P(a side declares the ceasefire over in a month without strikes).',
    ),
    talksRate: numberSchema.describe('P(direct talks held in a month without hostilities).'),
    mediationDamping: numberSchema.describe(
      'The share of retaliation removed in a month with talks.',
    ),
    reopening: numberSchema.describe('P(the closed crossings reopen in a month without strikes).'),
    deEscalation: numberSchema.describe('P(open hostilities end in a month).'),
    retaliationUnderDeal: numberSchema.describe(
      'The share of retaliation left under a written agreement.',
    ),
    fatalitiesPerTrigger: numberSchema.describe('Killed per trigger.'),
    fatalitiesPerStrike: numberSchema.describe('Killed per month with strikes.'),
    fatalitiesPerHostileMonth: numberSchema.describe('Killed per month of open hostilities.'),
    issues: z
      .array(
        z.strictObject({
          issue: idSchema,
          event: eventSchema.optional().describe('The event the value follows (or give `lever`).'),
          lever: idSchema
            .optional()
            .describe(
              'The lever the value follows: whenTrue in the months the strategy schedules it.',
            ),
          whenTrue: numberSchema.describe("The issue's value in a month with the event."),
          whenFalse: numberSchema.describe('Its value otherwise.'),
        }),
      )
      .describe('How each issue moves on the no-deal path.'),
  })
  .describe('The escalation model of the no-deal path (jirga questions, jirga analyze).')

/** One dated question. */
export const questionSchema = z.strictObject({
  id: idSchema,
  text: z.string().min(1),
  resolution: z.string().min(1).describe('The resolution criteria, in words.'),
  closes: dateSchema.describe('The date the question closes.'),
  reads: z
    .union([
      z.strictObject({
        event: eventSchema,
        by: z.literal(true).describe('The event happens in some month up to the date.'),
        negate: z.boolean().optional(),
      }),
      z.strictObject({
        event: eventSchema,
        on: z.literal(true).describe('The event holds in the month of the date.'),
        negate: z.boolean().optional(),
      }),
      z.strictObject({
        event: eventSchema,
        months: z
          .literal(true)
          .describe('A number: how many months up to the date have the event.'),
      }),
      z.strictObject({
        fatalities: z
          .literal(true)
          .describe('A number: the killed summed over the months up to the date.'),
      }),
      z.strictObject({
        issue: idSchema,
        above: z
          .number()
          .optional()
          .describe('The issue above this value in the month of the date.'),
        below: z
          .number()
          .optional()
          .describe('The issue below this value in the month of the date.'),
        value: z
          .literal(true)
          .optional()
          .describe("A number: the issue's value in the month of the date."),
      }),
    ])
    .describe('What in the engine the question reads.'),
  unit: z.string().min(1).optional().describe('The unit of a number question (e.g. killed).'),
  quantiles: z
    .array(z.number().gt(0).lt(1))
    .min(1)
    .max(19)
    .optional()
    .describe(
      'The quantile levels a number question reports (default 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95).',
    ),
})

export const questionsSchema = z
  .array(questionSchema)
  .describe('Dated questions (jirga questions).')

export type EscalationSection = z.infer<typeof escalationSchema>
export type QuestionSection = z.infer<typeof questionSchema>
